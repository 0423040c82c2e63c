import type { Either } from 'fp-ts/lib/Either.js';

/** The value of a `Right`; a `Left` fails the test with the error it carries. */
export const rightOf = <E, A>(result: Either<E, A>): A => {
  if (result._tag === 'Left') throw new Error(`expected success, got ${JSON.stringify(result.left)}`);
  return result.right;
};

/** The error of a `Left`; a `Right` fails the test. */
export const leftOf = <E, A>(result: Either<E, A>): E => {
  if (result._tag === 'Right') throw new Error('expected a failure, got success');
  return result.left;
};
