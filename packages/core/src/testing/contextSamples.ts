import type { ContextIssueCommand } from '../index.js';
import { people } from './people.js';
import { minute } from './samples.js';
import { typedCommand } from './typedCommand.js';

const context = typedCommand<ContextIssueCommand>();

/** A context issue's happy path (4.1): raised, changed, retired. */
export const contextIssueSamples = (contextIssueId = 'ctx-nis2') => ({
  raise: context('RaiseContextIssue', people.ciso, {
    contextIssueId,
    kind: 'external',
    category: 'legal',
    description: 'NIS2 is transposed into national law',
    effect: 'significant incidents are reported to the authority within 24 hours',
    at: minute(0, '2026-01-15'),
  }),
  change: context('RecordContextIssueChange', people.ciso, {
    contextIssueId,
    change: 'the national law is in force',
    changedOn: '2026-02-01',
    effect: 'the reporting duty covers our managed services',
    at: minute(0, '2026-02-03'),
  }),
  retire: context('RetireContextIssue', people.ciso, {
    contextIssueId,
    reason: 'covered by the incident procedure v4',
    at: minute(0, '2026-06-01'),
  }),
});

/** The climate-change decisions of a review cycle (4.1, Amd 1:2024). */
export const climateSamples = (reviewId = 'r1') => ({
  relevant: context('RecordClimateDecision', people.ceo, {
    reviewId,
    relevant: true,
    rationale: 'heat waves put the cooling of the data centre at risk',
    contextIssueIds: ['ctx-heat'],
    at: minute(0, '2026-03-01'),
  }),
  notRelevant: context('RecordClimateDecision', people.ceo, {
    reviewId,
    relevant: false,
    rationale: 'cloud-hosted, no premises of our own: no effect on the ISMS outcomes',
    at: minute(0, '2026-03-01'),
  }),
  revised: context('RecordClimateDecision', people.ceo, {
    reviewId,
    relevant: false,
    rationale: 'the data centre moved to a provider with a certified cooling resilience plan',
    revisionReason: 'the data centre migration was completed',
    at: minute(0, '2026-03-20'),
  }),
});
