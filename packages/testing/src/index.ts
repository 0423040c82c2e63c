/**
 * @mgmt-review/testing — what hosts and adapters test with: the store contract suite, given/when/then
 * for deciders, and fast-check arbitraries of valid command sequences.
 */
export * from './contract/index.js';
export * from './domain/index.js';
export * from './histories/index.js';
