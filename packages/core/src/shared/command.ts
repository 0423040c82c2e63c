import { type Actor, decodeStrict, type InvalidInput, invalidInput } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';

/**
 * A command to an aggregate: what to do (`type`), with what (`data`, validated by the command's
 * codec, carrying its own time `at`), and who asks (`actor`: host user id and role).
 */
export interface Command<T extends string = string, D = unknown> {
  readonly type: T;
  readonly actor: Actor;
  readonly data: D;
}

/** The codecs of an aggregate's commands, by command type. */
export type CommandCodecs = Readonly<Record<string, t.Mixed>>;

/** The union of commands an aggregate's codecs describe. */
export type CommandOf<Codecs extends CommandCodecs> = {
  [K in keyof Codecs & string]: Command<K, t.TypeOf<Codecs[K]>>;
}[keyof Codecs & string];

/**
 * Validates a command's input against its codec, strictly. Problems are reported with the path of
 * the field as the caller wrote it (`dueDate`, `attendees.0.role`); a field the codec does not know,
 * at any depth, is refused with the known field it likely meant (`descripton: unknown field — did
 * you mean description?`), so a misspelt optional field is never dropped without a word. Stored
 * events are not decoded here: their registry stays as lenient as the history needs.
 */
export const decodeCommand = <Codecs extends CommandCodecs, K extends keyof Codecs & string>(
  codecs: Codecs,
  type: K,
  actor: Actor,
  input: unknown,
): Either<InvalidInput, Command<K, t.TypeOf<Codecs[K]>>> => {
  const codec = codecs[type];
  if (codec === undefined) return left(invalidInput([{ path: 'type', message: `unknown command ${type}` }]));
  const decoded = decodeStrict(codec, input);
  if (isLeft(decoded)) return left(invalidInput(decoded.left));
  return right({ type, actor, data: decoded.right as t.TypeOf<Codecs[K]> });
};
