import type { ClauseCatalogue } from './catalogue.js';
import {
  auditResultsInput,
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

/** The inputs of ISO/IEC 27001:2022 clause 9.3.2, a) to g), with d) detailed as d1)–d4). */
export const iso27001_2022: ClauseCatalogue = {
  id: 'iso27001-2022',
  standard: 'ISO/IEC 27001:2022',
  clause: '9.3.2',
  inputs: [
    previousActionsInput({ id: 'a', clause: '9.3.2 a' }),
    contextChangesInput(
      { id: 'b', clause: '9.3.2 b' },
      'Changes in external and internal issues that are relevant to the information security management system',
    ),
    interestedPartiesInput(
      { id: 'c', clause: '9.3.2 c' },
      'Changes in needs and expectations of interested parties that are relevant to the ISMS',
    ),
    performanceInput(
      { id: 'd', clause: '9.3.2 d' },
      'Feedback on the information security performance, including trends',
    ),
    nonConformitiesInput({ id: 'd1', clause: '9.3.2 d 1', parentId: 'd' }),
    measurementInput({ id: 'd2', clause: '9.3.2 d 2', parentId: 'd' }),
    auditResultsInput({ id: 'd3', clause: '9.3.2 d 3', parentId: 'd' }),
    objectivesInput({ id: 'd4', clause: '9.3.2 d 4', parentId: 'd' }, 'Fulfilment of information security objectives'),
    feedbackInput({ id: 'e', clause: '9.3.2 e' }, 'Feedback from interested parties'),
    risksInput({ id: 'f', clause: '9.3.2 f' }, 'Results of risk assessment and status of risk treatment plan'),
    improvementInput({ id: 'g', clause: '9.3.2 g' }),
  ],
};
