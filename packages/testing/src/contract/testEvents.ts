import {
  createEventRegistry,
  type Decider,
  type DomainError,
  defineEvent,
  type EventOf,
  type NewEvent,
  personal,
  ruleBroken,
} from '@mgmt-review/eventsourcing';
import { left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/**
 * The contract suite's own small domain, independent of the ISO domain: a tally that is opened,
 * counted and noted. `Noted` carries free-form JSON so the suite can check that payloads come back
 * byte-for-byte (unicode, nesting, numbers at the edges of what JSON can say).
 */
export const tallyOpened = defineEvent({ type: 'TallyOpened', codec: t.type({ name: t.string }) });
export const tallyCounted = defineEvent({ type: 'TallyCounted', codec: t.type({ by: t.number }) });
export const tallyNoted = defineEvent({
  type: 'TallyNoted',
  codec: t.type({ text: t.string, detail: t.unknown }),
});

/** A comment on a tally, whose text may name a person: the suite's personal field (`/comment`). */
export const tallyCommented = defineEvent({
  type: 'TallyCommented',
  codec: t.type({ comment: personal(t.string, 'a comment that may name a person') }),
});

export const contractRegistry = createEventRegistry([tallyOpened, tallyCounted, tallyNoted, tallyCommented]);
export type TallyEvent =
  | EventOf<typeof tallyOpened>
  | EventOf<typeof tallyCounted>
  | EventOf<typeof tallyNoted>
  | EventOf<typeof tallyCommented>;

export const contractActor = { id: 'user-contract', role: 'tester' } as const;
export const contractOccurredAt = '2026-03-01T09:00:00.000Z';

const metadata = { actor: contractActor, occurredAt: contractOccurredAt };

/** A valid new `TallyCounted` event. */
export const counted = (by: number, eventId?: string): NewEvent =>
  eventId === undefined
    ? { type: 'TallyCounted', data: { by }, metadata }
    : { type: 'TallyCounted', data: { by }, metadata, eventId };

/** A valid new `TallyNoted` event. */
export const noted = (text: string, detail: unknown = null): NewEvent => ({
  type: 'TallyNoted',
  data: { text, detail },
  metadata,
});

/** A valid new `TallyCommented` event. */
export const commented = (comment: string): NewEvent => ({ type: 'TallyCommented', data: { comment }, metadata });

/** `n` valid events, counted 1..n. */
export const countedEvents = (n: number): NewEvent[] => Array.from({ length: n }, (_, i) => counted(i + 1));

/** An event whose payload fails its codec (`by` must be a number). */
export const invalidCounted = (): NewEvent => ({ type: 'TallyCounted', data: { by: 'seven' }, metadata });

export type TallyCommand = { readonly type: 'Open'; readonly name: string } | { readonly type: 'Count' };

export interface Tally {
  readonly open: boolean;
  readonly total: number;
}

/** A decider whose every `Count` depends on the state read: a lost update shows as a wrong total. */
export const tallyDecider: Decider<TallyCommand, Tally, TallyEvent, DomainError> = {
  initialState: { open: false, total: 0 },
  evolve: (state, event) => {
    switch (event.type) {
      case 'TallyOpened':
        return { open: true, total: 0 };
      case 'TallyCounted':
        return { open: state.open, total: state.total + event.data.by };
      case 'TallyNoted':
      case 'TallyCommented':
        return state;
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'Open':
        return state.open
          ? left(ruleBroken('tally.open-once', 'a tally is opened once'))
          : right([{ type: 'TallyOpened', data: { name: command.name } }]);
      case 'Count':
        // The new total is stated in the event, so an update made from a stale read is visible.
        return state.open
          ? right([{ type: 'TallyCounted', data: { by: 1 } }])
          : left(ruleBroken('tally.open', 'only an open tally counts'));
    }
  },
};
