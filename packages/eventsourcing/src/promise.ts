import { isLeft } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import { CommandFailed } from './errors.js';

/**
 * Runs a TaskEither for hosts that do not use fp-ts: resolves with the result, or rejects with a
 * `CommandFailed` whose `error` is the tagged value.
 */
export const runOrThrow = async <E extends { readonly _tag: string; readonly message: string }, A>(
  task: TaskEither<E, A>,
): Promise<A> => {
  const result = await task();
  if (isLeft(result)) throw new CommandFailed(result.left);
  return result.right;
};
