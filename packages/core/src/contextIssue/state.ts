import type { ContextIssueEvent, IssueCategory, IssueKind } from './events.js';
import { type ContextIssueStatus, contextIssueLifecycle } from './lifecycle.js';

/** The id of the climate entity: its decisions are the stream `context-climate`. */
export const climateEntityId = 'climate';

/** The climate-change decision in force for one review cycle (4.1, Amd 1:2024). */
export interface ClimateDecision {
  readonly reviewId: string;
  readonly relevant: boolean;
  readonly rationale: string;
  readonly contextIssueIds: readonly string[];
  readonly decidedBy: string;
  readonly at: string;
  /** How many times the cycle's decision was revised (0: as first decided). */
  readonly revisions: number;
}

/**
 * A context stream's entity as its decider sees it: an issue (kind, category, its effect as last
 * changed) or, on `context-climate`, the climate decision of each review cycle.
 */
export interface ContextIssue {
  readonly status: ContextIssueStatus;
  readonly contextIssueId: string;
  readonly kind: IssueKind | undefined;
  readonly category: IssueCategory | undefined;
  readonly description: string | undefined;
  /** The issue's effect on the ISMS, as raised or as the last change that named one. */
  readonly effect: string | undefined;
  readonly changes: number;
  /** The day of the latest change (`YYYY-MM-DD`). */
  readonly lastChangedOn: string | undefined;
  /** One per review cycle, in the order first decided. */
  readonly climateDecisions: readonly ClimateDecision[];
  readonly lastAt: string | undefined;
}

export const initialContextIssueState: ContextIssue = {
  status: contextIssueLifecycle.initial,
  contextIssueId: '',
  kind: undefined,
  category: undefined,
  description: undefined,
  effect: undefined,
  changes: 0,
  lastChangedOn: undefined,
  climateDecisions: [],
  lastAt: undefined,
};

/** The decision in force for review `reviewId`'s cycle, if one was recorded. */
export const climateDecisionFor = (state: ContextIssue, reviewId: string): ClimateDecision | undefined =>
  state.climateDecisions.find((d) => d.reviewId === reviewId);

/** What each event records, beyond the status. */
const recorded = (s: ContextIssue, event: ContextIssueEvent): ContextIssue => {
  switch (event.type) {
    case 'ContextIssueRaised': {
      const d = event.data;
      return {
        ...initialContextIssueState,
        contextIssueId: d.contextIssueId,
        kind: d.kind,
        category: d.category,
        description: d.description,
        effect: d.effect,
      };
    }
    case 'ContextIssueChanged': {
      const d = event.data;
      return { ...s, effect: d.effect ?? s.effect, changes: s.changes + 1, lastChangedOn: d.changedOn };
    }
    case 'ContextIssueRetired':
      return s;
    case 'ClimateDecisionRecorded': {
      const d = event.data;
      const earlier = climateDecisionFor(s, d.reviewId);
      const decision: ClimateDecision = {
        reviewId: d.reviewId,
        relevant: d.relevant,
        rationale: d.rationale,
        contextIssueIds: d.contextIssueIds,
        decidedBy: d.decidedBy,
        at: d.at,
        revisions: earlier === undefined ? 0 : earlier.revisions + 1,
      };
      return {
        ...s,
        contextIssueId: d.contextIssueId,
        climateDecisions:
          earlier === undefined
            ? s.climateDecisions.concat([decision])
            : s.climateDecisions.map((c) => (c === earlier ? decision : c)),
      };
    }
  }
};

/** Applies one event of a context stream's history. */
export const evolveContextIssue = (state: ContextIssue, event: ContextIssueEvent): ContextIssue => ({
  ...recorded(state, event),
  status: contextIssueLifecycle.statusAfter(state.status, event),
  lastAt: event.data.at,
});
