import { consultationSamples } from '@mgmt-review/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiId, type KpiReport } from './index.js';
import { createRecordsHistory, withData } from './testing/recordsHistory.js';

const series = (report: KpiReport, id: KpiId) => report.rows.map((row) => row.values[id].value);

/**
 * The customer survey (satisfaction scale): feedback `fb-keys` recorded 10 February, results 30 of
 * 40 (75 %) scoring 4.2 recorded 2 March, `fb-keys` linked to a requirement change on 5 March, its
 * finding taken into account with a reason on 6 March. A staff poll (NPS): feedback `fb-vpn`
 * recorded 15 March, results 10 of 20 (50 %) scoring 40 recorded 31 March late in the day,
 * `fb-vpn` taken into account with a reason on 2 April.
 */
describe('consultation response rate, satisfaction and NPS apart, feedback taken into account', () => {
  let monthly: KpiReport;
  beforeAll(async () => {
    const survey = consultationSamples('cons-survey');
    const poll = consultationSamples('cons-poll');
    const history = createRecordsHistory();
    await history.send(
      survey.plan,
      withData(poll.plan, { channel: 'poll', scale: 'nps', window: { opensOn: '2026-03-01', closesOn: '2026-03-31' } }),
      survey.feedback,
      survey.results,
      survey.linkFeedback,
      survey.finding,
      withData(poll.feedback, { feedbackId: 'fb-vpn', requirementId: undefined, at: '2026-03-15T09:00:00Z' }),
      withData(poll.results, {
        conductedOn: '2026-03-31',
        invited: 20,
        responses: 10,
        findings: [],
        score: 40,
        at: '2026-03-31T23:59:00Z',
      }),
      withData(poll.finding, { itemId: 'fb-vpn', at: '2026-04-02T09:00:00Z' }),
    );
    monthly = computeKpis(await history.kpis(), { from: '2026-01-01', to: '2026-04-30', period: 'month' });
  });

  it('the response rate is the mean of the results recorded in the period', () => {
    expect(series(monthly, 'consultationResponseRate')).toEqual([null, null, 62.5, null]);
  });

  it('satisfaction (1–5) and the Net Promoter Score are means of their own results, never mixed', () => {
    expect(series(monthly, 'satisfactionScore')).toEqual([null, null, 4.2, null]);
    expect(series(monthly, 'netPromoterScore')).toEqual([null, null, 40, null]);
  });

  it('the share of the feedback recorded by period end that was taken into account by then', () => {
    expect(series(monthly, 'feedbackTakenIntoAccount')).toEqual([null, 0, 50, 100]);
    expect(monthly.rows[2]!.values.feedbackTakenIntoAccount.breakdown).toEqual({
      feedback: { recorded: 2, takenIntoAccount: 1, linked: 1, withReason: 0, awaiting: 1 },
    });
    expect(monthly.rows[3]!.values.feedbackTakenIntoAccount.breakdown).toEqual({
      feedback: { recorded: 2, takenIntoAccount: 2, linked: 1, withReason: 1, awaiting: 0 },
    });
  });
});
