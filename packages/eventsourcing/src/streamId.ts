import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { InvalidStreamId } from './errors.js';

/** `<category>-<id>`: a lower-camel-case category, a dash, then an id of letters, digits, `_.:-`. */
const STREAM_ID = /^[a-z][A-Za-z0-9]*-[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const MAX_LENGTH = 200;

/** Checks a stream id's `<category>-<id>` shape; every store runs it before reading or writing. */
export const validateStreamId = (streamId: unknown): Either<InvalidStreamId, string> => {
  if (typeof streamId !== 'string' || streamId.length > MAX_LENGTH || !STREAM_ID.test(streamId)) {
    const shown = typeof streamId === 'string' ? streamId : String(streamId);
    return left({
      _tag: 'InvalidStreamId',
      streamId: shown,
      message: `stream id "${shown}" must be <category>-<id> (e.g. review-0192…), at most ${MAX_LENGTH} characters`,
    });
  }
  return right(streamId);
};

/** The stream id of an aggregate: `streamIdOf('review', id)` is `review-<id>`. */
export const streamIdOf = (category: string, id: string): string => `${category}-${id}`;

/** The category part of a stream id (`review` of `review-0192…`). */
export const categoryOf = (streamId: string): string => {
  const dash = streamId.indexOf('-');
  return dash < 0 ? streamId : streamId.slice(0, dash);
};
