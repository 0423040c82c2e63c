/** Where a projection runner keeps how far it got, and the state at that point. */
export interface Checkpoint<S> {
  readonly projection: string;
  readonly projectionVersion: number;
  /** The last global position folded into `state`. */
  readonly position: bigint;
  readonly state: S;
}

/**
 * A host's checkpoint storage. `save` is called with the position and the state together, so a
 * host that persists both in one transaction resumes exactly where it stopped.
 */
export interface CheckpointStore<S> {
  load(projection: string): Promise<Checkpoint<S> | undefined>;
  save(checkpoint: Checkpoint<S>): Promise<void>;
}

/** Checkpoints in memory, keeping the state object itself (for tests and short-lived hosts). */
export const inMemoryCheckpoints = <S>(): CheckpointStore<S> & { readonly saved: Map<string, Checkpoint<S>> } => {
  const saved = new Map<string, Checkpoint<S>>();
  return {
    saved,
    load: async (projection) => saved.get(projection),
    save: async (checkpoint) => {
      saved.set(checkpoint.projection, checkpoint);
    },
  };
};
