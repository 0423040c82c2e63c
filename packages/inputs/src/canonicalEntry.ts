import crypto from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import type { PackHistory } from './history.js';

// The package is CommonJS (`module.exports = serialize`) but types itself as an ES default export:
// the same library, and so the same RFC 8785 form, that the kernel's `digestOf` uses.
const canonicalizeLibrary = canonicalizeModule as unknown as (input: unknown) => string | undefined;

// Strings with nothing to escape (no quote, backslash, control character or surrogate) are quoted
// as they are; RFC 8785 serialises strings as JSON.stringify does, which escapes exactly those.
const NOTHING_TO_ESCAPE = /^[ !\u0023-\u005b\u005d-\ud7ff\ue000-\uffff]*$/;
const quoted = (text: string): string => (NOTHING_TO_ESCAPE.test(text) ? `"${text}"` : JSON.stringify(text));

/** Thrown inside `plainText` on what is not plain JSON: the library then serialises the whole value. */
const notPlain = Symbol('not plain JSON');

/**
 * RFC 8785 canonical JSON of a plain JSON value (what a decoded payload is): keys sorted by UTF-16
 * code units, properties without a value left out, strings and finite numbers as JSON.stringify
 * writes them — the text the library gives, written with less copying.
 * `canonicalEntry.library.test.ts` checks the two agree on any JSON value.
 */
const plainText = (value: unknown): string => {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notPlain;
    return JSON.stringify(value);
  }
  if (typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') throw notPlain;
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      text += value[i] === undefined ? 'null' : plainText(value[i]);
    }
    return `${text}]`;
  }
  let text = '{';
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${quoted(key)}:${plainText(field)}`;
  }
  return `${text}}`;
};

/** RFC 8785 canonical JSON of a JSON value; throws a `TypeError` on a value with no JSON form. */
export const canonicalText = (value: unknown, what: string): string => {
  try {
    return plainText(value);
  } catch (error) {
    if (error !== notPlain) throw error;
  }
  let text: string | undefined;
  try {
    text = canonicalizeLibrary(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) throw new TypeError(`${what} cannot be serialised to canonical JSON`);
  return text;
};

type HistoryEvent = PackHistory['stored'][number];

/**
 * The canonical JSON of an event as the list of events a part rests on holds it: `{ eventId, type,
 * data }`. Written once per event and pack: sources that rest on the same event (an action behind
 * a nonconformity, a risk and a previous review) reuse its text from `written`, a plain map that
 * lives as long as the pack's history (a weak map keyed by each event made garbage collection
 * cost more than the texts saved).
 */
const entryOf = (event: HistoryEvent, written: Map<string, string>): string => {
  let text = written.get(event.eventId);
  if (text === undefined) {
    text = canonicalText({ eventId: event.eventId, type: event.type, data: event.data }, `event ${event.eventId}`);
    written.set(event.eventId, text);
  }
  return text;
};

/** How much text is gathered before it is hashed: long enough to make few calls, short enough to stay flat. */
const CHUNK = 16_384;

/**
 * SHA-256 (hex) of the canonical JSON of the list of the entries of `events`. The canonical form of
 * an array is its elements' canonical forms between brackets, separated by commas, so this is the
 * digest the kernel's `digestOf` gives for the list itself. The text is hashed chunk by chunk, never
 * joined into one string (a list can hold every event of a tenant's history).
 */
export const entriesDigest = (events: readonly HistoryEvent[], written: Map<string, string> = new Map()): string => {
  const hash = crypto.createHash('sha256');
  let text = '[';
  for (let i = 0; i < events.length; i++) {
    if (i > 0) text += ',';
    text += entryOf(events[i]!, written);
    if (text.length >= CHUNK) {
      hash.update(text, 'utf8');
      text = '';
    }
  }
  hash.update(`${text}]`, 'utf8');
  return hash.digest('hex');
};
