import * as t from 'io-ts';
import type { NewEvent } from '../envelope.js';
import { createEventRegistry, defineEvent } from '../eventRegistry.js';
import type { EraseRequest } from '../privacy/erasure.js';
import { personal } from '../privacy/personal.js';
import { structWith } from '../structWith.js';

/**
 * A tiny domain with personal data, for testing sealing and erasure: feedback given in free text,
 * with items whose text is short (a rule the erased placeholder breaks) and an optional reply.
 * `feedbackRegistryBefore` is the same event before its fields were marked: the format of events
 * written before salted digests.
 */
const Short = t.refinement(t.string, (s) => s.length <= 12, 'ShortText');

const feedbackCodec = (mark: <C extends t.Mixed>(codec: C) => C) =>
  structWith(
    {
      feedbackId: t.string,
      text: mark(t.string),
      items: t.array(t.type({ topic: t.string, text: mark(Short) })),
    },
    { reply: mark(t.string) },
  );

const feedbackGiven = defineEvent({
  type: 'FeedbackGiven',
  codec: feedbackCodec((codec) => personal(codec, 'what a person said, may name people')),
});

/** The registry of the feedback domain, whose personal fields are `text`, `items.*.text` and `reply`. */
export const feedbackRegistry = createEventRegistry([feedbackGiven]);

/** The same event type as written before its fields were marked personal. */
export const feedbackRegistryBefore = createEventRegistry([
  defineEvent({ type: 'FeedbackGiven', codec: feedbackCodec((codec) => codec) }),
]);

/** What a feedback event says. */
export interface Feedback {
  readonly feedbackId: string;
  readonly text: string;
  readonly items: readonly { readonly topic: string; readonly text: string }[];
  readonly reply?: string;
}

/** A new `FeedbackGiven` event. */
export const feedbackGivenEvent = (data: Feedback): NewEvent => ({
  type: 'FeedbackGiven',
  data,
  metadata: { actor: { id: 'user-1', role: 'auditor' }, occurredAt: '2026-03-01T09:00:00.000Z' },
});

/** A well-formed request to erase the given fields of an event, by a privacy officer, under GDPR art. 17(1)(a). */
export const erasureRequest = (eventId: string, pointers: readonly string[]): EraseRequest => ({
  eventId,
  pointers,
  actor: { id: 'dpo-1', role: 'privacy officer' },
  reason: 'request R-17 of a data subject',
  basis: 'GDPR art. 17(1)(a)',
  occurredAt: '2026-03-05T09:00:00.000Z',
});
