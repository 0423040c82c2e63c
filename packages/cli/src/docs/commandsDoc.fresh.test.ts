import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandsDoc } from './commandsDoc.js';

describe('docs/commands.md', () => {
  it('is what the codecs generate today (run `npm run docs:commands` after changing a codec)', () => {
    const onDisk = readFileSync(new URL('../../../../docs/commands.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(commandsDoc());
  });

  it('lists the fields of a command with required and optional ones apart', () => {
    const doc = commandsDoc();
    expect(doc).toContain('#### `reviews.schedule` — ScheduleReview');
    expect(doc).toMatch(/\| `plannedDate` \| IsoDate \| yes \|/);
    expect(doc).toMatch(/\| `chair.id` \| Id \| yes \|/);
  });
});
