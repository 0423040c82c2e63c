import { type FieldTree, fieldTreeOf } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { actionCommandCodecs } from '../action/commands.js';
import { nonConformityCommandCodecs } from '../nonConformity/commands.js';
import { reviewCommandCodecs } from '../review/commands.js';
import { riskCommandCodecs } from '../risk/commands.js';
import { decodeCommand } from './command.js';

const codecs: Readonly<Record<string, t.Mixed>> = {
  ...reviewCommandCodecs,
  ...actionCommandCodecs,
  ...nonConformityCommandCodecs,
  ...riskCommandCodecs,
};
const actor = { id: 'u-1', role: 'ismsManager' };

const problemsOf = (type: string, input: unknown) => {
  const decoded = decodeCommand(codecs, type, actor, input);
  return isLeft(decoded) ? decoded.left.problems : [];
};

/** A field somewhere in a command: how to reach it, and the input path its misspelling is reported at. */
interface Place {
  readonly name: string;
  /** Wraps a value the way the command nests it: `{ chair: value }`, `{ attendees: [value] }`. */
  readonly wrap: (inner: Record<string, unknown>) => unknown;
  readonly path: string;
}

/** Every field of a tree, at every depth; list items are reached through their first element. */
const placesOf = (tree: FieldTree, wrap: Place['wrap'] = (x) => x, path = ''): Place[] => {
  if (tree.kind === 'list') return placesOf(tree.item, (x) => wrap([x] as never), `${path}0.`);
  if (tree.kind !== 'object') return [];
  return [...tree.fields].flatMap(([name, field]) => [
    { name, wrap, path },
    ...placesOf(field.tree, (x) => wrap({ [name]: x }), `${path}${name}.`),
  ]);
};

/** A misspelling one edit away: the last two letters swapped, or the last one doubled. */
const misspell = (name: string): string =>
  name.length >= 2 && name.at(-1) !== name.at(-2) ? `${name.slice(0, -2)}${name.at(-1)}${name.at(-2)}` : `${name}x`;

describe('every command of the domain, decoded strictly', () => {
  it('has a field tree: every codec is of a kind the field check knows', () => {
    for (const codec of Object.values(codecs)) expect(fieldTreeOf(codec).kind).toBe('object');
  });

  it('refuses a misspelt field at every depth, naming its path and the field it meant', () => {
    let checked = 0;
    for (const [type, codec] of Object.entries(codecs)) {
      for (const place of placesOf(fieldTreeOf(codec))) {
        const typo = misspell(place.name);
        const unknown = problemsOf(type, place.wrap({ [typo]: 'x' })).filter((p) => p.message.startsWith('unknown'));
        expect(unknown, `${type} ${place.path}${place.name}`).toEqual([
          { path: `${place.path}${typo}`, message: `unknown field — did you mean ${place.name}?` },
        ]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('refuses keys that would reach an object prototype', () => {
    for (const type of Object.keys(codecs)) {
      const input = JSON.parse('{"__proto__": {"at": "2026-01-01T00:00:00Z"}, "constructor": {}}') as unknown;
      expect(
        problemsOf(type, input)
          .filter((p) => p.message === 'unknown field')
          .map((p) => p.path),
      ).toEqual(['__proto__', 'constructor']);
    }
  });

  it('words every problem plainly, without io-ts type names', () => {
    for (const [type, codec] of Object.entries(codecs)) {
      const tree = fieldTreeOf(codec);
      const names = tree.kind === 'object' ? [...tree.fields.keys()] : [];
      for (const wrong of [undefined, 42, 'x', [], {}, [{}], null]) {
        const input = Object.fromEntries(names.map((name) => [name, wrong]));
        for (const { path, message } of [...problemsOf(type, input), ...problemsOf(type, wrong)]) {
          expect(message, `${type} ${path}`).toMatch(/^(expected|unknown field)/);
          expect(message, `${type} ${path}`).not.toMatch(
            /UnknownRecord|Array<|\{ |\w+ \| \w+|IsoDate|NonEmpty|Person|Participant|PositiveInt|\bId\b/,
          );
        }
      }
    }
  });
});
