import {
  type Clock,
  type CommandError,
  type CommandResult,
  type DomainError,
  type EventRegistry,
  type EventStore,
  type IdGenerator,
  type InvalidEvent,
  loadState,
  type ReadError,
  streamIdOf,
  type UnknownEvent,
} from '@mgmt-review/eventsourcing';
import { isLeft, left } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import { actionCommandCodecs } from '../action/commands.js';
import { actionDecider } from '../action/decide.js';
import type { ActionEvent } from '../action/events.js';
import type { Action } from '../action/state.js';
import type { Catalogues } from '../catalogue/catalogue.js';
import { builtInCatalogues } from '../catalogue/index.js';
import { nonConformityCommandCodecs } from '../nonConformity/commands.js';
import { nonConformityDecider } from '../nonConformity/decide.js';
import type { NonConformityEvent } from '../nonConformity/events.js';
import type { NonConformity } from '../nonConformity/state.js';
import { builtInPolicy, type Policy, withPolicy } from '../policy/policy.js';
import { presentPreviousActions } from '../queries/previousActions.js';
import { actionRegistry, nonConformityRegistry, reviewRegistry, riskRegistry } from '../registry.js';
import { reviewCommandCodecs } from '../review/commands.js';
import { createReviewDecider } from '../review/decide.js';
import type { ReviewEvent } from '../review/events.js';
import type { Review } from '../review/state.js';
import { riskCommandCodecs } from '../risk/commands.js';
import { riskDecider } from '../risk/decide.js';
import type { RiskEvent } from '../risk/events.js';
import type { Risk } from '../risk/state.js';
import { dayOf } from '../shared/time.js';
import { streamCategories } from '../streams.js';
import { type CommandOptions, commandFunctions } from './commandFunction.js';
import { decisionWithActions } from './decisionWithActions.js';
import { previousActionsQuery } from './previousActions.js';
import { type PromiseGroup, promiseGroup } from './promises.js';

export interface ManagementReviewOptions {
  /** Where the history is kept; it must accept `domainRegistry`'s events. */
  readonly store: EventStore;
  /** Supplies `at` when a command leaves it out. */
  readonly clock: Clock;
  /** Supplies command ids and the aggregate ids a command leaves out. */
  readonly ids: IdGenerator;
  /** Who may do what; defaults to `builtInPolicy`. */
  readonly policy?: Policy;
  /** The clause catalogues reviews may follow; defaults to ISO/IEC 27001:2022. */
  readonly catalogues?: Catalogues;
  /** Version conflicts retried per command (re-read, re-decide); default 5. */
  readonly maxRetries?: number;
}

type LoadError = ReadError | UnknownEvent | InvalidEvent;

type Loaded<S> = { readonly state: S; readonly version: number };

const handlesFor = (options: ManagementReviewOptions, tenantId: string) => {
  const store = options.store.forTenant(tenantId);
  const policy = options.policy ?? builtInPolicy;
  const common = { store, clock: options.clock, ids: options.ids, maxRetries: options.maxRetries };

  const reviewDeps = {
    ...common,
    registry: reviewRegistry as EventRegistry<ReviewEvent>,
    decider: withPolicy(createReviewDecider(options.catalogues ?? builtInCatalogues), policy),
    codecs: reviewCommandCodecs,
    category: streamCategories.review,
    idField: 'reviewId',
  };
  const actionDeps = {
    ...common,
    registry: actionRegistry as EventRegistry<ActionEvent>,
    decider: withPolicy(actionDecider, policy),
    codecs: actionCommandCodecs,
    category: streamCategories.action,
    idField: 'actionId',
  };
  const nonConformityDeps = {
    ...common,
    registry: nonConformityRegistry as EventRegistry<NonConformityEvent>,
    decider: withPolicy(nonConformityDecider, policy),
    codecs: nonConformityCommandCodecs,
    category: streamCategories.nonConformity,
    idField: 'nonConformityId',
  };
  const riskDeps = {
    ...common,
    registry: riskRegistry as EventRegistry<RiskEvent>,
    decider: withPolicy(riskDecider, policy),
    codecs: riskCommandCodecs,
    category: streamCategories.risk,
    idField: 'riskId',
  };

  const review = commandFunctions(reviewDeps);
  const action = commandFunctions(actionDeps);
  const nonConformity = commandFunctions(nonConformityDeps);
  const risk = commandFunctions(riskDeps);

  const loadReview = (reviewId: string): TaskEither<LoadError, Loaded<Review>> =>
    loadState(reviewDeps)(streamIdOf(streamCategories.review, reviewId));
  const loadAction = (actionId: string): TaskEither<LoadError, Loaded<Action>> =>
    loadState(actionDeps)(streamIdOf(streamCategories.action, actionId));

  const statusOfActionsFromPreviousReviews = previousActionsQuery(loadReview, loadAction);

  const presentInput = review('PresentInput');
  const recordDecision = review('RecordDecision', ['decisionId']);
  const raiseAction = action('RaiseAction', ['actionId']);

  const decideWithActions = decisionWithActions({
    recordDecision,
    raiseAction,
    clock: options.clock,
    ids: options.ids,
  });

  return {
    tenantId,
    reviews: {
      schedule: review('ScheduleReview', ['reviewId']),
      reschedule: review('RescheduleReview'),
      inviteParticipant: review('InviteParticipant'),
      requestPreparatoryReport: review('RequestPreparatoryReport', ['reportId']),
      submitPreparatoryReport: review('SubmitPreparatoryReport'),
      openMeeting: review('OpenMeeting'),
      presentInput,
      markInputNotCovered: review('MarkInputNotCovered'),
      recordDecision,
      decideWithActions,
      recordVerdict: review('RecordVerdict'),
      draftMinutes: review('DraftMinutes'),
      approveMinutes: review('ApproveMinutes'),
      communicateResults: review('CommunicateResults'),
      scheduleNext: review('ScheduleNextReview'),
      close: review('CloseReview'),
      cancel: review('CancelReview'),
      noteCorrection: review('NoteCorrection'),
      /**
       * Presents input `a` (9.3.2 a) with the status of the actions from previous reviews, as the
       * store holds them at the time of the command.
       */
      presentStatusOfPreviousActions:
        (
          input: { readonly reviewId: string; readonly at?: string; readonly inputId?: string },
          commandOptions: CommandOptions,
        ): TaskEither<CommandError<DomainError>, CommandResult<Review, ReviewEvent>> =>
        async () => {
          const at = input.at ?? options.clock.now();
          const day = Number.isNaN(Date.parse(at)) ? at : dayOf(at);
          const actions = await statusOfActionsFromPreviousReviews(input.reviewId, day)();
          if (isLeft(actions)) return left(actions.left);
          const presented = presentPreviousActions(actions.right);
          return presentInput(
            {
              reviewId: input.reviewId,
              inputId: input.inputId ?? 'a',
              summary: presented.summary,
              facts: presented.facts,
              references: presented.references,
              at,
            },
            commandOptions,
          )();
        },
      load: loadReview,
    },
    actions: {
      raise: raiseAction,
      start: action('StartAction'),
      noteProgress: action('NoteActionProgress'),
      changeDueDate: action('ChangeActionDueDate'),
      complete: action('CompleteAction'),
      verify: action('VerifyAction'),
      reviewEffectiveness: action('ReviewActionEffectiveness'),
      cancel: action('CancelAction'),
      load: loadAction,
    },
    nonConformities: {
      raise: nonConformity('RaiseNonConformity', ['nonConformityId']),
      recordCorrection: nonConformity('RecordCorrection'),
      recordRootCause: nonConformity('RecordRootCause'),
      assessSimilar: nonConformity('AssessSimilarNonConformities'),
      planCorrectiveActions: nonConformity('PlanCorrectiveActions'),
      decideNoCorrectiveAction: nonConformity('DecideNoCorrectiveAction'),
      markImplemented: nonConformity('MarkCorrectiveActionsImplemented'),
      verifyEffectiveness: nonConformity('VerifyNonConformityEffectiveness'),
      recordIsmsChange: nonConformity('RecordIsmsChange'),
      close: nonConformity('CloseNonConformity'),
      reopen: nonConformity('ReopenNonConformity'),
      load: (nonConformityId: string): TaskEither<LoadError, Loaded<NonConformity>> =>
        loadState(nonConformityDeps)(streamIdOf(streamCategories.nonConformity, nonConformityId)),
    },
    risks: {
      identify: risk('IdentifyRisk', ['riskId']),
      assess: risk('AssessRisk'),
      decideTreatment: risk('DecideTreatment'),
      approveTreatmentPlan: risk('ApproveTreatmentPlan'),
      linkTreatmentActions: risk('LinkTreatmentActions'),
      assessResidual: risk('AssessResidualRisk'),
      acceptResidual: risk('AcceptResidualRisk'),
      reassess: risk('ReassessRisk'),
      retire: risk('RetireRisk'),
      load: (riskId: string): TaskEither<LoadError, Loaded<Risk>> =>
        loadState(riskDeps)(streamIdOf(streamCategories.risk, riskId)),
    },
    queries: { statusOfActionsFromPreviousReviews },
  };
};

/** One tenant's handles, fp-ts flavour: every function returns a `TaskEither`. */
export type TenantHandles = ReturnType<typeof handlesFor>;

/**
 * One tenant's handles, Promise flavour: the same functions, resolving with the result or
 * rejecting with the kernel's `CommandFailed` (its `error` is the tagged value).
 */
export interface TenantPromiseHandles {
  readonly tenantId: string;
  readonly reviews: PromiseGroup<TenantHandles['reviews']>;
  readonly actions: PromiseGroup<TenantHandles['actions']>;
  readonly nonConformities: PromiseGroup<TenantHandles['nonConformities']>;
  readonly risks: PromiseGroup<TenantHandles['risks']>;
  readonly queries: PromiseGroup<TenantHandles['queries']>;
}

/** The facade a host embeds. */
export interface ManagementReview {
  /** The handles of one tenant: every read and write is scoped to it. */
  forTenant(tenantId: string): TenantHandles;
  /** The same handles, with Promises instead of TaskEithers. */
  forTenantAsync(tenantId: string): TenantPromiseHandles;
}

/**
 * The host facade: one typed function per command, per tenant. Each validates its input (field
 * paths in `InvalidInput`), checks the policy, decides with the aggregate's rules, appends with
 * optimistic concurrency, and returns the events appended and the new state.
 */
export const createManagementReview = (options: ManagementReviewOptions): ManagementReview => ({
  forTenant: (tenantId) => handlesFor(options, tenantId),
  forTenantAsync: (tenantId) => {
    const handles = handlesFor(options, tenantId);
    return {
      tenantId,
      reviews: promiseGroup(handles.reviews),
      actions: promiseGroup(handles.actions),
      nonConformities: promiseGroup(handles.nonConformities),
      risks: promiseGroup(handles.risks),
      queries: promiseGroup(handles.queries),
    };
  },
});
