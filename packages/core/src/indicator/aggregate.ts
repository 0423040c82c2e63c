import { defineAggregate } from '../shared/aggregate.js';
import { indicatorCommandCodecs } from './commands.js';
import { indicatorDecider } from './decide.js';
import { indicatorEventDefinitions } from './events.js';
import { indicatorLifecycle } from './lifecycle.js';

/** An indicator and its measurements, period by period (9.1): streams `indicator-<indicatorId>`. */
export const indicatorAggregate = defineAggregate({
  name: 'indicator',
  title: 'Indicator (9.1)',
  group: 'indicators',
  category: 'indicator',
  idOf: (data) => data.indicatorId,
  entityOf: (event) => event.data.indicatorId,
  events: indicatorEventDefinitions,
  commands: indicatorCommandCodecs,
  decider: () => indicatorDecider,
  lifecycle: indicatorLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    define: { command: 'DefineIndicator', generated: ['indicatorId'] },
    recordMeasurement: { command: 'RecordMeasurement' },
    correctMeasurement: { command: 'CorrectMeasurement' },
    analysePeriod: { command: 'AnalyseIndicatorPeriod' },
    retire: { command: 'RetireIndicator' },
  },
});
