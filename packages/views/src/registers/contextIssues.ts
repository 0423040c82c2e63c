import {
  type ContextIssueEvent,
  type ContextIssueStatus,
  contextIssueLifecycle,
  dayOf,
  type IssueCategory,
  type IssueKind,
} from '@mgmt-review/core';

/** One change of a context issue (9.3.2 b): what changed, the day it changed, the day it was recorded. */
export interface ContextIssueChangeRecord {
  readonly change: string;
  readonly changedOn: string;
  readonly recordedOn: string;
  /** The issue's new effect on the ISMS, when the change altered it. */
  readonly effect: string | undefined;
}

/** An internal or external issue of the organisation's context (4.1). */
export interface ContextIssueRecord {
  contextIssueId: string;
  kind: IssueKind;
  category: IssueCategory;
  description: string;
  /** The effect on the ISMS as raised, or as the last change that named one. */
  effect: string;
  status: ContextIssueStatus;
  raisedOn: string;
  changes: ContextIssueChangeRecord[];
  retiredOn: string | undefined;
  retireReason: string | undefined;
  /** The day of the latest event of the issue (raised, changed or retired). */
  lastActivityOn: string;
}

/** One climate-change decision as recorded (4.1, Amd 1:2024): a first decision or a revision of its cycle's. */
export interface ClimateDecisionRecord {
  readonly reviewId: string;
  readonly relevant: boolean;
  readonly rationale: string;
  readonly contextIssueIds: readonly string[];
  readonly decidedBy: string;
  readonly decidedOn: string;
  /** Present when it revises the cycle's earlier decision. */
  readonly revisionReason: string | undefined;
}

/** The climate entity of `context-climate`: its status from the context's life cycle and every decision recorded, in order. */
export interface ClimateRecord {
  status: ContextIssueStatus;
  readonly decisions: ClimateDecisionRecord[];
}

/** The context's records: the issues by id, and the climate decisions. */
export interface ContextRecords {
  readonly issues: Map<string, ContextIssueRecord>;
  readonly climate: ClimateRecord;
}

/** An empty climate record. */
export const initialClimateRecord = (): ClimateRecord => ({ status: contextIssueLifecycle.initial, decisions: [] });

const newIssue = (
  event: Extract<ContextIssueEvent, { type: 'ContextIssueRaised' }>,
  day: string,
): ContextIssueRecord => {
  const d = event.data;
  return {
    contextIssueId: d.contextIssueId,
    kind: d.kind,
    category: d.category,
    description: d.description,
    effect: d.effect,
    status: contextIssueLifecycle.statusAfter(contextIssueLifecycle.initial, event),
    raisedOn: day,
    changes: [],
    retiredOn: undefined,
    retireReason: undefined,
    lastActivityOn: day,
  };
};

/**
 * Folds one context event into the context's records, in place. Statuses come from the context's
 * life cycle (nothing lapses in it); the register adds the changes, days and the decisions' terms.
 */
export const applyContextIssueEvent = (context: ContextRecords, event: ContextIssueEvent): void => {
  const day = dayOf(event.data.at);
  switch (event.type) {
    case 'ContextIssueRaised':
      context.issues.set(event.data.contextIssueId, newIssue(event, day));
      return;
    case 'ClimateDecisionRecorded': {
      const d = event.data;
      context.climate.decisions.push({
        reviewId: d.reviewId,
        relevant: d.relevant,
        rationale: d.rationale,
        contextIssueIds: d.contextIssueIds,
        decidedBy: d.decidedBy,
        decidedOn: day,
        revisionReason: d.revisionReason,
      });
      context.climate.status = contextIssueLifecycle.statusAfter(context.climate.status, event);
      return;
    }
    case 'ContextIssueChanged':
    case 'ContextIssueRetired': {
      const issue = context.issues.get(event.data.contextIssueId);
      if (issue === undefined) return;
      if (event.type === 'ContextIssueChanged') {
        const d = event.data;
        issue.changes.push({ change: d.change, changedOn: d.changedOn, recordedOn: day, effect: d.effect });
        if (d.effect !== undefined) issue.effect = d.effect;
      } else {
        issue.retiredOn = day;
        issue.retireReason = event.data.reason;
      }
      issue.lastActivityOn = day;
      issue.status = contextIssueLifecycle.statusAfter(issue.status, event);
      return;
    }
  }
};
