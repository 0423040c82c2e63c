import type { ClauseCatalogue } from './catalogue.js';
import {
  auditResultsInput,
  byHandInput,
  contextChangesInput,
  feedbackInput,
  improvementInput,
  measurementInput,
  nonConformitiesInput,
  performanceInput,
  previousActionsInput,
  risksInput,
} from './harmonized.js';

/**
 * The inputs of ISO 22301:2019 clause 9.3.2, a) to k), with c) detailed as c1)–c3). Procedures and
 * resources, the evaluation of continuity capabilities and the lessons from disruptions have no
 * record here: they are presented by hand.
 */
export const iso22301_2019: ClauseCatalogue = {
  id: 'iso22301-2019',
  standard: 'ISO 22301:2019',
  clause: '9.3.2',
  inputs: [
    previousActionsInput({ id: 'a', clause: '9.3.2 a' }),
    contextChangesInput(
      { id: 'b', clause: '9.3.2 b' },
      'Changes in external and internal issues that are relevant to the business continuity management system',
    ),
    performanceInput({ id: 'c', clause: '9.3.2 c' }, 'Information on the performance of the BCMS, including trends'),
    nonConformitiesInput({ id: 'c1', clause: '9.3.2 c 1', parentId: 'c' }),
    measurementInput({ id: 'c2', clause: '9.3.2 c 2', parentId: 'c' }, 'Monitoring and evaluation results'),
    auditResultsInput({ id: 'c3', clause: '9.3.2 c 3', parentId: 'c' }),
    feedbackInput({ id: 'd', clause: '9.3.2 d' }, 'Feedback from interested parties'),
    {
      id: 'e',
      clause: '9.3.2 e',
      title: 'The need for changes to the BCMS, including the policy and objectives',
      fedBy: ['objectives', 'interestedPartyRequirements'],
    },
    byHandInput(
      { id: 'f', clause: '9.3.2 f' },
      'Procedures and resources that could improve the performance and effectiveness of the BCMS',
    ),
    risksInput({ id: 'g', clause: '9.3.2 g' }, 'Information from the business impact analysis and risk assessment'),
    byHandInput(
      { id: 'h', clause: '9.3.2 h' },
      'Output from the evaluation of business continuity documentation and capabilities',
    ),
    risksInput(
      { id: 'i', clause: '9.3.2 i' },
      'Risks or issues not adequately addressed in any previous risk assessment',
    ),
    byHandInput({ id: 'j', clause: '9.3.2 j' }, 'Lessons learned and actions arising from near-misses and disruptions'),
    improvementInput({ id: 'k', clause: '9.3.2 k' }),
  ],
};
