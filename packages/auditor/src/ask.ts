import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  type AsOf,
  type Clock,
  type EventRegistry,
  replay,
  systemClock,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import type { AuditorAnswer } from './answer.js';
import { auditResultsConsidered } from './answers/auditResultsConsidered.js';
import { checkLastFrozenPack, reviewBasedOnData } from './answers/basedOnData.js';
import { climateDecided } from './answers/climateDecided.js';
import { correctiveActionsVerified } from './answers/correctiveActionsVerified.js';
import { improvementAndChangeDecisions } from './answers/improvementAndChangeDecisions.js';
import { improvementLog } from './answers/improvementLog.js';
import { inputsCovered } from './answers/inputsCovered.js';
import { lastDecisionsAnswer } from './answers/lastDecisionsAnswer.js';
import { minutesKept } from './answers/minutesKept.js';
import { nextMeeting } from './answers/nextMeeting.js';
import { objectivesMonitored } from './answers/objectivesMonitored.js';
import { plannedIntervals } from './answers/plannedIntervals.js';
import { resultsCommunicated } from './answers/resultsCommunicated.js';
import { riskTreatmentAndAcceptance } from './answers/riskTreatmentAndAcceptance.js';
import { stakeholdersConsulted } from './answers/stakeholdersConsulted.js';
import { type LastDecisions, lastDecisions } from './lastDecisions.js';
import { auditorProjection } from './projection.js';
import { type QuestionId, questionIds } from './questions.js';
import type { AuditorState } from './state.js';

/** The answer function of each question: pure, over the auditor's state and "now". */
export const answerFunctions: Readonly<Record<QuestionId, (state: AuditorState, now: string) => AuditorAnswer>> = {
  'minutes-kept': minutesKept,
  'last-decisions': lastDecisionsAnswer,
  'corrective-actions-verified': correctiveActionsVerified,
  'stakeholders-consulted': stakeholdersConsulted,
  'next-meeting': nextMeeting,
  'inputs-covered': inputsCovered,
  'improvement-and-change-decisions': improvementAndChangeDecisions,
  'results-communicated': resultsCommunicated,
  'planned-intervals': plannedIntervals,
  'risk-treatment-and-acceptance': riskTreatmentAndAcceptance,
  'objectives-monitored': objectivesMonitored,
  'audit-results-considered': auditResultsConsidered,
  'improvement-log': improvementLog,
  'climate-decided': climateDecided,
  'review-based-on-data': reviewBasedOnData,
};

/** Answers one question from a state already folded, as of `now` (ISO-8601). */
export const answerQuestion = (state: AuditorState, questionId: QuestionId, now: string): AuditorAnswer =>
  answerFunctions[questionId](state, now);

/** Answers every question, in order. */
export const answerAll = (state: AuditorState, now: string): readonly AuditorAnswer[] =>
  questionIds.map((id) => answerFunctions[id](state, now));

/** When to ask, and what "now" means for overdue and expiry. */
export interface AskOptions {
  /**
   * The moment of the history to answer from: `{ recordedAt }` (what had been recorded by then),
   * `{ occurredAt }` (what had happened by then), or `{ position }`. Default: the whole history.
   */
  readonly asOf?: AsOf;
  /**
   * "Now" for time-relative answers. Defaults to the `asOf` time when it is a time, else to the
   * clock's reading.
   */
  readonly now?: string;
  /** Read for "now" only when neither `now` nor a time `asOf` is given; default the system clock. */
  readonly clock?: Clock;
  /** The registry to decode with; default `domainRegistry`. */
  readonly registry?: EventRegistry<ManagementReviewEvent>;
}

/** "Now" for an answer: the explicit `now`, else the time of `asOf`, else the clock's reading. */
export const nowOf = (options: Pick<AskOptions, 'asOf' | 'now' | 'clock'>): string => {
  if (options.now !== undefined) return options.now;
  const asOf = options.asOf;
  if (asOf !== undefined && 'recordedAt' in asOf) return asOf.recordedAt;
  if (asOf !== undefined && 'occurredAt' in asOf) return asOf.occurredAt;
  return (options.clock ?? systemClock).now();
};

/** Folds one tenant's history (as of the moment asked) into the auditor's state. */
export const auditorStateOf = (store: TenantEventStore, options: Pick<AskOptions, 'asOf' | 'registry'> = {}) =>
  replay(store, options.registry ?? (domainRegistry as EventRegistry<ManagementReviewEvent>), auditorProjection, {
    asOf: options.asOf,
  });

/**
 * Asks the auditor's questions of one tenant's history: one question by id, or `'all'`. Reads the
 * tenant's history once (as of `options.asOf`), then answers from it. Throws `HistoryUnreadable`
 * if an event cannot be decoded.
 */
export async function askAuditor(
  store: TenantEventStore,
  question: 'all',
  options?: AskOptions,
): Promise<readonly AuditorAnswer[]>;
export async function askAuditor(
  store: TenantEventStore,
  question: QuestionId,
  options?: AskOptions,
): Promise<AuditorAnswer>;
export async function askAuditor(
  store: TenantEventStore,
  question: QuestionId | 'all',
  options: AskOptions = {},
): Promise<AuditorAnswer | readonly AuditorAnswer[]> {
  const state = await auditorStateOf(store, options);
  const now = nowOf(options);
  // Question 15 computes the last review's frozen pack again from the store: the state alone cannot.
  const basedOnData = async () => reviewBasedOnData(state, now, await checkLastFrozenPack(store, state));
  if (question === 'review-based-on-data') return basedOnData();
  if (question === 'all') {
    const verified = await basedOnData();
    return answerAll(state, now).map((a) => (a.questionId === verified.questionId ? verified : a));
  }
  return answerQuestion(state, question, now);
}

/**
 * "What was decided last time": the last review held as of `options.asOf`, its decisions, their
 * actions and the actions' status at that moment. `undefined` when no review has been held.
 */
export const askLastDecisions = async (
  store: TenantEventStore,
  options: AskOptions = {},
): Promise<LastDecisions | undefined> => lastDecisions(await auditorStateOf(store, options), nowOf(options));
