import { aggregates } from '@mgmt-review/core';
import type * as t from 'io-ts';
import { personalFieldsOf } from './personalFields.js';

const header = [
  '# Personal data in the history',
  '',
  '<!-- Generated from the codecs by `npm run docs:privacy`; a test fails when this file is stale. -->',
  '',
  "The history is append-only and hash-chained, yet free text in it can name a person: a nonconformity's",
  "description, an action's progress note, a party's feedback. Those fields are declared once, in the codecs",
  "(core's `personalText`, the kernel's `personal`), and listed below for every event type. Each holds its value",
  'together with a salted digest of it (the hash chain covers the digest, not the text), so a host can erase',
  'one of them — GDPR art. 17 — and `verify` still proves every other byte and reports the field as erased,',
  'not tampered. The format, what it proves and what it does not, and how to make an erasure reach the disk are',
  'in [privacy-format.md](privacy-format.md).',
  '',
  '## What can be erased',
  '',
  'The fields listed below, in the events already stored, one concrete place at a time: an RFC 6901 JSON',
  'Pointer such as `/description` or `/evidence/1` (the patterns below use `*` for every item of a list).',
  'Nothing else is personal here: people are host user ids with a role, never names or e-mails (the host',
  "erases its own mapping of an id to a person); ids, dates, kinds, numbers and the ISMS's own labels",
  '(clauses, Annex A controls, processes, criteria, methods, units, party names) stay.',
  '',
  '## How',
  '',
  '- Command line (see [cli.md](cli.md#erase-and-mentions)): `mgmt-review mentions --term TEXT` lists every',
  '  personal field whose text contains a term (the name, e-mail or other text the host knows its data',
  '  subject by), case-insensitive; `mgmt-review erase --term TEXT --reason … --basis …` erases all of them',
  '  (`--dry-run` lists them); `mgmt-review erase --event ID --field /pointer --reason … --basis …` erases',
  '  named fields of one event.',
  '- Facade: `createManagementReview(...).forTenant(id).privacy` has `mentions({ terms })`,',
  '  `erase({ eventId, pointers, reason, basis }, { actor })` and `eraseMentions({ terms, reason, basis },',
  "  { actor })`, thin over the store port's `erase`. Every refusal is a typed value: a field that is not",
  "  personal (named, with the event's personal fields), an event this tenant does not hold (another",
  "  tenant's event reads as not found), a field already erased, a blank reason or basis or term.",
  '',
  'Each erasure of one event is atomic: its values and salts are removed and an `ErasureRecorded` event is',
  "appended to the tenant's `privacy-log` stream — who (`actor`), when, why (`reason`) and under which legal",
  'basis (`basis`, e.g. `GDPR art. 17(1)(a)`), naming the event, the pointers and their digests. Erasing by',
  'term erases event by event; if it stops half way, running it again erases the rest (what is erased no longer',
  'mentions the term). The `reason` and `basis` are kept for good and are not personal fields: write a',
  "request's reference there, never the data subject's name.",
  '',
  '## What stays',
  '',
  'The event, its id, type, stream, version, dates, actor and every field that is not personal; at the erased',
  'place, the placeholder `[erased YYYY-MM-DD: <basis>]`, so every register, KPI, auditor answer, export and',
  'review pack still reads and shows the field as erased, when and why; the digest of the value (its salt is',
  "erased with it, so even a short value cannot be guessed back from it); and the erasure's own record in the",
  '`privacy-log` stream. A frozen input pack holds counts, ids and sentences of its own, none of the',
  'personal fields, so erasing leaves it as frozen. Copies of a text kept outside the store (an exported file, a PDF pack, a backup made',
  "before the erasure) are the host's to erase; what makes the erased bytes leave each store's files is in",
  '[Making erasure stick](privacy-format.md#making-erasure-stick).',
  '',
  '## Personal fields by event type',
  '',
].join('\n');

/**
 * docs/privacy.md, generated from the codecs: what is erasable and how, then every event type's
 * personal fields and what each may hold. A test fails when the file and the codecs disagree.
 */
export const privacyDoc = (): string => {
  const out: string[] = [header];
  for (const { title, events } of aggregates) {
    const fields = events.map((definition) => ({
      type: definition.type,
      fields: personalFieldsOf(definition.codec as t.Mixed),
    }));
    out.push(`### ${title}`, '');
    const rows = fields.flatMap(({ type, fields }) => fields.map((field) => ({ type, ...field })));
    if (rows.length > 0) {
      out.push('| event | field | may hold |', '|---|---|---|');
      for (const row of rows) out.push(`| ${row.type} | \`${row.pattern}\` | ${row.what.replaceAll('|', '\\|')} |`);
      out.push('');
    }
    const none = fields.filter((event) => event.fields.length === 0).map((event) => event.type);
    if (none.length > 0) out.push(`No personal fields: ${none.join(', ')}.`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
};
