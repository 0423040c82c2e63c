import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { consultationDecider } from '../index.js';
import { consultationSamples } from '../testing/consultationSamples.js';
import { minute } from '../testing/samples.js';
import { consultationSpec } from '../testing/specs.js';

const s = consultationSamples('cons-survey');
const planned = historyOf(consultationDecider, [s.plan]);
const conducted = historyOf(consultationDecider, [s.plan, s.results]);
const unscored = historyOf(consultationDecider, [
  { ...s.plan, data: { ...s.plan.data, channel: 'interview', scale: undefined } },
]);
const results = (data: Partial<typeof s.results.data>) => ({ ...s.results, data: { ...s.results.data, ...data } });

describe('a consultation is planned (9.3.2 c, e)', () => {
  it('is planned with its channel, the parties consulted, topic, window, owner and scale', () => {
    consultationSpec
      .given([])
      .when(s.plan)
      .then([{ type: 'ConsultationPlanned', data: s.plan.data }]);
  });

  it('refuses to plan the same consultation twice', () => {
    consultationSpec.given(planned).when(s.plan).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a window that closes before it opens', () => {
    consultationSpec
      .given([])
      .when({ ...s.plan, data: { ...s.plan.data, window: { opensOn: '2026-02-28', closesOn: '2026-02-01' } } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });
});

describe('the results are recorded with the channel and the date (9.3.2 e)', () => {
  it('records responses, response rate, score and findings, with the channel and the day conducted', () => {
    const { consultationId, conductedOn, invited, responses, findings, score, at } = s.results.data;
    consultationSpec
      .given(planned)
      .when(s.results)
      .then([
        {
          type: 'ConsultationResultsRecorded',
          data: {
            consultationId,
            channel: 'survey',
            conductedOn,
            invited,
            responses,
            responseRate: 0.75,
            findings,
            scale: 'satisfaction',
            score,
            at,
          },
        },
      ]);
  });

  it('records the results of a channel without a scale, with no score', () => {
    const { score: _, ...data } = s.results.data;
    consultationSpec
      .given(unscored)
      .when({ ...s.results, data })
      .then([
        {
          type: 'ConsultationResultsRecorded',
          data: {
            consultationId: 'cons-survey',
            channel: 'interview',
            conductedOn: data.conductedOn,
            invited: 40,
            responses: 30,
            responseRate: 0.75,
            findings: data.findings,
            at: data.at,
          },
        },
      ]);
  });

  it('refuses results of a consultation never planned', () => {
    consultationSpec.given([]).when(s.results).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses results recorded twice', () => {
    consultationSpec
      .given(conducted)
      .when(results({ findings: [], at: minute(0, '2026-03-03') }))
      .then({ _tag: 'RuleBroken', rule: 'lifecycle', message: 'the results are already recorded (lifecycle)' });
  });

  it('refuses results conducted outside the window', () => {
    consultationSpec
      .given(planned)
      .when(results({ conductedOn: '2026-01-31' }))
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
    consultationSpec
      .given(planned)
      .when(results({ conductedOn: '2026-03-01' }))
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses results conducted after the day they are recorded', () => {
    consultationSpec
      .given(planned)
      .when(results({ conductedOn: '2026-02-20', at: minute(0, '2026-02-19') }))
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses more responses than people invited', () => {
    consultationSpec
      .given(planned)
      .when(results({ responses: 41 }))
      .then({ _tag: 'RuleBroken', rule: '9.3.2 e' });
  });

  it('refuses a consultation with a scale recorded without its score', () => {
    const { score: _, ...data } = s.results.data;
    consultationSpec
      .given(planned)
      .when({ ...s.results, data })
      .then({ _tag: 'RuleBroken', rule: '9.3.2 e' });
  });

  it('refuses a score where the consultation has no scale', () => {
    consultationSpec.given(unscored).when(s.results).then({ _tag: 'RuleBroken', rule: '9.3.2 e' });
  });

  it('refuses a score beyond its scale: satisfaction 1–5, NPS −100 to 100', () => {
    consultationSpec
      .given(planned)
      .when(results({ score: 5.5 }))
      .then({ _tag: 'RuleBroken', rule: '9.3.2 e', message: 'a satisfaction score is from 1 to 5, got 5.5 (9.3.2 e)' });
    const nps = historyOf(consultationDecider, [
      { ...s.plan, data: { ...s.plan.data, channel: 'poll', scale: 'nps' } },
    ]);
    consultationSpec
      .given(nps)
      .when(results({ score: -101 }))
      .then({ _tag: 'RuleBroken', rule: '9.3.2 e' });
  });

  it('refuses two findings with one id', () => {
    consultationSpec
      .given(planned)
      .when(
        results({
          findings: [
            { findingId: 'f-1', summary: 'one' },
            { findingId: 'f-1', summary: 'two' },
          ],
        }),
      )
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a finding with the id of a feedback item', () => {
    consultationSpec
      .given(historyOf(consultationDecider, [s.plan, s.feedback]))
      .when(results({ findings: [{ findingId: 'fb-keys', summary: 'keys' }] }))
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
