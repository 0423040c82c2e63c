import {
  type Anchor,
  type AnchorBreak,
  type AnchorHeld,
  type AppendError,
  anchorOf,
  type Clock,
  checkAnchor,
  decodeAnchor,
  type GlobalPosition,
  type InclusionProof,
  type InvalidInput,
  type ProofRefused,
  proveInclusion,
  recordAnchor,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { isLeft, right } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';

/**
 * The facade's anchors of one tenant: tree heads of its history a host keeps (in the minutes, in
 * its own database) and later checks the history against. Anchors a host hands back are decoded
 * strictly first, so a stored anchor that was edited is an `InvalidInput` naming the field.
 */
export const anchorHandles = (store: TenantEventStore, clock: Clock) => ({
  /** The tree head of the tenant's history now, or as of a global position; not recorded. */
  take:
    (options: { readonly asOf?: { readonly position: GlobalPosition } } = {}): TaskEither<never, Anchor> =>
    async () =>
      right(await anchorOf(store, { ...options, clock })),
  /** Takes the tree head and records it in the history (`verify` checks every recorded one). */
  record: (): TaskEither<AppendError, Anchor> => () => recordAnchor(store, { clock }),
  /** Whether the history still extends an anchor, or where it stopped. */
  check:
    (anchor: unknown): TaskEither<InvalidInput | AnchorBreak, AnchorHeld> =>
    async () => {
      const decoded = decodeAnchor(anchor);
      return isLeft(decoded) ? decoded : checkAnchor(store, decoded.right);
    },
  /** The inclusion proof of an event, in the whole history's tree or in an anchor's. */
  prove:
    (eventId: string, anchor?: unknown): TaskEither<InvalidInput | ProofRefused, InclusionProof> =>
    async () => {
      if (anchor === undefined) return proveInclusion(store, eventId);
      const decoded = decodeAnchor(anchor);
      return isLeft(decoded) ? decoded : proveInclusion(store, eventId, decoded.right as Anchor);
    },
});
