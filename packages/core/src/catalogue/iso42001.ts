import type { ClauseCatalogue } from './catalogue.js';
import {
  auditResultsInput,
  contextChangesInput,
  improvementInput,
  interestedPartiesInput,
  measurementInput,
  nonConformitiesInput,
  performanceInput,
  previousActionsInput,
} from './harmonized.js';

/**
 * The inputs of ISO/IEC 42001:2023 clause 9.3.2, a) to e), with d) detailed as d1)–d3): the
 * harmonized core of the management-system standards, every one of them fed by a record here.
 */
export const iso42001_2023: ClauseCatalogue = {
  id: 'iso42001-2023',
  standard: 'ISO/IEC 42001:2023',
  clause: '9.3.2',
  inputs: [
    previousActionsInput({ id: 'a', clause: '9.3.2 a' }),
    contextChangesInput(
      { id: 'b', clause: '9.3.2 b' },
      'Changes in external and internal issues that are relevant to the AI management system',
    ),
    interestedPartiesInput(
      { id: 'c', clause: '9.3.2 c' },
      'Changes in needs and expectations of interested parties that are relevant to the AI management system',
    ),
    performanceInput(
      { id: 'd', clause: '9.3.2 d' },
      'Information on the AI management system performance, including trends',
    ),
    nonConformitiesInput({ id: 'd1', clause: '9.3.2 d 1', parentId: 'd' }),
    measurementInput({ id: 'd2', clause: '9.3.2 d 2', parentId: 'd' }),
    auditResultsInput({ id: 'd3', clause: '9.3.2 d 3', parentId: 'd' }),
    improvementInput({ id: 'e', clause: '9.3.2 e' }),
  ],
};
