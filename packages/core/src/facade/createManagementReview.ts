import {
  type Clock,
  type CommandError,
  type CommandResult,
  type DomainError,
  decodeStrict,
  type EventStore,
  type IdGenerator,
  invalidInput,
} from '@mgmt-review/eventsourcing';
import { isLeft, left } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import { aggregates } from '../aggregates.js';
import type { Catalogues } from '../catalogue/catalogue.js';
import { builtInCatalogues } from '../catalogue/index.js';
import { builtInPolicy, type Policy } from '../policy/policy.js';
import { presentPreviousActions } from '../queries/previousActions.js';
import type { ReviewEvent } from '../review/events.js';
import type { Review } from '../review/state.js';
import { dayOf } from '../shared/time.js';
import { aggregateGroups } from './aggregateHandles.js';
import { anchorHandles } from './anchors.js';
import type { CommandOptions } from './commandFunction.js';
import { decisionWithActions } from './decisionWithActions.js';
import { nonConformityFinding } from './nonConformityFinding.js';
import { privacyHandles } from './privacy.js';
import { type PromiseGroup, promiseGroup } from './promises.js';
import { statusOfPreviousActionsQuery } from './statusOfPreviousActions.js';
import { StatusOfPreviousActions } from './workflowInputs.js';

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

const handlesFor = (options: ManagementReviewOptions, tenantId: string) => {
  const groups = aggregateGroups(aggregates, {
    store: options.store.forTenant(tenantId),
    clock: options.clock,
    ids: options.ids,
    policy: options.policy ?? builtInPolicy,
    context: { catalogues: options.catalogues ?? builtInCatalogues },
    maxRetries: options.maxRetries,
  });
  const { reviews, actions, audits, nonConformities } = groups;

  const statusOfActionsFromPreviousReviews = statusOfPreviousActionsQuery(reviews.load, actions.load);

  const decideWithActions = decisionWithActions({
    recordDecision: reviews.recordDecision,
    raiseAction: actions.raise,
    clock: options.clock,
    ids: options.ids,
  });

  const recordNonConformityFinding = nonConformityFinding({
    loadAudit: audits.load,
    recordFinding: audits.recordFinding,
    raiseNonConformity: nonConformities.raise,
    clock: options.clock,
    ids: options.ids,
  });

  /**
   * Presents input `a` (9.3.2 a) with the status of the actions from previous reviews, as the
   * store holds them at the time of the command.
   */
  const presentStatusOfPreviousActions =
    (
      input: { readonly reviewId: string; readonly at?: string; readonly inputId?: string },
      commandOptions: CommandOptions,
    ): TaskEither<CommandError<DomainError>, CommandResult<Review, ReviewEvent>> =>
    async () => {
      const strict = decodeStrict(StatusOfPreviousActions, input);
      if (isLeft(strict)) return left(invalidInput(strict.left));
      const at = input.at ?? options.clock.now();
      const day = Number.isNaN(Date.parse(at)) ? at : dayOf(at);
      const previous = await statusOfActionsFromPreviousReviews(input.reviewId, day)();
      if (isLeft(previous)) return left(previous.left);
      const presented = presentPreviousActions(previous.right);
      return reviews.presentInput(
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
    };

  return {
    ...groups,
    tenantId,
    reviews: { ...reviews, decideWithActions, presentStatusOfPreviousActions },
    audits: { ...audits, recordNonConformityFinding },
    queries: { statusOfActionsFromPreviousReviews },
    anchors: anchorHandles(options.store.forTenant(tenantId), options.clock),
    privacy: privacyHandles(options.store.forTenant(tenantId), options.clock),
  };
};

/** One tenant's handles, fp-ts flavour: every function returns a `TaskEither`. */
export type TenantHandles = ReturnType<typeof handlesFor>;

/** The groups of a tenant's handles: one per aggregate, and `queries`. */
export type HandleGroupName = Exclude<keyof TenantHandles, 'tenantId'>;

/**
 * One tenant's handles, Promise flavour: the same functions, resolving with the result or
 * rejecting with the kernel's `CommandFailed` (its `error` is the tagged value).
 */
export type TenantPromiseHandles = { readonly tenantId: string } & {
  readonly [G in HandleGroupName]: PromiseGroup<TenantHandles[G]>;
};

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
    const { tenantId: _, ...groups } = handlesFor(options, tenantId);
    const promised: Record<string, unknown> = { tenantId };
    for (const [name, group] of Object.entries(groups)) promised[name] = promiseGroup(group);
    // One Promise group per group of the TaskEither handles, under the same name.
    return promised as TenantPromiseHandles;
  },
});
