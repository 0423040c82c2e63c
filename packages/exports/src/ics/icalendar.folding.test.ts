import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { actionsTitled } from '../testing/writtenHistory.js';
import { toICalendar } from './icalendar.js';

/** Titles whose lines fold across multi-byte characters: two-, three- and four-byte UTF-8. */
const titles = {
  accents: `Réviser la procédure d'accès — étape ${'é'.repeat(60)}`,
  cjk: `情報セキュリティ${'管理'.repeat(40)}`,
  emoji: `Rotate keys ${'🔐'.repeat(40)} then test`,
};

describe('iCalendar lines fold within 75 octets, never inside a character', () => {
  it('keeps each physical line within 75 octets and reads every title back unchanged', async () => {
    const text = toICalendar(await actionsTitled(titles), { tenantId: 'acme', now: '2026-05-02T00:00:00Z' });
    const lines = text.split('\r\n');
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
    expect(lines.filter((l) => l.includes('\uFFFD'))).toEqual([]);
    const todos = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vtodo');
    for (const [actionId, title] of Object.entries(titles)) {
      const todo = todos.find((t) => t.getFirstPropertyValue('x-mgmt-review-id') === actionId);
      expect(todo?.getFirstPropertyValue('summary')).toBe(`Action ${actionId}: ${title}`);
    }
  });
});
