import { fc, test } from '@fast-check/vitest';
import {
  actionAggregate,
  auditAggregate,
  builtInCatalogues,
  consultationAggregate,
  contextIssueAggregate,
  type DomainContext,
  domainRegistry,
  improvementAggregate,
  indicatorAggregate,
  interestedPartyAggregate,
  type ManagementReviewEvent,
  nonConformityAggregate,
  objectiveAggregate,
  reviewAggregate,
  riskAggregate,
  riskStreamId,
} from '@mgmt-review/core';
import {
  categoryOf,
  type Decider,
  type DomainEvent,
  decodeOrThrow,
  type EventRegistry,
  foldProjection,
  type RecordedEvent,
  type StoredEvent,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { type KpiState, kpiProjection } from '@mgmt-review/kpis';
import { historySteps, writeHistory, writeSmallHistory } from '@mgmt-review/testing';
import { type ViewsState, viewsProjection } from '@mgmt-review/views';
import { describe, expect, it } from 'vitest';
import { auditorProjection } from './projection.js';
import type { AuditorState } from './state.js';

/**
 * The read models (views, KPIs, auditor) against the aggregates' own decider states, over random
 * valid histories of every aggregate: they report the status the decider holds, and none of them
 * shows a fact its life cycle says has lapsed.
 */

const runs = { numRuns: propertyRuns(30) };
const context: DomainContext = { catalogues: builtInCatalogues };

const storedOf = async (tenant: TenantEventStore): Promise<readonly StoredEvent[]> => {
  const stored: StoredEvent[] = [];
  for await (const batch of tenant.readAll()) stored.push(...batch);
  return stored;
};

/**
 * Each entity's status as its aggregate's decider state holds it: the entity's stream, decoded by
 * the aggregate's own registry and folded with its decider's `evolve`, read with `statusOf`.
 */
const heldStatuses = <S, E extends DomainEvent, Status extends string>(
  aggregate: {
    readonly category: string;
    readonly registry: EventRegistry<E>;
    readonly decider: (
      context: DomainContext,
    ) => Pick<Decider<unknown, S, RecordedEvent<E>>, 'initialState' | 'evolve'>;
    readonly entityOf: (event: RecordedEvent<E>) => string;
    readonly statusOf: (state: S) => Status;
  },
  stored: readonly StoredEvent[],
): ReadonlyMap<string, Status> => {
  const decider = aggregate.decider(context);
  const states = new Map<string, S>();
  for (const event of stored) {
    if (categoryOf(event.streamId) !== aggregate.category) continue;
    const decoded = decodeOrThrow(aggregate.registry, event);
    const id = aggregate.entityOf(decoded);
    states.set(id, decider.evolve(states.get(id) ?? decider.initialState, decoded));
  }
  return new Map([...states].map(([id, state]) => [id, aggregate.statusOf(state)]));
};

const statusesOf = <R, Status>(records: ReadonlyMap<string, R>, status: (record: R) => Status) =>
  new Map([...records].map(([id, record]) => [id, status(record)]));

/** The views' status of each context entity: every issue, and the climate entity once it has a decision. */
const contextStatusesOf = (views: ViewsState) => {
  const statuses = statusesOf(views.context.issues, (i) => i.status);
  if (views.context.climate.status !== 'none') statuses.set('climate', views.context.climate.status);
  return statuses;
};

interface ReadModels {
  readonly views: ViewsState;
  readonly kpis: KpiState;
  readonly auditor: AuditorState;
}

const readModelsOf = (events: readonly RecordedEvent<ManagementReviewEvent>[]): ReadModels => ({
  views: foldProjection(viewsProjection, events),
  kpis: foldProjection(kpiProjection, events),
  auditor: foldProjection(auditorProjection, events),
});

/**
 * What no read model may show once a fact has lapsed, in the standard's words: each finding names
 * the event, the entity and what a read model still showed.
 */
const lapsedButShown = (m: ReadModels, event: RecordedEvent<ManagementReviewEvent>): string[] => {
  const shown: string[] = [];
  const check = (what: string, stillShown: boolean) => {
    if (stillShown) shown.push(`after ${event.type} at v${event.streamVersion} of ${event.streamId}: ${what}`);
  };
  const risk = (riskId: string, facts: { treatment: boolean; approval: boolean; residual: boolean }) => {
    const v = m.views.risks.get(riskId);
    const a = m.auditor.risks.get(riskId);
    const k = m.kpis.risks.get(riskId)?.at(-1);
    if (facts.treatment) {
      check('views show a treatment', v?.treatment !== undefined || (v?.controls.length ?? 0) > 0);
      check('the auditor shows a treatment', a?.treatment !== undefined);
    }
    if (facts.approval) {
      check('views show a plan approval', v?.planApprovedOn !== undefined || v?.planApprovedBy !== undefined);
      check('the auditor shows a plan approval', a?.approved !== undefined);
      check('KPIs count the plan as approved', k?.planApproved === true);
    }
    if (facts.residual) {
      check('views show a residual risk', v?.residual !== undefined || v?.residualAssessedOn !== undefined);
      check('the auditor shows a residual risk', a?.residual !== undefined);
      check('KPIs hold a residual score', k?.residualScore !== undefined);
    }
    check('views show an acceptance', v?.acceptance !== undefined);
    check('the auditor shows an acceptance', a?.acceptance !== undefined);
    check('KPIs hold an acceptance expiry', k?.acceptanceExpiresOn !== undefined);
  };
  const notImplemented = (nonConformityId: string) => {
    check(
      'views show the corrective actions implemented',
      m.views.nonConformities.get(nonConformityId)?.implemented === true,
    );
    check(
      'the auditor shows the corrective actions implemented',
      m.auditor.nonConformities.get(nonConformityId)?.implemented !== undefined,
    );
  };
  switch (event.type) {
    case 'RiskAssessed':
    case 'RiskReassessed':
      risk(event.data.riskId, { treatment: true, approval: true, residual: true });
      break;
    case 'TreatmentDecided':
      risk(event.data.riskId, { treatment: false, approval: true, residual: true });
      break;
    case 'ResidualRiskAssessed':
      risk(event.data.riskId, { treatment: false, approval: false, residual: false });
      break;
    case 'ActionReopened': {
      const v = m.views.actions.get(event.data.actionId);
      const a = m.auditor.actions.get(event.data.actionId);
      check('views show a completion', v?.completedOn !== undefined);
      check('views show a verification', v?.verifiedOn !== undefined || v?.verifiedBy !== undefined);
      check('the auditor shows a completion', a?.completed !== undefined);
      check('the auditor shows a verification', a?.verified !== undefined);
      check('KPIs hold a completion', m.kpis.actions.get(event.data.actionId)?.completedOn !== undefined);
      break;
    }
    case 'NonConformityReopened': {
      const v = m.views.nonConformities.get(event.data.nonConformityId);
      const a = m.auditor.nonConformities.get(event.data.nonConformityId);
      check('views show corrective actions of the earlier cycle', (v?.plannedActionIds.length ?? 0) > 0);
      check('views show a decision that no corrective action is needed', v?.noCorrectiveAction === true);
      check('views show the effectiveness verified', v?.effectivenessVerified === true);
      check('the auditor shows corrective actions of the earlier cycle', (a?.plannedActionIds.length ?? 0) > 0);
      check('the auditor shows a decision that no corrective action is needed', a?.noCorrectiveAction !== undefined);
      check('the auditor shows an effectiveness verification', a?.effectiveness !== undefined);
      notImplemented(event.data.nonConformityId);
      break;
    }
    case 'CorrectiveActionsPlanned':
      notImplemented(event.data.nonConformityId);
      break;
    case 'NonConformityEffectivenessVerified':
      if (!event.data.effective) notImplemented(event.data.nonConformityId);
      break;
    default:
      break;
  }
  return shown;
};

/** Folds the history event by event into the three read models and lists what each event left shown that lapsed. */
const lapsesShown = (events: readonly RecordedEvent<ManagementReviewEvent>[]): string[] => {
  const m: ReadModels = {
    views: viewsProjection.initial(),
    kpis: kpiProjection.initial(),
    auditor: auditorProjection.initial(),
  };
  const shown: string[] = [];
  for (const event of events) {
    viewsProjection.apply(m.views, event);
    kpiProjection.apply(m.kpis, event);
    auditorProjection.apply(m.auditor, event);
    shown.push(...lapsedButShown(m, event));
  }
  return shown;
};

const decodedOf = (stored: readonly StoredEvent[]) => stored.map((event) => decodeOrThrow(domainRegistry, event));

describe('the read models over random valid histories of every aggregate', () => {
  test.prop([historySteps()], runs)(
    "every read model reports the status the aggregate's own state holds",
    async (steps) => {
      const stored = await storedOf((await writeHistory(steps)).tenant);
      const { views, kpis, auditor } = readModelsOf(decodedOf(stored));
      const held = {
        review: heldStatuses(reviewAggregate, stored),
        action: heldStatuses(actionAggregate, stored),
        nonConformity: heldStatuses(nonConformityAggregate, stored),
        risk: heldStatuses(riskAggregate, stored),
      };
      const heldRecords = {
        objective: heldStatuses(objectiveAggregate, stored),
        indicator: heldStatuses(indicatorAggregate, stored),
        audit: heldStatuses(auditAggregate, stored),
      };
      expect({
        objective: statusesOf(views.objectives, (o) => o.status),
        indicator: statusesOf(views.indicators, (i) => i.status),
        audit: statusesOf(views.audits, (a) => a.status),
      }).toEqual(heldRecords);
      expect({
        review: statusesOf(views.reviews, (r) => r.status),
        action: statusesOf(views.actions, (a) => a.status),
        nonConformity: statusesOf(views.nonConformities, (n) => n.status),
        risk: statusesOf(views.risks, (r) => r.stage),
      }).toEqual(held);
      expect({
        review: statusesOf(auditor.reviews, (r) => r.status),
        action: statusesOf(auditor.actions, (a) => a.status),
        nonConformity: statusesOf(auditor.nonConformities, (n) => n.status),
        risk: statusesOf(auditor.risks, (r) => r.stage),
      }).toEqual(held);
      // The KPIs hold a current status for actions (their last dated status) and risks (their last snapshot).
      expect({
        action: statusesOf(kpis.actions, (a) => a.statuses.at(-1)?.status),
        risk: statusesOf(kpis.risks, (snapshots) => snapshots.at(-1)?.stage),
      }).toEqual({ action: held.action, risk: held.risk });
      // The records a review rests on: context issues and the climate entity, interested parties, consultations, improvements.
      expect({
        contextIssue: contextStatusesOf(views),
        interestedParty: statusesOf(views.interestedParties, (p) => p.status),
        consultation: statusesOf(views.consultations, (c) => c.status),
        improvement: statusesOf(views.improvements, (i) => i.status),
      }).toEqual({
        contextIssue: heldStatuses(contextIssueAggregate, stored),
        interestedParty: heldStatuses(interestedPartyAggregate, stored),
        consultation: heldStatuses(consultationAggregate, stored),
        improvement: heldStatuses(improvementAggregate, stored),
      });
      // A closed nonconformity is closed on the views' steps of 10.2 too.
      for (const n of views.nonConformities.values()) expect(n.step === 'closed').toBe(n.status === 'closed');
    },
  );

  test.prop([historySteps()], runs)(
    'no read model shows a fact after the event that makes it lapse: a reassessment clears treatment, approval, residual and acceptance; a reopening clears the earlier round',
    async (steps) => {
      const stored = await storedOf((await writeHistory(steps)).tenant);
      expect(lapsesShown(decodedOf(stored))).toEqual([]);
    },
  );

  it('the random histories reach every lapse rule: reassessments, reopened actions and nonconformities, ineffective verifications', async () => {
    const seen = new Set<string>();
    for (const steps of fc.sample(historySteps(150, 200), { numRuns: 12, seed: 11 })) {
      for (const event of decodedOf(await storedOf((await writeHistory(steps)).tenant))) {
        // Only an ineffective verification makes the implementation lapse.
        if (event.type === 'NonConformityEffectivenessVerified' && event.data.effective) continue;
        seen.add(event.type);
      }
    }
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'RiskAssessed',
        'RiskReassessed',
        'TreatmentDecided',
        'ResidualRiskAssessed',
        'ActionReopened',
        'NonConformityReopened',
        'CorrectiveActionsPlanned',
        'NonConformityEffectivenessVerified',
      ]),
    );
  });
});

describe('a new treatment decision on an accepted risk (a path the rules do not allow today)', () => {
  it('leaves no read model showing the earlier plan approval, residual risk or acceptance', async () => {
    const { tenant } = await writeSmallHistory();
    const appended = await tenant.append(riskStreamId('risk-ransom'), [
      {
        type: 'TreatmentDecided',
        data: {
          riskId: 'risk-ransom',
          option: 'avoid',
          controls: [],
          justification: 'the file server is retired early',
          at: '2026-06-01T09:00:00.000Z',
        },
        metadata: { actor: { id: 'u-ciso', role: 'ciso' }, occurredAt: '2026-06-01T09:00:00.000Z' },
      },
    ]);
    expect(appended._tag).toBe('Right');
    const events = decodedOf(await storedOf(tenant));
    expect(lapsesShown(events)).toEqual([]);
    const { views, kpis, auditor } = readModelsOf(events);
    expect(views.risks.get('risk-ransom')).toMatchObject({
      stage: 'treatmentDecided',
      treatment: 'avoid',
      planApprovedOn: undefined,
      residual: undefined,
      acceptance: undefined,
    });
    expect(auditor.risks.get('risk-ransom')).toMatchObject({
      stage: 'treatmentDecided',
      approved: undefined,
      residual: undefined,
      acceptance: undefined,
    });
    expect(kpis.risks.get('risk-ransom')?.at(-1)).toMatchObject({
      stage: 'treatmentDecided',
      planApproved: false,
      residualScore: undefined,
      acceptanceExpiresOn: undefined,
    });
  });
});
