import { type AuditorAnswer, answerOf, listed, plural, verdictWord } from '../answer.js';
import { currentCycle, firstHeldFrom, inCycle, inputStanding } from '../cycle.js';
import { distinctEvidence, type Evidence } from '../evidence.js';
import { inputFedBy } from '../inputFedBy.js';
import { noRecordsYet } from '../noRecordsYet.js';
import type { AuditorState, AuditRecord } from '../state.js';

/** The input the audits feed (d3). */
const auditResultsInputId = inputFedBy('audits');

/** How one audit reported within the cycle was considered. */
export interface ReportedAudit {
  readonly auditId: string;
  readonly programmeId: string;
  readonly kind: AuditRecord['kind'];
  readonly reportReference: string;
  readonly reportedOn: string;
  readonly findings: number;
  /** Its nonconformity findings, each with the NonConformity raised for it, if that is recorded. */
  readonly nonConformities: readonly {
    readonly findingId: string;
    readonly nonConformityId: string | undefined;
    readonly raised: boolean;
  }[];
  /** The first review held on or after the report: the one that was to consider it (9.3.2 d3). */
  readonly reviewId: string | undefined;
  /**
   * `considered`: that review presented input d3; `notCovered`: it justified d3 as not covered;
   * `notAddressed`: it did not address d3; `awaitingReview`: no review held since the report.
   */
  readonly consideration: 'considered' | 'notCovered' | 'notAddressed' | 'awaitingReview';
  /** Whether the d3 presented cites the report's reference. */
  readonly reportCited: boolean;
}

/** The details of question 12: the audits reported within the cycle and how each was considered. */
export interface AuditResultsDetails {
  readonly reviewId: string | undefined;
  /** Audits planned or performed in the cycle (by their window), against those reported. */
  readonly planned: number;
  readonly audits: readonly ReportedAudit[];
  readonly considered: readonly string[];
  readonly notConsidered: readonly string[];
  readonly awaitingReview: readonly string[];
  /** Nonconformity findings with no NonConformity recorded. */
  readonly nonConformitiesMissing: readonly string[];
}

/**
 * 12. Were audit results considered in the review (9.2, 9.3.2 d3)? Over the audits reported
 * within the cycle: each nonconformity found has its NonConformity raised, and the first review
 * held after the report presented input d3. `yes` when every audit reported before the last review
 * was considered there and every nonconformity raised, `no` when none was considered, `partial`
 * otherwise; the reported audits the review did not consider are named, and those reported since
 * the last review are listed as awaiting the next one.
 */
export const auditResultsConsidered = (state: AuditorState, now: string): AuditorAnswer<AuditResultsDetails> => {
  const cycle = currentCycle(state, now);
  const last = cycle.last;
  const all = [...state.audits.values()];
  const reported = all.filter((a) => a.report !== undefined && inCycle(cycle, a.report.reportedOn));
  const audits = reported.map((a): ReportedAudit => {
    const report = a.report!;
    const review = firstHeldFrom(state, report.reportedOn);
    const presented = review?.inputs.get(auditResultsInputId);
    const standing = review === undefined ? 'awaitingReview' : inputStanding(review, auditResultsInputId);
    return {
      auditId: a.auditId,
      programmeId: a.programmeId,
      kind: a.kind,
      reportReference: report.reference,
      reportedOn: report.reportedOn,
      findings: a.findings.length,
      nonConformities: a.findings
        .filter((f) => f.kind === 'nonconformity')
        .map((f) => ({
          findingId: f.findingId,
          nonConformityId: f.nonConformityId,
          raised: f.nonConformityId !== undefined && state.nonConformities.has(f.nonConformityId),
        })),
      reviewId: review?.reviewId,
      consideration: standing === 'presented' ? 'considered' : standing,
      reportCited: presented?.kind === 'presented' && presented.references.includes(report.reference),
    };
  });
  const ids = (keep: (a: ReportedAudit) => boolean) => audits.filter(keep).map((a) => a.auditId);
  const details: AuditResultsDetails = {
    reviewId: last?.reviewId,
    planned: all.filter((a) => inCycle(cycle, a.window.from) || inCycle(cycle, a.window.to)).length,
    audits,
    considered: ids((a) => a.consideration === 'considered'),
    notConsidered: ids((a) => a.consideration === 'notCovered' || a.consideration === 'notAddressed'),
    awaitingReview: ids((a) => a.consideration === 'awaitingReview'),
    nonConformitiesMissing: audits.flatMap((a) =>
      a.nonConformities.filter((n) => !n.raised).map((n) => `${a.auditId}/${n.findingId}`),
    ),
  };
  if (all.every((a) => a.report === undefined)) {
    return noRecordsYet('audit-results-considered', now, {
      cycle,
      inputId: auditResultsInputId,
      noRecords: all.length === 0 ? 'No audit has been recorded yet' : 'No audit has been reported yet',
      details,
    });
  }
  const evidence: (Evidence | undefined)[] = [];
  for (const a of reported) {
    evidence.push(a.report?.evidence);
    for (const f of a.findings.filter((x) => x.kind === 'nonconformity')) {
      evidence.push(
        f.evidence,
        f.nonConformityId === undefined ? undefined : state.nonConformities.get(f.nonConformityId)?.raised,
      );
    }
  }
  for (const a of audits) {
    if (a.reviewId !== undefined)
      evidence.push(state.reviews.get(a.reviewId)?.inputs.get(auditResultsInputId)?.evidence);
  }
  if (reported.length === 0) {
    const latest = all
      .filter((a) => a.report !== undefined)
      .sort((a, b) => a.report!.reportedOn.localeCompare(b.report!.reportedOn))
      .at(-1)!;
    return answerOf('audit-results-considered', now, {
      verdict: 'no',
      sentence: `No: no audit was reported within the cycle; the last report was ${latest.report!.reference} of ${latest.auditId} on ${latest.report!.reportedOn}.`,
      details,
      evidence: [latest.report!.evidence],
    });
  }
  const due = audits.length - details.awaitingReview.length;
  const issues = [
    details.notConsidered.length > 0
      ? `not considered by the review after their report: ${listed(audits.filter((a) => details.notConsidered.includes(a.auditId)).map((a) => `${a.auditId} (${a.reportReference}, ${a.reviewId} ${a.consideration === 'notCovered' ? `justified ${auditResultsInputId} as not covered` : `did not address ${auditResultsInputId}`})`))}`
      : undefined,
    details.nonConformitiesMissing.length > 0
      ? `nonconformities found with no NonConformity recorded: ${listed(details.nonConformitiesMissing)}`
      : undefined,
  ].filter((i) => i !== undefined);
  if (due === 0 && issues.length === 0) {
    return answerOf('audit-results-considered', now, {
      verdict: 'not-yet-applicable',
      sentence: `${plural(audits.length, 'audit')} reported ${last === undefined ? 'before any review was held' : 'since the last review'} (${listed(details.awaitingReview)}), awaiting the next one.`,
      details,
      evidence: distinctEvidence(evidence),
    });
  }
  const verdict = issues.length === 0 ? 'yes' : due > 0 && details.considered.length === 0 ? 'no' : 'partial';
  const found = audits.reduce((n, a) => n + a.nonConformities.length, 0);
  const head = `${plural(audits.length, 'audit')} reported within the cycle (${details.planned} planned), ${details.considered.length} of ${due} due considered under input ${auditResultsInputId} at the review after the report; ${plural(found, 'nonconformity', 'nonconformities')} found, ${found - details.nonConformitiesMissing.length} raised`;
  const awaiting =
    details.awaitingReview.length > 0 ? `; ${listed(details.awaitingReview)} awaiting the next review` : '';
  return answerOf('audit-results-considered', now, {
    verdict,
    sentence: `${verdictWord(verdict)}: ${head}${awaiting}${issues.length > 0 ? `; ${listed(issues)}` : ''}.`,
    details,
    evidence: distinctEvidence(evidence),
  });
};
