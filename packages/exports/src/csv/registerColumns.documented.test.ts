import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRegisterNames, csvRegisters } from './registerColumns.js';

const doc = readFileSync(new URL('../../../../docs/exports.md', import.meta.url), 'utf8');

describe('docs/exports.md lists the columns of every register', () => {
  it.each(csvRegisterNames)('the %s register: every column, in the order written', (name) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    expect(row, `a row for ${name}`).toBeDefined();
    const documented = [...(row?.split('|')[3] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(documented).toEqual(csvRegisters[name].columns.map((c) => c.header));
  });
});
