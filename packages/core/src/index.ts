/**
 * @mgmt-review/core — the ISO/IEC 27001:2022 management review and its improvement loop as
 * event-sourced aggregates: Review (9.3), Action, NonConformity (10.2) and Risk (6.1.2, 6.1.3,
 * 8.2, 8.3). Every rule taken from the standard names its clause in the error it returns.
 */

/** Event definitions and payload codecs of an action (stream `action-<id>`). */
export * from './action/events.js';
/** The review inputs as data: `ClauseCatalogue`, `iso27001_2022`. */
export * from './catalogue/index.js';
/** Event definitions and payload codecs of a nonconformity (stream `nonconformity-<id>`). */
export * from './nonConformity/events.js';
/** `domainRegistry` (every domain event) and `ManagementReviewEvent` (their union). */
export * from './registry.js';
/** Event definitions and payload codecs of a management review (stream `review-<id>`). */
export * from './review/events.js';
export * from './review/vocabulary.js';
/** Event definitions and payload codecs of a risk (stream `risk-<id>`). */
export * from './risk/events.js';
/** Shared codecs: dates, ids, people. */
export * from './shared/codecs.js';
export * from './shared/time.js';
/** Stream ids of the aggregates. */
export * from './streams.js';
