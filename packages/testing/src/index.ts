/**
 * @mgmt-review/testing — what hosts and adapters test with: the store contract suite, given/when/then
 * for deciders, fast-check arbitraries of valid command sequences, random histories, and random
 * stories of the demo organisation.
 */

export * from './concurrency/index.js';
export * from './contract/index.js';
export * from './domain/index.js';
export * from './fuzz/index.js';
export * from './histories/index.js';
export * from './stories/index.js';
