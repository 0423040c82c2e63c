import type { ClauseCatalogue } from './catalogue.js';
import {
  auditResultsInput,
  byHandInput,
  contextChangesInput,
  feedbackInput,
  improvementInput,
  interestedPartiesInput,
  measurementInput,
  nonConformitiesInput,
  objectivesInput,
  performanceInput,
  previousActionsInput,
  risksInput,
} from './harmonized.js';

/**
 * The inputs of ISO 14001:2015 clause 9.3, a) to g), with b) detailed as b1)–b4) and d) as d1)–d4).
 * Significant environmental aspects, compliance obligations and resources have no record here: they
 * are presented by hand.
 */
export const iso14001_2015: ClauseCatalogue = {
  id: 'iso14001-2015',
  standard: 'ISO 14001:2015',
  clause: '9.3',
  inputs: [
    previousActionsInput({ id: 'a', clause: '9.3 a' }),
    performanceInput({ id: 'b', clause: '9.3 b' }, 'Changes relevant to the environmental management system'),
    contextChangesInput({ id: 'b1', clause: '9.3 b 1', parentId: 'b' }, 'External and internal issues'),
    interestedPartiesInput(
      { id: 'b2', clause: '9.3 b 2', parentId: 'b' },
      'Needs and expectations of interested parties, including compliance obligations',
    ),
    byHandInput({ id: 'b3', clause: '9.3 b 3', parentId: 'b' }, 'Significant environmental aspects'),
    risksInput({ id: 'b4', clause: '9.3 b 4', parentId: 'b' }, 'Risks and opportunities'),
    objectivesInput({ id: 'c', clause: '9.3 c' }, 'The extent to which environmental objectives have been achieved'),
    performanceInput({ id: 'd', clause: '9.3 d' }, 'Information on environmental performance, including trends'),
    nonConformitiesInput({ id: 'd1', clause: '9.3 d 1', parentId: 'd' }),
    measurementInput({ id: 'd2', clause: '9.3 d 2', parentId: 'd' }),
    byHandInput({ id: 'd3', clause: '9.3 d 3', parentId: 'd' }, 'Fulfilment of compliance obligations'),
    auditResultsInput({ id: 'd4', clause: '9.3 d 4', parentId: 'd' }),
    byHandInput({ id: 'e', clause: '9.3 e' }, 'Adequacy of resources'),
    feedbackInput(
      { id: 'f', clause: '9.3 f' },
      'Relevant communications from interested parties, including complaints',
    ),
    improvementInput({ id: 'g', clause: '9.3 g' }),
  ],
};
