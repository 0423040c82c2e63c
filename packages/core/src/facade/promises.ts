import { runOrThrow } from '@mgmt-review/eventsourcing';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';

/** A TaskEither function as a Promise function: same arguments, resolving with the result. */
export type Promised<F> = F extends (...args: infer A) => TaskEither<infer _E, infer R>
  ? (...args: A) => Promise<R>
  : never;

/** A group of TaskEither functions as Promise functions. */
export type PromiseGroup<G> = { readonly [K in keyof G]: Promised<G[K]> };

type AnyTask = (...args: never[]) => TaskEither<{ readonly _tag: string; readonly message: string }, unknown>;

/**
 * The same functions, resolving with the result or rejecting with the kernel's `CommandFailed`
 * (its `error` is the tagged value the TaskEither would have returned).
 */
export const promiseGroup = <G extends object>(group: G): PromiseGroup<G> => {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(group)) {
    out[name] = (...args: never[]) => runOrThrow((fn as AnyTask)(...args));
  }
  return out as PromiseGroup<G>;
};
