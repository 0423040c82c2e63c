import {
  type ActionEvent,
  actionEventDefinitions,
  dayOf,
  type ManagementReviewEvent,
  type NonConformityEvent,
  nonConformityEventDefinitions,
  type ReviewEvent,
  type RiskEvent,
  reviewEventDefinitions,
  riskEventDefinitions,
} from '@mgmt-review/core';
import type { Projection, RecordedEvent } from '@mgmt-review/eventsourcing';
import { initialKpiState, type KpiActionRecord, type KpiRiskSnapshot, type KpiState } from './state.js';

const applyReview = (state: KpiState, event: ReviewEvent, day: string): void => {
  if (event.type === 'ReviewScheduled') {
    state.reviews.set(event.data.reviewId, {
      firstPlannedDate: event.data.plannedDate,
      heldOn: undefined,
      cancelledOn: undefined,
      agendaSize: event.data.agenda.length,
      presented: 0,
    });
    return;
  }
  const r = state.reviews.get(event.data.reviewId);
  if (r === undefined) return;
  if (event.type === 'MeetingOpened') r.heldOn = day;
  else if (event.type === 'InputPresented') r.presented += 1;
  else if (event.type === 'ReviewCancelled') r.cancelledOn = day;
};

const dueDateOn = (a: KpiActionRecord): string => a.dueDates[a.dueDates.length - 1]!.dueDate;

const applyAction = (state: KpiState, event: ActionEvent, day: string): void => {
  if (event.type === 'ActionRaised') {
    const d = event.data;
    state.actions.set(d.actionId, {
      raisedOn: day,
      corrective: d.origin === 'nonConformity' || state.plannedCorrective.has(d.actionId),
      statuses: [{ day, status: 'open' }],
      dueDates: [{ day, dueDate: d.dueDate }],
      slips: [],
      completedOn: undefined,
      closedOn: undefined,
      closedOnTime: false,
      verifiedOn: [],
    });
    return;
  }
  const a = state.actions.get(event.data.actionId);
  if (a === undefined) return;
  switch (event.type) {
    case 'ActionStarted':
      a.statuses.push({ day, status: 'inProgress' });
      return;
    case 'ActionDueDateChanged':
      if (event.data.dueDate > event.data.previousDueDate) a.slips.push(day);
      a.dueDates.push({ day, dueDate: event.data.dueDate });
      return;
    case 'ActionCompleted':
      a.completedOn = day;
      a.statuses.push({ day, status: 'completed' });
      return;
    case 'ActionVerified':
      a.verifiedOn.push(day);
      a.statuses.push({ day, status: 'verified' });
      return;
    case 'ActionClosed':
      a.closedOn = day;
      a.closedOnTime = a.completedOn !== undefined && a.completedOn <= dueDateOn(a);
      a.statuses.push({ day, status: 'closed' });
      return;
    case 'ActionReopened':
      a.completedOn = undefined;
      a.statuses.push({ day, status: 'inProgress' });
      return;
    case 'ActionCancelled':
      a.statuses.push({ day, status: 'cancelled' });
      return;
    default:
      return;
  }
};

const applyNonConformity = (state: KpiState, event: NonConformityEvent, day: string): void => {
  if (event.type === 'NonConformityRaised') {
    state.nonConformities.set(event.data.nonConformityId, {
      severity: event.data.severity,
      source: event.data.source,
      raisedOn: day,
      cycles: [{ startedOn: day, closedOn: undefined, effectivenessVerified: false }],
    });
    return;
  }
  if (event.type === 'CorrectiveActionsPlanned') {
    for (const planned of event.data.actions) {
      state.plannedCorrective.add(planned.actionId);
      const action = state.actions.get(planned.actionId);
      if (action !== undefined) action.corrective = true;
    }
  }
  const n = state.nonConformities.get(event.data.nonConformityId);
  if (n === undefined) return;
  const cycle = n.cycles[n.cycles.length - 1]!;
  if (event.type === 'NonConformityEffectivenessVerified' && event.data.effective) cycle.effectivenessVerified = true;
  else if (event.type === 'NonConformityClosed') cycle.closedOn = day;
  else if (event.type === 'NonConformityReopened') {
    n.cycles.push({ startedOn: day, closedOn: undefined, effectivenessVerified: false });
  }
};

/** The snapshot after `event`, written out in full from the one before it. */
const nextSnapshot = (s: KpiRiskSnapshot, event: RiskEvent, day: string): KpiRiskSnapshot | undefined => {
  switch (event.type) {
    case 'RiskAssessed':
    case 'RiskReassessed':
      // A (re)assessment starts the treatment over: approval, residual risk and acceptance lapse.
      return {
        day,
        assessed: true,
        retired: false,
        inherentScore: event.data.score,
        residualScore: undefined,
        appetite: event.data.appetite,
        planApproved: false,
        acceptanceExpiresOn: undefined,
      };
    case 'TreatmentDecided':
      return {
        day,
        assessed: s.assessed,
        retired: false,
        inherentScore: s.inherentScore,
        residualScore: undefined,
        appetite: s.appetite,
        planApproved: false,
        acceptanceExpiresOn: undefined,
      };
    case 'TreatmentPlanApproved':
      return {
        day,
        assessed: s.assessed,
        retired: false,
        inherentScore: s.inherentScore,
        residualScore: s.residualScore,
        appetite: s.appetite,
        planApproved: true,
        acceptanceExpiresOn: s.acceptanceExpiresOn,
      };
    case 'ResidualRiskAssessed':
      return {
        day,
        assessed: s.assessed,
        retired: false,
        inherentScore: s.inherentScore,
        residualScore: event.data.score,
        appetite: s.appetite,
        planApproved: s.planApproved,
        acceptanceExpiresOn: undefined,
      };
    case 'ResidualRiskAccepted':
      return {
        day,
        assessed: s.assessed,
        retired: false,
        inherentScore: s.inherentScore,
        residualScore: s.residualScore,
        appetite: s.appetite,
        planApproved: s.planApproved,
        acceptanceExpiresOn: event.data.expiresOn,
      };
    case 'RiskRetired':
      return {
        day,
        assessed: s.assessed,
        retired: true,
        inherentScore: s.inherentScore,
        residualScore: s.residualScore,
        appetite: s.appetite,
        planApproved: s.planApproved,
        acceptanceExpiresOn: s.acceptanceExpiresOn,
      };
    default:
      return undefined;
  }
};

const applyRisk = (state: KpiState, event: RiskEvent, day: string): void => {
  if (event.type === 'RiskIdentified') {
    state.risks.set(event.data.riskId, [
      {
        day,
        assessed: false,
        retired: false,
        inherentScore: 0,
        residualScore: undefined,
        appetite: 0,
        planApproved: false,
        acceptanceExpiresOn: undefined,
      },
    ]);
    return;
  }
  const snapshots = state.risks.get(event.data.riskId);
  if (snapshots === undefined) return;
  const next = nextSnapshot(snapshots[snapshots.length - 1]!, event, day);
  if (next !== undefined) snapshots.push(next);
};

type Aggregate = 'review' | 'action' | 'nonConformity' | 'risk';

/** The aggregate of each event type, so one lookup routes an event. */
const aggregateOf: ReadonlyMap<string, Aggregate> = new Map<string, Aggregate>([
  ...reviewEventDefinitions.map((d) => [d.type, 'review'] as const),
  ...actionEventDefinitions.map((d) => [d.type, 'action'] as const),
  ...nonConformityEventDefinitions.map((d) => [d.type, 'nonConformity'] as const),
  ...riskEventDefinitions.map((d) => [d.type, 'risk'] as const),
]);

/**
 * The facts behind the trend KPIs of one tenant, as one pure fold. Run it one-off (`replay`,
 * optionally `asOf`), checkpointed (`createProjectionRunner`) or live; read it with `computeKpis`.
 * `apply` updates the state in place and reads no clock.
 */
export const kpiProjection: Projection<KpiState, ManagementReviewEvent> = {
  name: 'mgmt-review.kpis',
  version: 1,
  initial: initialKpiState,
  apply: (state, event: RecordedEvent<ManagementReviewEvent>) => {
    const day = dayOf(event.data.at);
    switch (aggregateOf.get(event.type)) {
      case 'review':
        applyReview(state, event as unknown as ReviewEvent, day);
        break;
      case 'action':
        applyAction(state, event as unknown as ActionEvent, day);
        break;
      case 'nonConformity':
        applyNonConformity(state, event as unknown as NonConformityEvent, day);
        break;
      case 'risk':
        applyRisk(state, event as unknown as RiskEvent, day);
        break;
    }
    return state;
  },
};
