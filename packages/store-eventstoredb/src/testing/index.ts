/**
 * @mgmt-review/store-eventstoredb/testing — test support, apart from the store's main entry: stores
 * for tests, each in a fresh namespace on one server (`storeOn(server)`), with a one-event domain
 * (`note(text)`). The in-process gRPC test double of EventStoreDB is not published; it is this
 * repository's private `@mgmt-review/esdb-test-double`.
 */
export { note, noteRegistry, noteTaken, storeOn } from './stores.js';
