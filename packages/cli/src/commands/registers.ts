import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, replay, systemClock } from '@mgmt-review/eventsourcing';
import {
  actionRegister,
  nonConformityRegister,
  reviewBoard,
  riskRegister,
  type ViewsState,
  viewsProjection,
} from '@mgmt-review/views';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exitCodes.js';
import { toJson } from '../io.js';
import { momentOf } from '../moment.js';
import { day, renderTable } from '../table.js';

export interface RegisterOptions {
  readonly asOf?: string;
  readonly effective?: boolean;
  readonly open?: boolean;
  readonly overdue?: boolean;
  readonly aboveAppetite?: boolean;
  readonly owner?: string;
}

/** The views as of the moment the options name (`--as-of`, `--effective`), and the "now" they answer for. */
export const viewsAsOf = async (
  context: CliContext,
  options: RegisterOptions,
): Promise<{ state: ViewsState; now: string }> => {
  const { asOf, now } = momentOf(options, systemClock);
  const state = await replay(
    context.store().forTenant(context.tenant),
    domainRegistry as EventRegistry<ManagementReviewEvent>,
    viewsProjection,
    { asOf },
  );
  return { state, now };
};

/** Prints rows: JSON with `--json`, else the table, or `empty` when there are none. */
export const print = (context: CliContext, rows: readonly object[], table: () => string, empty: string): number => {
  context.io.out(context.json ? toJson(rows, 2) : rows.length === 0 ? empty : table());
  return ExitCode.ok;
};

/** The action register: status, owner, origin, due date, slips, overdue. */
export const runActions = async (context: CliContext, options: RegisterOptions): Promise<number> => {
  const { state, now } = await viewsAsOf(context, options);
  const rows = actionRegister(state, {
    now,
    ...(options.open === true ? { status: ['open', 'inProgress', 'completed', 'verified'] as const } : {}),
    ...(options.owner === undefined ? {} : { ownerId: options.owner }),
    overdueOnly: options.overdue === true,
  });
  return print(
    context,
    rows,
    () =>
      renderTable(
        ['action', 'title', 'status', 'owner', 'origin', 'due', 'slips', 'overdue'],
        rows.map((r) => [
          r.actionId,
          r.title,
          r.status,
          r.ownerId,
          r.origin,
          r.dueDate,
          r.slips,
          r.overdue ? `${r.daysOverdue} d` : '-',
        ]),
      ),
    'No actions match.',
  );
};

/** The nonconformity register: where each stands in the steps of 10.2. */
export const runNonConformities = async (context: CliContext, options: RegisterOptions): Promise<number> => {
  const { state, now } = await viewsAsOf(context, options);
  const rows = nonConformityRegister(state, { now, ...(options.open === true ? { status: 'open' as const } : {}) });
  return print(
    context,
    rows,
    () =>
      renderTable(
        ['nonconformity', 'source', 'severity', 'requirement', 'step (10.2)', 'days in step', 'age', 'actions'],
        rows.map((r) => [
          r.nonConformityId,
          r.source,
          r.severity,
          r.requirement,
          r.step,
          r.daysInStep,
          r.ageDays,
          r.linkedActions.length,
        ]),
      ),
    'No nonconformities match.',
  );
};

/** The risk register: inherent and residual level, treatment, approval, acceptance and expiry. */
export const runRisks = async (context: CliContext, options: RegisterOptions): Promise<number> => {
  const { state, now } = await viewsAsOf(context, options);
  const rows = riskRegister(state, {
    now,
    aboveAppetiteOnly: options.aboveAppetite === true,
    ...(options.owner === undefined ? {} : { ownerId: options.owner }),
  });
  return print(
    context,
    rows,
    () =>
      renderTable(
        ['risk', 'scenario', 'owner', 'inherent', 'residual', 'appetite', 'treatment', 'plan', 'acceptance'],
        rows.map((r) => [
          r.riskId,
          r.scenario.length > 40 ? `${r.scenario.slice(0, 39)}…` : r.scenario,
          r.ownerId,
          r.inherent?.score ?? '-',
          r.residual?.score ?? '-',
          `${r.appetite}${r.aboveAppetite ? ' ABOVE' : ''}`,
          r.treatment ?? '-',
          r.planApproved ? 'approved' : '-',
          r.acceptance === undefined
            ? r.needsReassessment
              ? 'reassess'
              : '-'
            : `${r.acceptance.expired ? 'EXPIRED' : 'until'} ${r.acceptance.expiresOn}`,
        ]),
      ),
    'No risks match.',
  );
};

/** The review board: each review's status, dates, agenda coverage, decisions, verdicts, minutes, next review. */
export const runReviews = async (context: CliContext, options: RegisterOptions): Promise<number> => {
  const { state, now } = await viewsAsOf(context, options);
  const all = reviewBoard(state, { now });
  const rows = options.open === true ? all.filter((r) => r.status !== 'closed' && r.status !== 'cancelled') : all;
  return print(
    context,
    rows,
    () =>
      renderTable(
        ['review', 'kind', 'status', 'planned', 'held', 'agenda', 'decisions', 'minutes', 'next review'],
        rows.map((r) => [
          r.reviewId,
          r.kind,
          `${r.status}${r.overdue ? ' OVERDUE' : ''}`,
          r.plannedDate,
          day(r.heldOn),
          `${Math.round(r.agenda.coverage * 100)}%`,
          r.decisions.length,
          r.minutes,
          r.nextReview?.plannedDate ?? '-',
        ]),
      ),
    'No reviews match.',
  );
};
