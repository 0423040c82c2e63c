import type {
  ActionEvent,
  ManagementReviewEvent,
  NonConformityEvent,
  ReviewEvent,
  RiskEvent,
  VerdictAspect,
} from '@mgmt-review/core';

/**
 * The invariants of a history, checked on the events alone (not on a decider's state), so a
 * property test compares the deciders against an independent reading of the standard. Each
 * returns the problems found; an empty list means the history keeps the invariant.
 */

/** A closed review had approved minutes, every agenda input addressed, three verdicts, communicated results and a next review. */
export const closedReviewProblems = (events: readonly ReviewEvent[]): string[] => {
  const closedAt = events.findIndex((e) => e.type === 'ReviewClosed');
  if (closedAt < 0) return [];
  const before = events.slice(0, closedAt);
  const problems: string[] = [];
  const scheduled = before.find((e) => e.type === 'ReviewScheduled');
  const addressed = new Set(
    before.flatMap((e) => (e.type === 'InputPresented' || e.type === 'InputNotCovered' ? [e.data.inputId] : [])),
  );
  const agenda = scheduled?.type === 'ReviewScheduled' ? scheduled.data.agenda : [];
  for (const inputId of agenda) if (!addressed.has(inputId)) problems.push(`input ${inputId} not addressed`);
  const aspects = new Set<VerdictAspect>(before.flatMap((e) => (e.type === 'VerdictRecorded' ? [e.data.aspect] : [])));
  if (aspects.size !== 3) problems.push(`${aspects.size} verdicts`);
  if (!before.some((e) => e.type === 'MinutesApproved')) problems.push('minutes not approved');
  if (!before.some((e) => e.type === 'ResultsCommunicated')) problems.push('results not communicated');
  if (!before.some((e) => e.type === 'NextReviewScheduled')) problems.push('no next review');
  const after = events.slice(closedAt + 1).filter((e) => e.type !== 'ReviewCorrectionNoted');
  if (after.length > 0) problems.push(`${after.map((e) => e.type).join(', ')} after close`);
  return problems;
};

/**
 * Every close of a nonconformity follows, in the same cycle, an effective verification or a
 * justified no-action decision; and a major nonconformity is never left without corrective action.
 */
export const closedNonConformityProblems = (events: readonly NonConformityEvent[]): string[] => {
  const problems: string[] = [];
  let verified = false;
  let noAction = false;
  let major = false;
  for (const event of events) {
    if (event.type === 'NonConformityRaised') major = event.data.severity === 'major';
    if (event.type === 'NoCorrectiveActionDecided' && major)
      problems.push('a major nonconformity without corrective action');
    if (event.type === 'NonConformityEffectivenessVerified' && event.data.effective) verified = true;
    if (event.type === 'NoCorrectiveActionDecided') noAction = true;
    if (event.type === 'NonConformityReopened') {
      verified = false;
      noAction = false;
    }
    if (event.type === 'NonConformityClosed' && !verified && !noAction) problems.push(`closed at ${event.data.at}`);
  }
  return problems;
};

/** No action was verified by its owner. */
export const actionVerifiedByOwnerProblems = (events: readonly ActionEvent[]): string[] => {
  const raised = events.find((e) => e.type === 'ActionRaised');
  const owner = raised?.type === 'ActionRaised' ? raised.data.owner.id : undefined;
  return events.flatMap((e) =>
    e.type === 'ActionVerified' && e.data.verifiedBy === owner ? [`verified by its owner ${owner}`] : [],
  );
};

/** No residual risk above the appetite of its latest assessment was accepted without an exception. */
export const residualRiskProblems = (events: readonly RiskEvent[]): string[] => {
  let appetite = Number.POSITIVE_INFINITY;
  let residualScore: number | undefined;
  const problems: string[] = [];
  for (const e of events) {
    if (e.type === 'RiskAssessed' || e.type === 'RiskReassessed') {
      appetite = e.data.appetite;
      residualScore = undefined;
    }
    if (e.type === 'ResidualRiskAssessed') residualScore = e.data.likelihood * e.data.impact;
    if (e.type === 'ResidualRiskAccepted') {
      if (residualScore === undefined) problems.push('accepted without a residual assessment');
      else if (residualScore > appetite && e.data.exceptionJustification === undefined) {
        problems.push(`residual ${residualScore} above appetite ${appetite} accepted without exception`);
      }
    }
  }
  return problems;
};

/** All the invariants above, for a history of any aggregate. */
export const historyProblems = (events: readonly ManagementReviewEvent[]): string[] => [
  ...closedReviewProblems(events as ReviewEvent[]),
  ...closedNonConformityProblems(events as NonConformityEvent[]),
  ...actionVerifiedByOwnerProblems(events as ActionEvent[]),
  ...residualRiskProblems(events as RiskEvent[]),
];
