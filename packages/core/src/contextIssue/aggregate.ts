import { defineAggregate } from '../shared/aggregate.js';
import { contextIssueCommandCodecs } from './commands.js';
import { contextIssueDecider } from './decide.js';
import { contextIssueEventDefinitions } from './events.js';
import { contextIssueLifecycle } from './lifecycle.js';
import { climateEntityId } from './state.js';

/**
 * The organisation's context (4.1, Amd 1:2024): streams `context-<contextIssueId>`, one per
 * internal or external issue, and `context-climate`, where the climate-change decision of each
 * review cycle is recorded. The climate decision is about the context as a whole, not one issue,
 * and not about one review's meeting: kept on one stream of its own, every cycle's decision (and
 * each revision) is one read away, and one decision per cycle is a rule of one decider.
 */
export const contextIssueAggregate = defineAggregate({
  name: 'contextIssue',
  title: 'ContextIssue (4.1, Amd 1:2024)',
  group: 'contextIssues',
  category: 'context',
  idOf: (data) => ('contextIssueId' in data ? data.contextIssueId : climateEntityId),
  entityOf: (event) => event.data.contextIssueId,
  events: contextIssueEventDefinitions,
  commands: contextIssueCommandCodecs,
  decider: () => contextIssueDecider,
  lifecycle: contextIssueLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    raise: { command: 'RaiseContextIssue', generated: ['contextIssueId'] },
    recordChange: { command: 'RecordContextIssueChange' },
    retire: { command: 'RetireContextIssue' },
    recordClimateDecision: { command: 'RecordClimateDecision' },
  },
});
