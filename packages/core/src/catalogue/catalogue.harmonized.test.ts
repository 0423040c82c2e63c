import { describe, expect, it } from 'vitest';
import { agendaOf, type ClauseCatalogue, recordSources, sourcesOf } from './catalogue.js';
import { builtInCatalogues } from './index.js';

const catalogues = [...builtInCatalogues.values()];

/** The record sources each catalogue's agenda is fed by, as a set. */
const fedSources = (catalogue: ClauseCatalogue): Set<string> =>
  new Set(agendaOf(catalogue).flatMap((input) => sourcesOf(input)));

describe('the catalogues of the harmonized-structure standards', () => {
  it('are built in: ISO/IEC 27001, ISO 9001, ISO 14001, ISO 22301 and ISO/IEC 42001', () => {
    expect(catalogues.map((c) => c.standard)).toEqual([
      'ISO/IEC 27001:2022',
      'ISO 9001:2015',
      'ISO 14001:2015',
      'ISO 22301:2019',
      'ISO/IEC 42001:2023',
    ]);
  });

  it.each(catalogues.map((c) => [c.id, c] as const))('%s has unique input ids and details of known inputs', (_, c) => {
    const ids = c.inputs.map((input) => input.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const input of c.inputs) {
      if (input.parentId !== undefined) expect(ids).toContain(input.parentId);
      expect(input.clause.startsWith(`${c.clause} `)).toBe(true);
    }
  });

  it.each(catalogues.map((c) => [c.id, c] as const))('%s says for every agenda input which records feed it', (_, c) => {
    for (const input of agendaOf(c)) {
      expect(input.fedBy, `${c.id} ${input.id}`).toBeDefined();
      for (const source of sourcesOf(input)) expect(recordSources).toContain(source);
    }
    // An input that is detailed further is covered by its details, so it names no records of its own.
    const parents = c.inputs.filter((input) => c.inputs.some((other) => other.parentId === input.id));
    for (const parent of parents) expect(parent.fedBy, `${c.id} ${parent.id}`).toBeUndefined();
  });

  it.each(catalogues.map((c) => [c.id, c] as const))(
    '%s asks for the harmonized core: previous actions, context, nonconformities, measurement, audits, improvement',
    (_, c) => {
      const fed = fedSources(c);
      for (const core of [
        'previousReviewActions',
        'contextIssues',
        'nonConformities',
        'indicators',
        'audits',
        'improvements',
      ])
        expect(fed, `${c.id} ${core}`).toContain(core);
    },
  );

  it('feeds every record source from the ISO/IEC 27001 agenda', () => {
    const iso27001 = builtInCatalogues.get('iso27001-2022')!;
    expect([...fedSources(iso27001)].sort()).toEqual([...recordSources].sort());
  });

  it('leaves to be presented by hand what no record here feeds, e.g. the adequacy of resources in ISO 9001', () => {
    const byHand = (id: string) =>
      agendaOf(builtInCatalogues.get(id)!)
        .filter((input) => sourcesOf(input).length === 0)
        .map((input) => input.id);
    expect(byHand('iso27001-2022')).toEqual([]);
    expect(byHand('iso9001-2015')).toEqual(['c7', 'd']);
    expect(byHand('iso14001-2015')).toEqual(['b3', 'd3', 'e']);
    expect(byHand('iso22301-2019')).toEqual(['f', 'h', 'j']);
    expect(byHand('iso42001-2023')).toEqual([]);
  });
});
