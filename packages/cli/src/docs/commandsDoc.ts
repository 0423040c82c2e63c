import { aggregates } from '@mgmt-review/core';
import type * as t from 'io-ts';
import { commandTable, workflowTable } from '../commandTable.js';
import { describeFields, type FieldDoc } from './describeCodec.js';

const table = (fields: readonly FieldDoc[]): string =>
  fields.length === 0
    ? '_(no fields)_\n'
    : [
        '| field | type | required |',
        '|---|---|---|',
        ...fields.map((f) => `| \`${f.path}\` | ${f.type} | ${f.required ? 'yes' : 'no'} |`),
      ].join('\n') + '\n';

/**
 * docs/commands.md, generated from the codecs themselves: every command a host (or an import file)
 * can send, and every event the history can hold, with their fields. A test fails when the file
 * and the codecs disagree, so the page cannot drift.
 */
export const commandsDoc = (): string => {
  const out: string[] = [
    '# Commands and events',
    '',
    '<!-- Generated from the codecs by `npm run docs:commands`; a test fails when this file is stale. -->',
    '',
    'Every command goes through the host facade (`createManagementReview(...).forTenant(id).reviews.schedule(input, { actor })`)',
    'or, one per line, through `mgmt-review import FILE.jsonl`, where a line is:',
    '',
    '```json',
    '{ "command": "reviews.schedule", "actor": { "id": "u-ceo", "role": "topManagement" }, "commandId": "optional idempotency key", "input": { "reviewId": "2026-q1", "plannedDate": "2026-03-31", "...": "..." } }',
    '```',
    '',
    'Times (`at`) are ISO-8601 instants with a time zone; dates are `YYYY-MM-DD`. People are host user ids with a role,',
    'never names or e-mails. A field the codec does not know, at any depth, refuses the command, naming its path and',
    'the known field it likely meant (`input.descripton: unknown field — did you mean description?`). `at`, and the id',
    'the command creates (`reviewId`, `actionId`, …), may be left out in the facade: the injected clock and id generator',
    'fill them. In an import line without `commandId`, the id is derived from the line text, so importing a file twice',
    'applies it once.',
    '',
    '## Commands',
    '',
  ];
  for (const { group, title } of aggregates) {
    out.push(`### ${title}`, '');
    for (const entry of commandTable.values()) {
      if (entry.group !== group) continue;
      out.push(`#### \`${entry.path}\` — ${entry.type}`, '', table(describeFields(entry.codec)));
    }
    for (const entry of workflowTable.values()) {
      if (entry.group !== group) continue;
      out.push(`#### \`${entry.path}\` — workflow`, '', entry.summary, '', table(describeFields(entry.codec)));
    }
  }
  out.push('### Personal data', '', 'Erasing personal fields of the stored events: see [privacy.md](privacy.md).', '');
  for (const entry of workflowTable.values()) {
    if (entry.group !== 'privacy') continue;
    out.push(`#### \`${entry.path}\``, '', entry.summary, '', table(describeFields(entry.codec)));
  }
  out.push('## Events', '', 'Stored with their schema version; older versions are upcast on read.', '');
  for (const { title, events } of aggregates) {
    out.push(`### ${title}`, '');
    for (const definition of events) {
      out.push(
        `#### ${definition.type} (schema version ${definition.schemaVersion})`,
        '',
        table(describeFields(definition.codec as t.Mixed)),
      );
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
};
