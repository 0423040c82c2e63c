import type { ActionStatus } from '@mgmt-review/core';
import {
  type ActionRow,
  actionRegister,
  type CalendarEntry,
  calendar,
  type NonConformityRow,
  nonConformityRegister,
  riskRegister,
} from '@mgmt-review/views';
import ICAL from 'ical.js';
import type { ExportState } from '../exportState.js';
import { stableUuid } from '../stableIds.js';
import { dateValue, utcValue } from './time.js';

/** What the to-dos are written with. */
export interface DueDateTodoOptions {
  readonly tenantId: string;
  /** DTSTAMP, and the day the registers are read on. */
  readonly now: string;
  /** Days before a due date a VALARM reminds of it; no reminder without it. */
  readonly reminderDaysBefore: number | undefined;
}

/** RFC 5545 3.8.1.11: the STATUS of a VTODO for each action status. */
const todoStatusOf: Readonly<Record<ActionStatus, string>> = {
  none: 'NEEDS-ACTION',
  open: 'NEEDS-ACTION',
  inProgress: 'IN-PROCESS',
  completed: 'COMPLETED',
  verified: 'COMPLETED',
  closed: 'COMPLETED',
  cancelled: 'CANCELLED',
};

const todo = (
  uid: string,
  due: string,
  fields: { summary: string; description: string; status: string; percent: number; sequence: number; id: string },
  options: DueDateTodoOptions,
): ICAL.Component => {
  const component = new ICAL.Component('vtodo');
  component.addPropertyWithValue('uid', uid);
  component.addPropertyWithValue('dtstamp', utcValue(options.now));
  component.addPropertyWithValue('due', dateValue(due));
  component.addPropertyWithValue('sequence', fields.sequence);
  component.addPropertyWithValue('status', fields.status);
  component.addPropertyWithValue('percent-complete', fields.percent);
  component.addPropertyWithValue('summary', fields.summary);
  component.addPropertyWithValue('description', fields.description);
  component.addPropertyWithValue('x-mgmt-review-id', fields.id);
  const open = fields.status === 'NEEDS-ACTION' || fields.status === 'IN-PROCESS';
  if (options.reminderDaysBefore !== undefined && open) {
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    alarm.addPropertyWithValue(
      'trigger',
      ICAL.Duration.fromData({ days: options.reminderDaysBefore, isNegative: true }),
    );
    alarm.addPropertyWithValue('description', fields.summary);
    component.addSubcomponent(alarm);
  }
  return component;
};

/** An action's VTODO: every action, open or not, so a calendar that had it sees it done or cancelled. */
const actionTodo = (a: ActionRow, options: DueDateTodoOptions): ICAL.Component =>
  todo(
    stableUuid(options.tenantId, 'action-due', a.actionId),
    a.dueDate,
    {
      id: a.actionId,
      summary: `Action ${a.actionId}: ${a.title}`,
      description: `Owner ${a.ownerId}; origin ${a.origin} ${a.originId}; status ${a.status}; first due ${a.firstDueDate}.`,
      status: todoStatusOf[a.status],
      percent: a.percentComplete ?? (todoStatusOf[a.status] === 'COMPLETED' ? 100 : 0),
      // Raised each time the due date moves.
      sequence: a.dueDateChanges,
    },
    options,
  );

/** The steps of 10.2 a row has done in its current cycle, as a share of the six. */
const stepsPercent = (n: NonConformityRow): number => {
  const s = n.steps;
  const done = [
    s.correction,
    s.rootCause,
    s.similarAssessed,
    s.correctiveAction !== 'none',
    s.implemented,
    s.effectivenessVerified,
  ];
  return Math.round((done.filter(Boolean).length / done.length) * 100);
};

/** A nonconformity's VTODO, due on the latest due date of its open corrective actions (the calendar's entry). */
const nonConformityTodo = (entry: CalendarEntry, n: NonConformityRow, options: DueDateTodoOptions): ICAL.Component =>
  todo(
    stableUuid(options.tenantId, 'nonconformity-due', n.nonConformityId),
    entry.date,
    {
      id: n.nonConformityId,
      summary: `Nonconformity ${n.nonConformityId} (${n.requirement}): corrective actions due`,
      description: `ISO/IEC 27001:2022 10.2; severity ${n.severity}; step ${n.step}; owner ${n.ownerId}.`,
      status: n.step === 'raised' ? 'NEEDS-ACTION' : 'IN-PROCESS',
      percent: stepsPercent(n),
      sequence: n.reopened,
    },
    options,
  );

/** A residual-risk acceptance's VTODO: reassess the risk by the day the acceptance expires (6.1.3 f, 8.2). */
const acceptanceTodo = (entry: CalendarEntry, reassessments: number, options: DueDateTodoOptions): ICAL.Component =>
  todo(
    stableUuid(options.tenantId, 'acceptance-expiry', entry.subjectId),
    entry.date,
    {
      id: entry.subjectId,
      summary: `Risk ${entry.subjectId}: residual-risk acceptance expires`,
      description: `ISO/IEC 27001:2022 6.1.3 f, 8.2: reassess the risk before its acceptance expires; owner ${entry.ownerId ?? '-'}.`,
      status: 'NEEDS-ACTION',
      percent: 0,
      sequence: reassessments,
    },
    options,
  );

/**
 * The VTODOs: one per action (DUE its due date), one per open nonconformity with open corrective
 * actions (DUE the latest of their due dates), one per residual-risk acceptance in force (DUE its
 * expiry). Dates and what is open come from the views' registers and calendar.
 */
export const dueDateTodos = (state: ExportState, options: DueDateTodoOptions): ICAL.Component[] => {
  const { now } = options;
  const todos = actionRegister(state.views, { now }).map((a) => actionTodo(a, options));
  const { pastDue, upcoming } = calendar(state.views, { now });
  const nonConformities = new Map(nonConformityRegister(state.views, { now }).map((n) => [n.nonConformityId, n]));
  const risks = new Map(riskRegister(state.views, { now }).map((r) => [r.riskId, r]));
  for (const entry of [...pastDue, ...upcoming]) {
    if (entry.kind === 'nonConformityDue') {
      const n = nonConformities.get(entry.subjectId);
      if (n !== undefined) todos.push(nonConformityTodo(entry, n, options));
    } else if (entry.kind === 'acceptanceExpiry') {
      todos.push(acceptanceTodo(entry, risks.get(entry.subjectId)?.reassessments ?? 0, options));
    }
  }
  return todos;
};
