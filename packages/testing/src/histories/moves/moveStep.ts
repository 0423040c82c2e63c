import type { createManagementReview } from '@mgmt-review/core';

/** One tenant's facade handles, as the random history writes through them. */
export type Handles = ReturnType<ReturnType<typeof createManagementReview>['forTenant']>;

/**
 * What one step gives the move of the aggregate it picked: the tenant's handles, the step's random
 * choice (each move reads branches from its bits), and the step's business time, as ISO-8601 (`at`)
 * and in milliseconds (`now`). A move sends at most a few commands, all at `at`.
 */
export interface MoveStep {
  readonly t: Handles;
  readonly choice: number;
  readonly at: string;
  readonly now: number;
}

/** Top management: chairs the reviews, approves their minutes, takes the climate and improvement decisions. */
export const ceo = { id: 'u-ceo', role: 'ceo' };
/** The ISMS manager, who sends most of the commands. */
export const ciso = { id: 'u-ciso', role: 'ciso' };
/** The internal auditor: verifies actions and effectiveness, leads the internal audit. */
export const auditor = { id: 'u-audit', role: 'internalAuditor' };
/** The process owners: the IT lead (who also measures the indicators) and the HR lead. */
export const owners = [
  { id: 'u-it', role: 'itLead' },
  { id: 'u-hr', role: 'hrLead' },
] as const;

/** An hour of business time, in milliseconds. */
export const HOUR = 3_600_000;

/** The calendar day (`YYYY-MM-DD`, UTC) of `ms`, `plusDays` later. */
export const day = (ms: number, plusDays = 0): string => new Date(ms + plusDays * 24 * HOUR).toISOString().slice(0, 10);

/** The state of an entity as the store holds it now; a history that cannot be read is a bug of the writer. */
export const stateOf = async <S>(load: () => Promise<{ _tag: string; right?: { state: S } }>): Promise<S> => {
  const loaded = await load();
  if (loaded._tag !== 'Right' || loaded.right === undefined) throw new Error('history unreadable');
  return loaded.right.state;
};
