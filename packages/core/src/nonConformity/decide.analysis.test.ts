import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { nonConformityDecider } from '../index.js';
import { nonConformitySamples } from '../testing/samples.js';
import { nonConformitySpec } from '../testing/specs.js';

const s = nonConformitySamples('nc-1', 'major');
const raised = historyOf(nonConformityDecider, [s.raise]);

describe('a nonconformity is raised and analysed (10.2 a, b)', () => {
  it('is raised with source, severity and the requirement not met', () => {
    nonConformitySpec
      .given([])
      .when(s.raise)
      .then([{ type: 'NonConformityRaised', data: s.raise.data }]);
  });

  it('refuses to raise the same nonconformity twice', () => {
    nonConformitySpec.given(raised).when(s.raise).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('records the correction (containment), apart from corrective action (10.2 a)', () => {
    nonConformitySpec
      .given(raised)
      .when(s.correct)
      .then([{ type: 'CorrectionRecorded', data: s.correct.data }]);
  });

  it('records the root cause (10.2 b)', () => {
    nonConformitySpec
      .given(raised)
      .when(s.rootCause)
      .then([{ type: 'RootCauseRecorded', data: s.rootCause.data }]);
  });

  it('records whether similar nonconformities exist or could occur (10.2 b)', () => {
    nonConformitySpec
      .given(raised)
      .when(s.similar)
      .then([{ type: 'SimilarNonConformitiesAssessed', data: s.similar.data }]);
  });

  it('refuses similar nonconformities that exist without references (10.2 b)', () => {
    nonConformitySpec
      .given(raised)
      .when({ ...s.similar, data: { ...s.similar.data, finding: 'exist', references: [] } })
      .then({ _tag: 'RuleBroken', rule: '10.2 b' });
  });
});
