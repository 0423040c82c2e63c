import { deciderSpec, historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { builtInPolicy, nonConformityDecider, withPolicy } from '../index.js';
import { people } from '../testing/people.js';
import { minute, nonConformitySamples } from '../testing/samples.js';
import { nonConformitySpec } from '../testing/specs.js';

const s = nonConformitySamples('nc-1', 'major');
const minor = nonConformitySamples('nc-1', 'minor');
const raised = historyOf(nonConformityDecider, [s.raise]);
const analysed = historyOf(nonConformityDecider, [s.raise, s.correct, s.rootCause, s.similar]);
const planned = historyOf(nonConformityDecider, [s.raise, s.correct, s.rootCause, s.similar, s.plan]);
const implemented = historyOf(nonConformityDecider, [
  s.raise,
  s.correct,
  s.rootCause,
  s.similar,
  s.plan,
  s.implemented,
]);
const effective = historyOf(nonConformityDecider, [
  s.raise,
  s.correct,
  s.rootCause,
  s.similar,
  s.plan,
  s.implemented,
  s.verifyEffective,
]);
const closed = historyOf(nonConformityDecider, [
  s.raise,
  s.correct,
  s.rootCause,
  s.similar,
  s.plan,
  s.implemented,
  s.verifyEffective,
  s.close,
]);

describe('a nonconformity is corrected and its effectiveness verified (10.2 c, d, e)', () => {
  it('plans corrective actions once the root cause is known (10.2 c)', () => {
    nonConformitySpec
      .given(analysed)
      .when(s.plan)
      .then([{ type: 'CorrectiveActionsPlanned', data: s.plan.data }]);
  });

  it('refuses corrective actions before the root cause is recorded (10.2 b)', () => {
    nonConformitySpec.given(raised).when(s.plan).then({ _tag: 'RuleBroken', rule: '10.2 b' });
  });

  it('decides no corrective action for a minor nonconformity, with the justification (10.2 c)', () => {
    nonConformitySpec
      .given(historyOf(nonConformityDecider, [minor.raise]))
      .when(minor.noAction)
      .then([{ type: 'NoCorrectiveActionDecided', data: minor.noAction.data }]);
  });

  it('refuses to leave a major nonconformity without corrective action (10.2 c)', () => {
    nonConformitySpec.given(analysed).when(s.noAction).then({ _tag: 'RuleBroken', rule: '10.2 c' });
  });

  it('marks the corrective actions implemented', () => {
    nonConformitySpec
      .given(planned)
      .when(s.implemented)
      .then([{ type: 'CorrectiveActionsImplemented', data: s.implemented.data }]);
  });

  it('refuses to mark implemented what was never planned (10.2 c)', () => {
    nonConformitySpec.given(analysed).when(s.implemented).then({ _tag: 'RuleBroken', rule: '10.2 c' });
  });

  it('verifies effectiveness, by whom and on what evidence (10.2 d)', () => {
    nonConformitySpec
      .given(implemented)
      .when(s.verifyEffective)
      .then([
        {
          type: 'NonConformityEffectivenessVerified',
          data: {
            nonConformityId: 'nc-1',
            effective: true,
            verifiedBy: people.auditor.id,
            evidence: ['leavers-report-2026-06'],
            comment: 'no leaver kept access since',
            at: s.verifyEffective.data.at,
          },
        },
      ]);
  });

  it('refuses to verify effectiveness before implementation (10.2 d)', () => {
    nonConformitySpec.given(planned).when(s.verifyEffective).then({ _tag: 'RuleBroken', rule: '10.2 d' });
  });

  it('refuses effectiveness verified by the owner of a corrective action (10.2 d)', () => {
    nonConformitySpec
      .given(implemented)
      .when({ ...s.verifyEffective, actor: people.itLead })
      .then({ _tag: 'RuleBroken', rule: '10.2 d' });
  });

  it('refuses effectiveness verified by the owner of a corrective action (built-in policy, 10.2 d)', () => {
    deciderSpec(withPolicy(nonConformityDecider, builtInPolicy))
      .given(implemented)
      .when({ ...s.verifyEffective, actor: people.itLead })
      .then({ _tag: 'NotPermitted', rule: '10.2 d' });
  });

  it('needs further corrective action when found not effective', () => {
    nonConformitySpec
      .given(historyOf(nonConformityDecider, [...[s.raise, s.rootCause, s.plan, s.implemented], s.verifyNotEffective]))
      .when({ ...s.close, data: { ...s.close.data, at: minute(60 * 24 * 61) } })
      .then({ _tag: 'RuleBroken', rule: '10.2 d' });
  });

  it('records a change to the ISMS (10.2 e)', () => {
    nonConformitySpec
      .given(effective)
      .when(s.ismsChange)
      .then([{ type: 'IsmsChangeRecorded', data: s.ismsChange.data }]);
  });

  it('closes once effectiveness is verified', () => {
    nonConformitySpec
      .given(effective)
      .when(s.close)
      .then([{ type: 'NonConformityClosed', data: s.close.data }]);
  });

  it('closes on the justified no-action path', () => {
    nonConformitySpec
      .given(historyOf(nonConformityDecider, [minor.raise, minor.noAction]))
      .when(minor.close)
      .then([{ type: 'NonConformityClosed', data: minor.close.data }]);
  });

  it('refuses to close before effectiveness is verified (10.2 d)', () => {
    nonConformitySpec.given(implemented).when(s.close).then({ _tag: 'RuleBroken', rule: '10.2 d' });
  });

  it('reopens when it recurs', () => {
    nonConformitySpec
      .given(closed)
      .when(s.reopen)
      .then([{ type: 'NonConformityReopened', data: s.reopen.data }]);
  });

  it('refuses to reopen an open nonconformity', () => {
    nonConformitySpec.given(effective).when(s.reopen).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses anything but reopening once closed', () => {
    nonConformitySpec
      .given(closed)
      .when({ ...s.ismsChange, data: { ...s.ismsChange.data, at: minute(60 * 24 * 70) } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('needs corrective action again after reopening (10.2 d)', () => {
    const reopened = historyOf(nonConformityDecider, [
      s.raise,
      s.rootCause,
      s.plan,
      s.implemented,
      s.verifyEffective,
      s.close,
      s.reopen,
    ]);
    nonConformitySpec
      .given(reopened)
      .when({ ...s.close, data: { ...s.close.data, at: minute(60 * 24 * 121) } })
      .then({ _tag: 'RuleBroken', rule: '10.2 d' });
  });
});
