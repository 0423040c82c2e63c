import { describe, expect, it } from 'vitest';
import { reviewAgendaOf } from './agenda.js';
import { agendaOf } from './catalogue.js';
import { builtInCatalogues } from './index.js';
import { iso9001_2015 } from './iso9001.js';
import { iso27001_2022 } from './iso27001.js';

const catalogues = [...builtInCatalogues.values()];
const originsOf = (agenda: ReturnType<typeof reviewAgendaOf>) =>
  agenda.flatMap((input) => input.from.map((from) => `${from.catalogueId}:${from.inputId}`));

describe('the agenda of a review that follows several catalogues', () => {
  it('for ISO/IEC 27001 and ISO 9001: the harmonized core once, then each standard’s own inputs in its order', () => {
    const agenda = reviewAgendaOf([iso27001_2022, iso9001_2015]);
    expect(agenda.map((input) => [input.id, input.from.map((f) => `${f.catalogueId}:${f.inputId}`)])).toEqual([
      ['core:previousActions', ['iso27001-2022:a', 'iso9001-2015:a']],
      ['core:contextChanges', ['iso27001-2022:b', 'iso9001-2015:b']],
      ['core:interestedParties', ['iso27001-2022:c']],
      ['core:nonConformities', ['iso27001-2022:d1', 'iso9001-2015:c4']],
      ['core:measurement', ['iso27001-2022:d2', 'iso9001-2015:c5']],
      ['core:auditResults', ['iso27001-2022:d3', 'iso9001-2015:c6']],
      ['core:improvement', ['iso27001-2022:g', 'iso9001-2015:f']],
      ['iso27001-2022:d4', ['iso27001-2022:d4']],
      ['iso27001-2022:e', ['iso27001-2022:e']],
      ['iso27001-2022:f', ['iso27001-2022:f']],
      ['iso9001-2015:c1', ['iso9001-2015:c1']],
      ['iso9001-2015:c2', ['iso9001-2015:c2']],
      ['iso9001-2015:c3', ['iso9001-2015:c3']],
      ['iso9001-2015:c7', ['iso9001-2015:c7']],
      ['iso9001-2015:d', ['iso9001-2015:d']],
      ['iso9001-2015:e', ['iso9001-2015:e']],
    ]);
    expect(agenda[0]).toMatchObject({
      title: 'Status of actions from previous management reviews',
      clause: 'harmonized structure 9.3.2 a',
      fedBy: ['previousReviewActions'],
    });
    expect(agenda.find((input) => input.id === 'iso9001-2015:d')).toMatchObject({
      clause: 'ISO 9001:2015 9.3.2 d',
      fedBy: [],
    });
  });

  it.each(
    catalogues.flatMap((a) => catalogues.filter((b) => b !== a).map((b) => [`${a.id} + ${b.id}`, a, b] as const)),
  )('for %s: every agenda input of each catalogue exactly once, under ids unique on the agenda', (_, a, b) => {
    const agenda = reviewAgendaOf([a, b]);
    const ids = agenda.map((input) => input.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = [a, b].flatMap((c) => agendaOf(c).map((input) => `${c.id}:${input.id}`));
    expect([...originsOf(agenda)].sort()).toEqual([...expected].sort());
    // Every input's records are those of the catalogue inputs it stands for.
    for (const input of agenda) {
      const fed = input.from.flatMap(
        (f) => builtInCatalogues.get(f.catalogueId)!.inputs.find((i) => i.id === f.inputId)!.fedBy ?? [],
      );
      expect([...new Set(fed)]).toEqual(input.fedBy);
    }
  });

  it('is the same whichever time it is computed, and follows the order the catalogues are given in', () => {
    expect(reviewAgendaOf([iso27001_2022, iso9001_2015])).toEqual(reviewAgendaOf([iso27001_2022, iso9001_2015]));
    const reversed = reviewAgendaOf([iso9001_2015, iso27001_2022]);
    expect(reversed[0]!.from.map((f) => f.catalogueId)).toEqual(['iso9001-2015', 'iso27001-2022']);
    expect(reversed.at(-1)!.id).toBe('iso27001-2022:f');
  });

  it('for one catalogue is that catalogue’s agenda, under its own ids', () => {
    expect(reviewAgendaOf([iso27001_2022]).map((input) => input.id)).toEqual(agendaOf(iso27001_2022).map((i) => i.id));
  });
});
