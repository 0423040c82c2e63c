import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, expect, it } from 'vitest';
import { climateDecisionFor, contextIssueAggregate, contextIssueDecider } from '../index.js';
import { climateSamples, contextIssueSamples } from '../testing/contextSamples.js';
import { people } from '../testing/people.js';
import { minute } from '../testing/samples.js';
import { contextIssueSpec } from '../testing/specs.js';

const c = climateSamples('r1');
const decided = historyOf(contextIssueDecider, [c.relevant]);

describe('the climate-change decision of a review cycle (4.1, Amd 1:2024)', () => {
  it('is addressed to the context-climate stream, whatever the review', () => {
    expect(contextIssueAggregate.idOf(c.relevant.data)).toBe('climate');
    expect(contextIssueAggregate.idOf(contextIssueSamples('ctx-1').raise.data)).toBe('ctx-1');
  });

  it('records climate change as relevant, with the rationale, the issues describing its effect and who decided', () => {
    contextIssueSpec
      .given([])
      .when(c.relevant)
      .then([
        {
          type: 'ClimateDecisionRecorded',
          data: {
            contextIssueId: 'climate',
            reviewId: 'r1',
            relevant: true,
            rationale: c.relevant.data.rationale,
            contextIssueIds: ['ctx-heat'],
            decidedBy: people.ceo.id,
            at: c.relevant.data.at,
          },
        },
      ]);
  });

  it('records climate change as not relevant, naming no issue', () => {
    contextIssueSpec
      .given([])
      .when(c.notRelevant)
      .then([
        {
          type: 'ClimateDecisionRecorded',
          data: {
            contextIssueId: 'climate',
            reviewId: 'r1',
            relevant: false,
            rationale: c.notRelevant.data.rationale,
            contextIssueIds: [],
            decidedBy: people.ceo.id,
            at: c.notRelevant.data.at,
          },
        },
      ]);
  });

  it('decides each review cycle on its own', () => {
    const next = climateSamples('r2').notRelevant;
    const outcome = contextIssueSpec
      .given(decided)
      .when({ ...next, data: { ...next.data, at: minute(0, '2026-09-01') } })
      .then([
        {
          type: 'ClimateDecisionRecorded',
          data: {
            contextIssueId: 'climate',
            reviewId: 'r2',
            relevant: false,
            rationale: next.data.rationale,
            contextIssueIds: [],
            decidedBy: people.ceo.id,
            at: minute(0, '2026-09-01'),
          },
        },
      ]);
    expect(climateDecisionFor(outcome.state, 'r1')?.relevant).toBe(true);
    expect(climateDecisionFor(outcome.state, 'r2')).toBeUndefined();
  });

  it('revises a cycle’s decision with the reason, the revision replacing it', () => {
    const outcome = contextIssueSpec.given(decided).when(c.revised);
    outcome.then([
      {
        type: 'ClimateDecisionRecorded',
        data: {
          contextIssueId: 'climate',
          reviewId: 'r1',
          relevant: false,
          rationale: c.revised.data.rationale,
          contextIssueIds: [],
          decidedBy: people.ceo.id,
          revisionReason: 'the data centre migration was completed',
          at: c.revised.data.at,
        },
      },
    ]);
    const after = historyOf(contextIssueDecider, [c.relevant, c.revised]).reduce(
      contextIssueDecider.evolve,
      contextIssueDecider.initialState,
    );
    expect(after.climateDecisions).toEqual([
      expect.objectContaining({ reviewId: 'r1', relevant: false, revisions: 1 }),
    ]);
  });

  it('refuses climate change decided relevant without the issues that describe its effect', () => {
    contextIssueSpec
      .given([])
      .when({ ...c.relevant, data: { ...c.relevant.data, contextIssueIds: [] } })
      .then({ _tag: 'RuleBroken', rule: '4.1 Amd 1:2024' });
  });

  it('refuses climate change decided not relevant that names issues', () => {
    contextIssueSpec
      .given([])
      .when({ ...c.notRelevant, data: { ...c.notRelevant.data, contextIssueIds: ['ctx-heat'] } })
      .then({ _tag: 'RuleBroken', rule: '4.1 Amd 1:2024' });
  });

  it('refuses a second decision for the same cycle without a revision reason', () => {
    contextIssueSpec
      .given(decided)
      .when({ ...c.notRelevant, data: { ...c.notRelevant.data, at: minute(60, '2026-03-01') } })
      .then({
        _tag: 'RuleBroken',
        rule: 'lifecycle',
        message: 'climate change is already decided for review r1: a revision gives its revisionReason (lifecycle)',
      });
  });

  it('refuses a revision of a cycle not decided yet', () => {
    contextIssueSpec.given([]).when(c.revised).then({
      _tag: 'RuleBroken',
      rule: 'lifecycle',
      message: 'nothing to revise: climate change is not decided for review r1 yet (lifecycle)',
    });
  });

  it('refuses a decision dated before the last one recorded', () => {
    contextIssueSpec
      .given(historyOf(contextIssueDecider, [c.relevant, c.revised]))
      .when({
        ...climateSamples('r2').notRelevant,
        data: { ...climateSamples('r2').notRelevant.data, at: minute(0, '2026-03-10') },
      })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses a climate decision on an issue’s stream', () => {
    contextIssueSpec
      .given(historyOf(contextIssueDecider, [contextIssueSamples('ctx-1').raise]))
      .when(c.relevant)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
