import type { ObjectiveCommand } from '../objective/commands.js';
import { people } from './people.js';
import { typedCommand } from './typedCommand.js';

const objective = typedCommand<ObjectiveCommand>();

const plan = {
  activities: 'phishing simulations each quarter; an awareness course for every employee',
  resources: 'awareness platform licence; two days of the security team a month',
  responsible: people.itLead,
  resultsEvaluation: 'the monthly incident count, reviewed each quarter by the security committee',
};

/**
 * Sample commands of an objective. The measurable one: at most 4 security incidents a month
 * (`ind-incidents`, lower is better) by the end of 2026. The one that is not measurable: judged
 * by its fulfilment criteria.
 */
export const objectiveSamples = (objectiveId = 'obj-incidents', indicatorId = 'ind-incidents') => ({
  set: objective('SetObjective', people.ciso, {
    objectiveId,
    statement: 'at most 4 security incidents a month by the end of 2026',
    policyReference: 'information security policy v4, section 3',
    owner: people.ciso,
    target: { indicatorId, value: 4, direction: 'lowerIsBetter' },
    plan,
    dueDate: '2026-12-31',
    requirements: ['risk r-12: phishing leads to account takeover'],
    at: '2026-01-10T09:00:00Z',
  }),
  setJudged: objective('SetObjective', people.ciso, {
    objectiveId,
    statement: 'security responsibilities are part of every job description',
    policyReference: 'information security policy v4, section 5',
    owner: people.hrLead,
    fulfilmentCriteria: 'the HR lead confirms every job description names its security responsibilities',
    plan: { ...plan, responsible: people.hrLead },
    dueDate: '2026-06-30',
    at: '2026-01-10T09:00:00Z',
  }),
  revise: objective('ReviseObjective', people.ciso, {
    objectiveId,
    reason: 'the 2025 baseline was lower than estimated',
    target: { indicatorId, value: 3, direction: 'lowerIsBetter' },
    at: '2026-04-10T09:00:00Z',
  }),
  evaluate: (value: number, progress: 'onTrack' | 'atRisk' | 'offTrack' = 'onTrack') =>
    objective('EvaluateObjectiveProgress', people.ciso, {
      objectiveId,
      progress,
      comment: 'three months in a row at or below the target',
      measurement: { indicatorId, period: '2026-06', value },
      at: '2026-07-10T09:00:00Z',
    }),
  achieve: (value: number, period = '2026-12') =>
    objective('AchieveObjective', people.ciso, {
      objectiveId,
      measurement: { indicatorId, period, value },
      at: '2027-01-10T09:00:00Z',
    }),
  achieveJudged: objective('AchieveObjective', people.ciso, {
    objectiveId,
    evaluation: {
      conclusion: 'all 42 job descriptions name their security responsibilities',
      evidence: ['HR register export 2026-06-20'],
    },
    at: '2026-06-25T09:00:00Z',
  }),
  miss: (value?: number) =>
    objective('MissObjective', people.ciso, {
      objectiveId,
      evaluation: { conclusion: 'December ended above the target', evidence: ['indicator ind-incidents, 2026-12'] },
      followUp: 'a new objective for 2027 with a quarterly target',
      measurement: value === undefined ? undefined : { indicatorId, period: '2026-12', value },
      at: '2027-01-10T09:00:00Z',
    }),
  withdraw: objective('WithdrawObjective', people.ciso, {
    objectiveId,
    reason: 'the incident process moved to the group SOC',
    at: '2026-09-01T09:00:00Z',
  }),
});
