import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, expect, it } from 'vitest';
import { contextIssueDecider } from '../index.js';
import { climateSamples, contextIssueSamples } from '../testing/contextSamples.js';
import { minute } from '../testing/samples.js';
import { contextIssueSpec } from '../testing/specs.js';

const s = contextIssueSamples('ctx-nis2');
const raised = historyOf(contextIssueDecider, [s.raise]);
const changed = historyOf(contextIssueDecider, [s.raise, s.change]);
const retired = historyOf(contextIssueDecider, [s.raise, s.retire]);

describe('an internal or external issue is raised (4.1)', () => {
  it('is raised with its kind, category, description and effect on the ISMS', () => {
    contextIssueSpec
      .given([])
      .when(s.raise)
      .then([{ type: 'ContextIssueRaised', data: s.raise.data }]);
  });

  it('refuses to raise the same issue twice', () => {
    contextIssueSpec.given(raised).when(s.raise).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('keeps the id climate for the climate decisions', () => {
    contextIssueSpec
      .given([])
      .when({ ...s.raise, data: { ...s.raise.data, contextIssueId: 'climate' } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});

describe('a change of an issue is recorded (9.3.2 b)', () => {
  it('records what changed, on which day, and the new effect', () => {
    const outcome = contextIssueSpec
      .given(raised)
      .when(s.change)
      .then([{ type: 'ContextIssueChanged', data: s.change.data }]);
    expect(
      contextIssueDecider.evolve(outcome.state, { type: 'ContextIssueChanged', data: s.change.data }),
    ).toMatchObject({
      effect: s.change.data.effect,
      changes: 1,
      lastChangedOn: '2026-02-01',
    });
  });

  it('keeps the effect recorded before when a change names none', () => {
    const { effect: _, ...withoutEffect } = s.change.data;
    const events = historyOf(contextIssueDecider, [s.raise, { ...s.change, data: withoutEffect }]);
    const state = events.reduce(contextIssueDecider.evolve, contextIssueDecider.initialState);
    expect(state.effect).toBe(s.raise.data.effect);
  });

  it('refuses a change of an issue never raised', () => {
    contextIssueSpec.given([]).when(s.change).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a change dated after the day it is recorded', () => {
    contextIssueSpec
      .given(raised)
      .when({ ...s.change, data: { ...s.change.data, changedOn: '2026-02-04' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses a command dated before the last fact recorded', () => {
    contextIssueSpec
      .given(changed)
      .when({ ...s.change, data: { ...s.change.data, changedOn: '2026-01-20', at: minute(0, '2026-01-20') } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses a change of a retired issue', () => {
    contextIssueSpec
      .given(retired)
      .when({ ...s.change, data: { ...s.change.data, at: minute(0, '2026-06-02') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle', message: 'the context issue is retired (lifecycle)' });
  });
});

describe('an issue is retired', () => {
  it('is retired with the reason, its history kept', () => {
    contextIssueSpec
      .given(changed)
      .when(s.retire)
      .then([{ type: 'ContextIssueRetired', data: s.retire.data }]);
  });

  it('refuses to retire it twice', () => {
    contextIssueSpec.given(retired).when(s.retire).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses commands to an issue on the climate stream', () => {
    const climate = historyOf(contextIssueDecider, [climateSamples('r1').notRelevant]);
    contextIssueSpec
      .given(climate)
      .when({ ...s.retire, data: { ...s.retire.data, contextIssueId: 'climate' } })
      .then({
        _tag: 'RuleBroken',
        rule: 'lifecycle',
        message: 'context-climate holds the climate decisions; it is not an issue (lifecycle)',
      });
  });
});
