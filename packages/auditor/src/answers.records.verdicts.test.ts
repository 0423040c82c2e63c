import {
  auditSamples,
  climateSamples,
  consultationSamples,
  contextIssueSamples,
  improvementSamples,
  indicatorSamples,
  interestedPartySamples,
  objectiveSamples,
  samplePeople as people,
  reviewSamples,
} from '@mgmt-review/core/testing';
import { describe, expect, it } from 'vitest';
import type { AuditorAnswer } from './answer.js';
import type { AuditResultsDetails } from './answers/auditResultsConsidered.js';
import type { ClimateDecidedDetails } from './answers/climateDecided.js';
import type { ImprovementLogDetails } from './answers/improvementLog.js';
import type { ObjectivesMonitoredDetails } from './answers/objectivesMonitored.js';
import type { StakeholdersDetails } from './answers/stakeholdersConsulted.js';
import { askAuditor } from './ask.js';
import type { QuestionId } from './questions.js';
import { holdReview, type RecordsHistory, recordsHistory, type SampleCommand } from './testing/recordsHistory.js';

/**
 * Verdicts of the questions on the records a review rests on, over histories written command by
 * command through the facade (each one a command the rules accept), asked as recorded by a moment.
 */

const ask = async <D>(history: RecordsHistory, question: QuestionId, moment: string) =>
  (await askAuditor(history.tenant, question, {
    asOf: { recordedAt: moment },
  })) as AuditorAnswer<D>;

const cites = (answer: AuditorAnswer, type: string, streamId?: string) =>
  answer.evidence.some((e) => e.type === type && (streamId === undefined || e.streamId === streamId));

describe('objectives monitored and their fulfilment reviewed (6.2, 9.3.2 d4)', () => {
  const measuredObjective = async (history: RecordsHistory) => {
    const indicator = indicatorSamples();
    const objective = objectiveSamples();
    await history.send(indicator.define);
    await history.send(objective.set);
    await history.send(indicator.record('2026-06', 3));
    await history.send(objective.evaluate(3));
  };

  it('with no objective recorded, it is not yet applicable and cites the d4 the last review presented as text', async () => {
    const history = recordsHistory();
    await holdReview(history, { reviewId: 'MR-1', day: '2026-07-20', presented: ['d4'] });
    const a = await ask(history, 'objectives-monitored', '2026-08-01T00:00:00Z');
    expect(a.verdict).toBe('not-yet-applicable');
    expect(a.sentence).toContain('No information-security objective has been recorded yet');
    expect(a.sentence).toContain('presented input d4 as text only');
    expect(a.evidence.map((e) => e.type)).toEqual(['InputPresented']);
  });

  it('every objective pursued evaluated within the cycle, and d4 presented at the last review, is yes', async () => {
    const history = recordsHistory();
    await measuredObjective(history);
    await holdReview(history, { reviewId: 'MR-1', day: '2026-07-20', presented: ['d4'] });
    const a = await ask<ObjectivesMonitoredDetails>(history, 'objectives-monitored', '2026-08-01T00:00:00Z');
    expect(a.verdict).toBe('yes');
    expect(a.details).toMatchObject({ pursued: 1, evaluatedInCycle: 1, notEvaluated: [], overdue: [] });
    expect(a.details.objectives[0]).toMatchObject({
      measuredBy: 'target',
      progress: 'onTrack',
      indicator: { indicatorId: 'ind-incidents', defined: true, latestPeriod: '2026-06' },
    });
    expect(a.sentence).toContain('fulfilment (d4) presented in MR-1 (2026-07-20)');
    for (const type of ['ObjectiveSet', 'ObjectiveProgressEvaluated', 'MeasurementRecorded', 'InputPresented'])
      expect(cites(a, type), type).toBe(true);
  });

  it('an objective never evaluated and past its due date is named, and the answer is partial', async () => {
    const history = recordsHistory();
    await measuredObjective(history);
    await history.send(objectiveSamples('obj-jobs').setJudged, { dueDate: '2026-06-30' });
    await holdReview(history, { reviewId: 'MR-1', day: '2026-07-20', presented: ['d4'] });
    const a = await ask<ObjectivesMonitoredDetails>(history, 'objectives-monitored', '2026-08-01T00:00:00Z');
    expect(a.verdict).toBe('partial');
    expect(a.details.notEvaluated).toEqual(['obj-jobs']);
    expect(a.details.overdue).toEqual(['obj-jobs']);
    expect(a.sentence).toContain('not evaluated within the cycle: obj-jobs');
    expect(a.sentence).toContain('past their due date: obj-jobs (due 2026-06-30)');
  });

  it('no objective evaluated, and d4 justified as not covered at the last review, is no', async () => {
    const history = recordsHistory();
    await history.send(objectiveSamples().set);
    await holdReview(history, { reviewId: 'MR-1', day: '2026-07-20', presented: [], notCovered: { d4: 'next time' } });
    const a = await ask(history, 'objectives-monitored', '2026-08-01T00:00:00Z');
    expect(a.verdict).toBe('no');
    expect(a.sentence).toContain('fulfilment of objectives (d4) justified as not covered in MR-1 (2026-07-20)');
  });

  it('a revision makes the evaluation before it lapse: the objective is named as not evaluated since', async () => {
    const history = recordsHistory();
    await measuredObjective(history);
    await history.send(objectiveSamples().revise, { at: '2026-07-15T09:00:00Z' });
    await holdReview(history, { reviewId: 'MR-1', day: '2026-07-20', presented: ['d4'] });
    const a = await ask<ObjectivesMonitoredDetails>(history, 'objectives-monitored', '2026-08-01T00:00:00Z');
    expect(a.verdict).toBe('partial');
    expect(a.details.objectives[0]).toMatchObject({ evaluation: 'sinceRevision', progress: undefined });
    expect(cites(a, 'ObjectiveProgressEvaluated')).toBe(false);
  });
});

describe('audit results considered in the review (9.2, 9.3.2 d3)', () => {
  /** An audit reported on `reportedOn`, with one nonconformity finding whose NonConformity is raised (or not). */
  const reportedAudit = async (
    history: RecordsHistory,
    audit: { readonly auditId: string; readonly reportedOn: string; readonly raise?: boolean },
  ) => {
    const s = auditSamples(audit.auditId);
    const nonConformityId = `nc-${audit.auditId}`;
    await history.send(s.plan, { at: '2026-04-01T09:00:00Z' });
    await history.send(s.start);
    if (audit.raise !== false) {
      await history.send({
        type: 'RaiseNonConformity',
        actor: people.auditor,
        data: {
          nonConformityId,
          source: 'internalAudit',
          sourceReference: audit.auditId,
          auditId: audit.auditId,
          severity: 'minor',
          requirement: 'A.5.18',
          description: 'leavers keep their access for up to 30 days',
          owner: people.itLead,
          at: '2026-05-05T10:00:00Z',
        },
      } as SampleCommand);
    }
    await history.send(s.finding('nonconformity'), { nonConformityId });
    await history.send(s.report, {
      reportReference: `AR-${audit.auditId}`,
      reportedOn: audit.reportedOn,
      at: `${audit.reportedOn}T15:00:00Z`,
    });
  };

  it('with audits planned and none reported, it is not yet applicable', async () => {
    const history = recordsHistory();
    await history.send(auditSamples().plan);
    await holdReview(history, { reviewId: 'MR-1', day: '2026-07-20', presented: ['d3'] });
    const a = await ask(history, 'audit-results-considered', '2026-08-01T00:00:00Z');
    expect(a.verdict).toBe('not-yet-applicable');
    expect(a.sentence).toContain('No audit has been reported yet');
  });

  it('an audit reported before the review that presented d3, its nonconformity raised, is yes', async () => {
    const history = recordsHistory();
    await reportedAudit(history, { auditId: 'au-1', reportedOn: '2026-05-12' });
    await holdReview(history, {
      reviewId: 'MR-1',
      day: '2026-07-20',
      presented: ['d3'],
      references: { d3: ['AR-au-1'] },
    });
    const a = await ask<AuditResultsDetails>(history, 'audit-results-considered', '2026-08-01T00:00:00Z');
    expect(a.verdict).toBe('yes');
    expect(a.details.audits[0]).toMatchObject({
      auditId: 'au-1',
      reviewId: 'MR-1',
      consideration: 'considered',
      reportCited: true,
      nonConformities: [{ findingId: 'f-1', nonConformityId: 'nc-au-1', raised: true }],
    });
    for (const type of ['AuditReported', 'AuditFindingRecorded', 'NonConformityRaised', 'InputPresented'])
      expect(cites(a, type), type).toBe(true);
  });

  it('a reported audit the review after it did not consider is named: no when it is the only one, partial beside one considered', async () => {
    const history = recordsHistory();
    await reportedAudit(history, { auditId: 'au-1', reportedOn: '2026-05-12' });
    await holdReview(history, { reviewId: 'MR-1', day: '2026-07-20', presented: [], notCovered: { d3: 'later' } });
    const only = await ask<AuditResultsDetails>(history, 'audit-results-considered', '2026-08-01T00:00:00Z');
    expect(only.verdict).toBe('no');
    expect(only.details.notConsidered).toEqual(['au-1']);
    expect(only.sentence).toContain('au-1 (AR-au-1, MR-1 justified d3 as not covered)');
    await reportedAudit(history, { auditId: 'au-2', reportedOn: '2026-09-01' });
    await holdReview(history, { reviewId: 'MR-2', day: '2026-10-20', presented: ['d3'] });
    const both = await ask<AuditResultsDetails>(history, 'audit-results-considered', '2026-11-01T00:00:00Z');
    expect(both.verdict).toBe('partial');
    expect(both.details.considered).toEqual(['au-2']);
    expect(both.details.notConsidered).toEqual(['au-1']);
  });

  it('an audit reported since the last review awaits the next one; a nonconformity with no NonConformity recorded is named', async () => {
    const history = recordsHistory();
    await reportedAudit(history, { auditId: 'au-1', reportedOn: '2026-05-12' });
    await holdReview(history, { reviewId: 'MR-1', day: '2026-07-20', presented: ['d3'] });
    await reportedAudit(history, { auditId: 'au-2', reportedOn: '2026-09-01', raise: false });
    const a = await ask<AuditResultsDetails>(history, 'audit-results-considered', '2026-09-10T00:00:00Z');
    expect(a.details.awaitingReview).toEqual(['au-2']);
    expect(a.sentence).toContain('au-2 awaiting the next review');
    expect(a.details.nonConformitiesMissing).toEqual(['au-2/f-1']);
    expect(a.verdict).toBe('partial');
  });
});

describe('the continual-improvement log followed to decisions and results (10.1, 9.3.2 g)', () => {
  const evaluated = async (history: RecordsHistory, opportunityId: string) => {
    const s = improvementSamples(opportunityId);
    await history.send(s.log);
    await history.send(s.evaluate);
    return s;
  };

  it('with no opportunity logged, it is not yet applicable and cites input g', async () => {
    const history = recordsHistory();
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['g'] });
    const a = await ask(history, 'improvement-log', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('not-yet-applicable');
    expect(a.sentence).toContain('No opportunity for improvement has been logged yet');
  });

  it('adopted by a recorded review decision and realised, deferred to a day ahead, rejected with a reason: yes', async () => {
    const history = recordsHistory();
    const adopted = await evaluated(history, 'imp-automate');
    const deferred = await evaluated(history, 'imp-siem');
    const rejected = await evaluated(history, 'imp-tool');
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['g'], decisionIds: ['dec-1'] });
    await history.send(adopted.adopt, { actionIds: [], at: '2026-03-31T12:00:00Z' });
    await history.send(deferred.defer, { at: '2026-03-31T12:00:00Z' });
    await history.send(rejected.reject, { at: '2026-03-31T12:00:00Z' });
    await history.send(adopted.realise);
    const a = await ask<ImprovementLogDetails>(history, 'improvement-log', '2026-07-10T00:00:00Z');
    expect(a.verdict).toBe('yes');
    expect(a.details).toMatchObject({ adopted: 1, realised: 1, deferred: 1, rejected: 1, undecided: [] });
    expect(a.details.opportunities[0]?.adoptedBy).toEqual({
      reviewId: 'r1',
      decisionId: 'dec-1',
      decisionRecorded: true,
    });
    for (const type of [
      'ImprovementOpportunityAdopted',
      'ImprovementOpportunityRealised',
      'ImprovementOpportunityDeferred',
      'ImprovementOpportunityRejected',
    ])
      expect(cites(a, type), type).toBe(true);
    const past = await ask<ImprovementLogDetails>(history, 'improvement-log', '2026-10-05T00:00:00Z');
    expect(past.verdict).toBe('partial');
    expect(past.details.revisitPast).toEqual(['imp-siem']);
    expect(past.sentence).toContain('past the day to revisit them: imp-siem (2026-09-30)');
  });

  it('none decided though a review was held after they were logged is no; one logged since is awaiting', async () => {
    const history = recordsHistory();
    await evaluated(history, 'imp-automate');
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['g'] });
    await history.send(improvementSamples('imp-late').log, { at: '2026-04-02T09:00:00Z' });
    const a = await ask<ImprovementLogDetails>(history, 'improvement-log', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('no');
    expect(a.details.undecided).toEqual(['imp-automate']);
    expect(a.details.awaiting).toEqual(['imp-late']);
    expect(a.sentence).toContain('no decision on imp-automate');
  });

  it('with no review held yet, an opportunity without a decision awaits the first one: partial, none decided yet', async () => {
    const history = recordsHistory();
    await evaluated(history, 'imp-automate');
    const a = await ask<ImprovementLogDetails>(history, 'improvement-log', '2026-02-10T00:00:00Z');
    expect(a.verdict).toBe('partial');
    expect(a.details.awaiting).toEqual(['imp-automate']);
    expect(a.sentence).toContain('none decided yet');
  });

  it('an adoption naming a decision the review did not record is named', async () => {
    const history = recordsHistory();
    const s = await evaluated(history, 'imp-automate');
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['g'] });
    await history.send(s.adopt, { actionIds: [], at: '2026-03-31T12:00:00Z' });
    const a = await ask<ImprovementLogDetails>(history, 'improvement-log', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('partial');
    expect(a.details.decisionNotRecorded).toEqual(['imp-automate']);
  });
});

describe('the climate-change question decided (4.1, Amd 1:2024)', () => {
  it('with no decision recorded, it is not yet applicable and cites input b', async () => {
    const history = recordsHistory();
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['b'] });
    const a = await ask(history, 'climate-decided', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('not-yet-applicable');
    expect(a.sentence).toContain('No decision on whether climate change is a relevant issue has been recorded yet');
    expect(cites(a, 'InputPresented')).toBe(true);
  });

  it('decided relevant for the last review, naming a current context issue, is yes with its rationale', async () => {
    const history = recordsHistory();
    await history.send(contextIssueSamples('ctx-heat').raise);
    await history.send(climateSamples('r1').relevant);
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['b'] });
    const a = await ask<ClimateDecidedDetails>(history, 'climate-decided', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('yes');
    expect(a.details.decision).toMatchObject({
      reviewId: 'r1',
      relevant: true,
      contextIssues: [{ contextIssueId: 'ctx-heat', current: true }],
      presentedAs: 'presented',
    });
    expect(a.sentence).toContain('heat waves put the cooling of the data centre at risk');
    expect(cites(a, 'ClimateDecisionRecorded', 'context-climate')).toBe(true);
  });

  it('a revision stands for its cycle; decided for the review being prepared counts too', async () => {
    const history = recordsHistory();
    await history.send(reviewSamples('r1').schedule);
    await history.send(climateSamples('r1').notRelevant);
    await history.send(climateSamples('r1').revised);
    const a = await ask<ClimateDecidedDetails>(history, 'climate-decided', '2026-03-25T00:00:00Z');
    expect(a.verdict).toBe('yes');
    expect(a.details.decision?.revisionReason).toBe('the data centre migration was completed');
    expect(a.details.decision?.presentedAs).toBeUndefined();
  });

  it('relevant, naming a context issue since retired, is partial', async () => {
    const history = recordsHistory();
    const issue = contextIssueSamples('ctx-heat');
    await history.send(issue.raise);
    await history.send(climateSamples('r1').relevant);
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['b'] });
    await history.send(issue.retire);
    const a = await ask(history, 'climate-decided', '2026-06-10T00:00:00Z');
    expect(a.verdict).toBe('partial');
    expect(a.sentence).toContain('ctx-heat is not a current context issue');
  });

  it('decided only for a review of an earlier cycle is no', async () => {
    const history = recordsHistory();
    await holdReview(history, { reviewId: 'r0', day: '2025-02-20', presented: ['b'] });
    await history.send(climateSamples('r0').notRelevant, { at: '2025-02-20T11:00:00Z' });
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['b'] });
    const a = await ask<ClimateDecidedDetails>(history, 'climate-decided', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('no');
    expect(a.details.earlier).toEqual({ reviewId: 'r0', decidedOn: '2025-02-20' });
  });
});

describe('stakeholders consulted and their needs taken into account, on the consultations of the cycle', () => {
  /** The bank and staff registered, the bank's requirement changed, and the survey planned and conducted. */
  const surveyed = async (history: RecordsHistory, withFeedback = true) => {
    const bank = interestedPartySamples('ip-bank');
    await history.send(bank.register);
    await history.send(interestedPartySamples('ip-staff').register, { name: 'Staff', kind: 'employee' });
    await history.send(bank.recordAddressed);
    await history.send(bank.change);
    const survey = consultationSamples();
    await history.send(survey.plan);
    if (withFeedback) await history.send(survey.feedback);
    await history.send(survey.results);
    return survey;
  };

  it('consulted within the cycle, every item taken into account, inputs c and e presented: yes', async () => {
    const history = recordsHistory();
    const survey = await surveyed(history);
    await history.send(survey.linkFeedback);
    await history.send(survey.finding);
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['c', 'e'] });
    const a = await ask<StakeholdersDetails>(history, 'stakeholders-consulted', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('yes');
    expect(a.details.consultations).toMatchObject([
      { consultationId: 'cons-survey', channel: 'survey', conductedOn: '2026-02-28', responses: 30, invited: 40 },
    ]);
    expect(a.details.feedback.map((f) => [f.itemId, f.handling])).toEqual([
      ['fb-keys', 'linked'],
      ['f-notices', 'reason'],
    ]);
    expect(a.details.requirementChanges.map((c) => c.change)).toEqual(['recorded', 'changed']);
    expect(a.sentence).toContain('consulted by survey of Major customer: a retail bank and Staff on 2026-02-28');
    expect(a.sentence).toContain('1 taken into account with a link, 1 with a reason');
    for (const type of [
      'ConsultationResultsRecorded',
      'FeedbackTakenIntoAccount',
      'RequirementChanged',
      'InputPresented',
    ])
      expect(cites(a, type), type).toBe(true);
  });

  it('a feedback item still pending after the review is named, and the answer is partial', async () => {
    const history = recordsHistory();
    const survey = await surveyed(history);
    await history.send(survey.finding);
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['c', 'e'] });
    const a = await ask<StakeholdersDetails>(history, 'stakeholders-consulted', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('partial');
    expect(a.details.pending).toEqual(['cons-survey/fb-keys']);
    expect(a.sentence).toContain('1 pending (cons-survey/fb-keys)');
    expect(cites(a, 'FeedbackRecorded')).toBe(true);
  });

  it('a feedback item that came in since the last review awaits the next one and is not counted against it', async () => {
    const history = recordsHistory();
    const survey = await surveyed(history, false);
    await history.send(survey.finding);
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['c', 'e'] });
    await history.send(survey.feedback, { at: '2026-04-02T08:00:00Z' });
    const a = await ask<StakeholdersDetails>(history, 'stakeholders-consulted', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('yes');
    expect(a.details.pending).toEqual([]);
    expect(a.sentence).toContain('1 awaiting the next review');
  });

  it('inputs c and e presented with no consultation recorded in the cycle is partial', async () => {
    const history = recordsHistory();
    await holdReview(history, { reviewId: 'r1', day: '2026-03-31', presented: ['c', 'e'] });
    const a = await ask(history, 'stakeholders-consulted', '2026-04-10T00:00:00Z');
    expect(a.verdict).toBe('partial');
    expect(a.sentence).toContain('no consultation of interested parties recorded in the cycle');
  });
});
