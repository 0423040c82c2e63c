import { describe, expect, it } from 'vitest';
import { agendaOf, inputOf } from './catalogue.js';
import { iso27001_2022 } from './iso27001.js';

describe('the ISO/IEC 27001:2022 catalogue', () => {
  it('lists the inputs of 9.3.2 a) to g), with d) detailed as d1)–d4)', () => {
    expect(iso27001_2022.inputs.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g']);
    expect(inputOf(iso27001_2022, 'd3')).toMatchObject({ clause: '9.3.2 d 3', parentId: 'd', title: 'Audit results' });
  });

  it('puts on the agenda the inputs that are not detailed further', () => {
    expect(agendaOf(iso27001_2022).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g']);
  });

  it('names every input by a clause of 9.3.2', () => {
    for (const input of iso27001_2022.inputs) expect(input.clause).toMatch(/^9\.3\.2 [a-g]( [1-4])?$/);
  });
});
