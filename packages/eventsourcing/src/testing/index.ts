/**
 * @mgmt-review/eventsourcing/testing — test support for hosts and adapters, apart from the kernel's
 * main entry: given/when/then for any decider, histories built from commands, the model-based
 * property test every event store runs, and a tiny counter domain to test a store or a projection
 * with. It asserts with `node:assert` and takes fast-check as an argument, so it loads no test
 * runner of its own.
 */

/** A counter that is opened, incremented and closed: a decider, its events (one upcast), and a projection. */
export {
  type Counter,
  type CounterCommand,
  type CounterEvent,
  counterDecider,
  counterRegistry,
} from './counter.js';
/** Random interleaved histories of up to three counters (`counterHistory(fc)`). */
export { type CounterAppend, counterHistory } from './counterHistory.js';
/** Totals per counter, as a projection. */
export { type CounterTotals, counterTotals } from './counterTotals.js';
/** A domain with personal fields, for sealing and erasure: `feedbackRegistry`, `feedbackGivenEvent(...)`. */
export {
  erasureRequest,
  type Feedback,
  feedbackGivenEvent,
  feedbackRegistry,
  feedbackRegistryBefore,
} from './feedback.js';
/** Given/when/then for deciders: `deciderSpec(decider).given(events).when(command).then(events | error)`. */
export { type DeciderSpec, deciderSpec, type ExpectedError, type Given, type Outcome } from './givenWhenThen.js';
/** Running commands through a decider: `historyOf` (setup, throws on refusal), `runCommands` (skips refusals). */
export { historyOf, runCommands } from './history.js';
/** Runs of a property test: the test's default, or `FC_RUNS` from the environment (`propertyRuns(100)`). */
export { propertyRuns } from './propertyRuns.js';
/** A read-only tenant store over events as a tamperer left them: `storedHistory(tenantId, events)`. */
export { storedHistory } from './storedHistory.js';
/** The model-based store test: `fc.assert(storeModelProperty({ fc, makeStore }))`. */
export { type FastCheckModule, type StoreModelOptions, storeModelProperty, storeModelRegistry } from './storeModel.js';

export { unsalted } from './unsalted.js';
