import { type FieldTree, fieldTreeOf } from '@mgmt-review/eventsourcing';
import type * as t from 'io-ts';
import { derivedInput } from './derivedInput.js';
import { prototypeKeys, strangeValues, wrongTypes } from './strangeValues.js';

/** A command the fuzzer can send: the facade's path (`actions.raise`) and its codec. */
export interface FuzzedCommand {
  readonly path: string;
  /** The command type its codec is registered under (`RaiseAction`): samples are found by it. */
  readonly type: string;
  readonly codec: t.Mixed;
}

/** A valid input of a command, with the actor that sends it (a sample, where one exists). */
export interface BaseInput {
  readonly input: unknown;
  readonly actor?: { readonly id: string; readonly role: string };
}

/** One fuzz case: a command, the one thing changed in its input, and the changed input. */
export interface FuzzCase {
  readonly command: string;
  /** The field path changed (`plan.responsible.id`), or `''` for the input itself. */
  readonly path: string;
  /** What was changed, in words: `dueDate: an impossible day (2026-02-30)`. */
  readonly mutation: string;
  readonly input: unknown;
  readonly actor?: { readonly id: string; readonly role: string };
}

type Json = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A deep copy of a JSON value (inputs are plain JSON: samples or derived). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A copy of `input` with `edit` applied to the container at `path` (the container, not a leaf). */
const editedAt = (input: unknown, path: readonly (string | number)[], edit: (container: Json) => void): unknown => {
  const result = copy(input);
  let node: unknown = result;
  for (const step of path) node = (node as Record<string | number, unknown>)[step];
  if (isContainer(node)) edit(node);
  return result;
};

/** Sets an own property, also for `__proto__` (as `JSON.parse` would), so the input really carries it. */
const setOwn = (container: Json, key: string | number, value: unknown): void => {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
};

const named = (path: readonly (string | number)[]): string => path.join('.');

/** The known fields of the object a path reaches in the codec's field tree, when it is one object. */
const knownFieldsAt = (tree: FieldTree, path: readonly (string | number)[]): readonly string[] => {
  let node: FieldTree | undefined = tree;
  for (const step of path) {
    if (node === undefined) return [];
    if (node.kind === 'object') node = node.fields.get(String(step))?.tree;
    else if (node.kind === 'list') node = node.item;
    else if (node.kind === 'record') node = node.value;
    else return [];
  }
  return node?.kind === 'object' ? [...node.fields.keys()] : [];
};

/**
 * Every input one change away from `base`: each field (at any depth) replaced by each strange
 * value or left out; each object given an unknown field and each prototype key; each optional field
 * the input leaves out given a value of the wrong type.
 */
export function* mutationsOf(command: FuzzedCommand, base: BaseInput): Generator<FuzzCase> {
  const tree = fieldTreeOf(command.codec);
  const actor = base.actor === undefined ? {} : { actor: base.actor };
  const at = (path: readonly (string | number)[], mutation: string, input: unknown): FuzzCase => ({
    command: command.path,
    path: named(path),
    mutation: `${named(path) || '(input)'}: ${mutation}`,
    input,
    ...actor,
  });

  function* within(value: unknown, path: readonly (string | number)[]): Generator<FuzzCase> {
    if (!isContainer(value)) return;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      const child = [...path, key];
      for (const strange of strangeValues) {
        yield at(
          child,
          strange.label,
          editedAt(base.input, path, (c) => setOwn(c, key, strange.value)),
        );
      }
      yield at(
        child,
        'left out',
        editedAt(base.input, path, (c) => {
          if (Array.isArray(c)) c.splice(Number(key), 1);
          else delete c[key as string];
        }),
      );
      yield* within((value as Record<string | number, unknown>)[key], child);
    }
    if (Array.isArray(value)) return;
    for (const key of ['unexpectedField', ...prototypeKeys]) {
      yield at(
        [...path, key],
        'an extra field',
        editedAt(base.input, path, (c) => setOwn(c, key, { polluted: true })),
      );
    }
    for (const known of knownFieldsAt(tree, path)) {
      if (known in value) continue;
      for (const strange of wrongTypes) {
        yield at(
          [...path, known],
          strange.label,
          editedAt(base.input, path, (c) => setOwn(c, known, strange.value)),
        );
      }
    }
  }

  for (const strange of wrongTypes) yield at([], strange.label, copy(strange.value));
  yield* within(base.input, []);
}

/** The base input of a command: its sample (by command type) where one exists, else one derived from its codec. */
export const baseInputOf = (command: FuzzedCommand, samples: ReadonlyMap<string, BaseInput>): BaseInput =>
  samples.get(command.type) ?? { input: derivedInput(command.codec) };

/**
 * `count` fuzz cases spread evenly over every command's mutations (every command and kind of change
 * is reached before any is repeated), in a fixed order, so a failing case can be run again.
 */
export const fuzzCases = (
  commands: readonly FuzzedCommand[],
  samples: ReadonlyMap<string, BaseInput>,
  count: number,
): FuzzCase[] => {
  const all = commands.flatMap((command) => [...mutationsOf(command, baseInputOf(command, samples))]);
  if (all.length === 0 || count <= 0) return [];
  const step = all.length / count;
  return Array.from({ length: count }, (_, n) => all[Math.floor(n * step) % all.length] as FuzzCase);
};
