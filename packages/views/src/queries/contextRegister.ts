import { type ContextIssueStatus, daysBetween, type IssueCategory, type IssueKind } from '@mgmt-review/core';
import type { ClimateDecisionRecord, ContextIssueRecord } from '../registers/contextIssues.js';
import type { ViewsState } from '../state.js';
import { dayOfNow, dayOfParameter } from '../time.js';
import { compareText } from './order.js';

/** One change of a context issue: what changed, the day it changed, the day it was recorded, the new effect if any. */
export interface ContextIssueChangeRow {
  readonly change: string;
  readonly changedOn: string;
  readonly recordedOn: string;
  readonly effect: string | undefined;
}

/** One internal or external issue on the context register (4.1), on the day asked about. */
export interface ContextIssueRow {
  readonly contextIssueId: string;
  readonly kind: IssueKind;
  readonly category: IssueCategory;
  readonly description: string;
  /** The effect on the ISMS, as raised or as last changed. */
  readonly effect: string;
  readonly status: ContextIssueStatus;
  readonly raisedOn: string;
  /** Every change, in the order recorded. */
  readonly changes: readonly ContextIssueChangeRow[];
  readonly retiredOn: string | undefined;
  readonly retireReason: string | undefined;
  /** The day of its latest event (raised, changed or retired). */
  readonly lastActivityOn: string;
  /** Days from its latest event to the day asked about. */
  readonly daysSinceLastActivity: number;
}

/** One climate-change decision of a review cycle (4.1, Amd 1:2024), as in force after its latest revision. */
export interface ClimateDecisionRow {
  readonly reviewId: string;
  readonly relevant: boolean;
  readonly rationale: string;
  /** The context issues that describe climate change's effect (none when not relevant). */
  readonly contextIssueIds: readonly string[];
  readonly decidedBy: string;
  /** The day the decision in force was recorded. */
  readonly decidedOn: string;
  /** The day the cycle's decision was first recorded. */
  readonly firstDecidedOn: string;
  /** How many times the cycle's decision was revised, and the reason of the latest revision. */
  readonly revisions: number;
  readonly revisionReason: string | undefined;
}

/** The context register: the issues, and the climate-change decision of each review cycle. */
export interface ContextRegister {
  readonly issues: readonly ContextIssueRow[];
  /** One per review cycle, in the order first decided. */
  readonly climateDecisions: readonly ClimateDecisionRow[];
  /** The decision recorded last, of any cycle; undefined when climate change was never decided. */
  readonly latestClimateDecision: ClimateDecisionRow | undefined;
}

export interface ContextRegisterQuery {
  /** The day (or instant) the register is read on. */
  readonly now: string;
  /**
   * Only what happened since this day (included), by the day it was recorded: issues raised,
   * changed or retired since, and the climate decisions recorded or revised since. Retired issues
   * are in the register only when retired since this day, or when `includeRetired` is set.
   */
  readonly changedSince?: string;
  /** Retired issues are left out unless asked for (or retired since `changedSince`). */
  readonly includeRetired?: boolean;
}

const issueRowOf = (r: ContextIssueRecord, today: string): ContextIssueRow => ({
  contextIssueId: r.contextIssueId,
  kind: r.kind,
  category: r.category,
  description: r.description,
  effect: r.effect,
  status: r.status,
  raisedOn: r.raisedOn,
  changes: r.changes.map((c) => ({
    change: c.change,
    changedOn: c.changedOn,
    recordedOn: c.recordedOn,
    effect: c.effect,
  })),
  retiredOn: r.retiredOn,
  retireReason: r.retireReason,
  lastActivityOn: r.lastActivityOn,
  daysSinceLastActivity: daysBetween(r.lastActivityOn, today),
});

/** The decision in force for each cycle, in the order first decided: a revision replaces its cycle's decision. */
const decisionsInForce = (decisions: readonly ClimateDecisionRecord[]): ClimateDecisionRow[] => {
  const byCycle = new Map<string, ClimateDecisionRow>();
  for (const d of decisions) {
    const earlier = byCycle.get(d.reviewId);
    byCycle.set(d.reviewId, {
      reviewId: d.reviewId,
      relevant: d.relevant,
      rationale: d.rationale,
      contextIssueIds: d.contextIssueIds.slice(),
      decidedBy: d.decidedBy,
      decidedOn: d.decidedOn,
      firstDecidedOn: earlier?.firstDecidedOn ?? d.decidedOn,
      revisions: earlier === undefined ? 0 : earlier.revisions + 1,
      revisionReason: d.revisionReason,
    });
  }
  return [...byCycle.values()];
};

/** The context register on the day `now`: issues in order of the day raised (then id), and the climate decisions. */
export const contextRegister = (state: ViewsState, query: ContextRegisterQuery): ContextRegister => {
  const today = dayOfNow(query.now);
  const since = query.changedSince === undefined ? undefined : dayOfParameter(query.changedSince, 'changedSince');
  const issues: ContextIssueRow[] = [];
  for (const r of state.context.issues.values()) {
    // The latest event is the latest of raised, changed and retired.
    if (since !== undefined && r.lastActivityOn < since) continue;
    const retiredLeftOut = since === undefined || r.retiredOn === undefined || r.retiredOn < since;
    if (r.status === 'retired' && query.includeRetired !== true && retiredLeftOut) continue;
    issues.push(issueRowOf(r, today));
  }
  issues.sort((x, y) =>
    x.raisedOn === y.raisedOn ? compareText(x.contextIssueId, y.contextIssueId) : compareText(x.raisedOn, y.raisedOn),
  );
  const decisions = state.context.climate.decisions;
  const latest = decisions.at(-1);
  const inForce = decisionsInForce(decisions);
  return {
    issues,
    climateDecisions: since === undefined ? inForce : inForce.filter((d) => d.decidedOn >= since),
    latestClimateDecision: latest === undefined ? undefined : inForce.find((d) => d.reviewId === latest.reviewId),
  };
};
