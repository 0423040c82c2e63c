import type { ClauseCatalogue } from './catalogue.js';
import {
  auditResultsInput,
  byHandInput,
  contextChangesInput,
  feedbackInput,
  improvementInput,
  measurementInput,
  nonConformitiesInput,
  objectivesInput,
  performanceInput,
  previousActionsInput,
  risksInput,
} from './harmonized.js';

/**
 * The inputs of ISO 9001:2015 clause 9.3.2, a) to f), with c) detailed as c1)–c7). The quality
 * standard folds interested-party feedback into the performance trends (c1) and adds process
 * performance, external providers and resources; the last two no record here feeds: they are
 * presented by hand.
 */
export const iso9001_2015: ClauseCatalogue = {
  id: 'iso9001-2015',
  standard: 'ISO 9001:2015',
  clause: '9.3.2',
  inputs: [
    previousActionsInput({ id: 'a', clause: '9.3.2 a' }),
    contextChangesInput(
      { id: 'b', clause: '9.3.2 b' },
      'Changes in external and internal issues that are relevant to the quality management system',
    ),
    performanceInput(
      { id: 'c', clause: '9.3.2 c' },
      'Information on the performance and effectiveness of the quality management system, including trends',
    ),
    feedbackInput(
      { id: 'c1', clause: '9.3.2 c 1', parentId: 'c' },
      'Customer satisfaction and feedback from relevant interested parties',
    ),
    objectivesInput(
      { id: 'c2', clause: '9.3.2 c 2', parentId: 'c' },
      'The extent to which quality objectives have been met',
    ),
    // Fed by the indicators too, but the quality standard's own input, not the harmonized d 2 (c5).
    {
      id: 'c3',
      clause: '9.3.2 c 3',
      parentId: 'c',
      title: 'Process performance and conformity of products and services',
      fedBy: ['indicators'],
    },
    nonConformitiesInput({ id: 'c4', clause: '9.3.2 c 4', parentId: 'c' }),
    measurementInput({ id: 'c5', clause: '9.3.2 c 5', parentId: 'c' }),
    auditResultsInput({ id: 'c6', clause: '9.3.2 c 6', parentId: 'c' }),
    byHandInput({ id: 'c7', clause: '9.3.2 c 7', parentId: 'c' }, 'The performance of external providers'),
    byHandInput({ id: 'd', clause: '9.3.2 d' }, 'The adequacy of resources'),
    risksInput({ id: 'e', clause: '9.3.2 e' }, 'The effectiveness of actions taken to address risks and opportunities'),
    improvementInput({ id: 'f', clause: '9.3.2 f' }, 'Opportunities for improvement'),
  ],
};
