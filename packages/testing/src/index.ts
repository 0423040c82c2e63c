/**
 * @mgmt-review/testing — what hosts and adapters test with: the store contract suite, given/when/then
 * for deciders, fast-check arbitraries of valid command sequences, random histories, and random
 * stories of the demo organisation.
 */

/** The concurrency workload is also at `@mgmt-review/testing/concurrency`, which loads no test runner (for worker processes). */
export * from './concurrency/index.js';
export * from './contract/index.js';
export * from './domain/index.js';
export * from './fuzz/index.js';
export * from './histories/index.js';
export * from './stories/index.js';
