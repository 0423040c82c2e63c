import type { IsmsReference, PartyKind, RequirementStatus } from '@mgmt-review/core';
import type {
  InterestedPartyRecord,
  RequirementEventKind,
  RequirementRecord,
  RequirementTermsRecord,
} from '../registers/interestedParties.js';
import type { ViewsState } from '../state.js';
import { dayOfParameter } from '../time.js';
import { compareText } from './order.js';

/** A requirement's terms at one revision (4.2 b, c). */
export interface RequirementTermsRow {
  /** The need or expectation. */
  readonly need: string;
  /** Where it comes from: a contract clause, a law, a survey… */
  readonly source: string;
  /** 4.2 (Amd 1:2024): related to climate change. */
  readonly climateRelated: boolean;
  /** 4.2 c: addressed through the ISMS — by the controls, policies or objectives in `addressedBy` — or not, and why. */
  readonly addressed: boolean;
  readonly addressedBy: readonly IsmsReference[];
  readonly notAddressedReason: string | undefined;
}

/** One entry of a requirement's history: recorded, changed (with the reason) or withdrawn (with the reason). */
export interface RequirementHistoryRow {
  readonly event: RequirementEventKind;
  readonly on: string;
  readonly revision: number;
  readonly reason: string | undefined;
  readonly terms: RequirementTermsRow;
}

/** One requirement of a party, at its latest revision. */
export interface RequirementRow extends RequirementTermsRow {
  readonly requirementId: string;
  readonly status: RequirementStatus;
  /** What happened to it last: `recorded`, `changed` or `withdrawn`. */
  readonly latest: RequirementEventKind;
  readonly revision: number;
  readonly recordedOn: string;
  readonly lastChangedOn: string | undefined;
  readonly withdrawnOn: string | undefined;
  /** Every revision and the withdrawal, in order. */
  readonly history: readonly RequirementHistoryRow[];
}

/** One interested party (4.2 a) and its requirements, in the order recorded. */
export interface InterestedPartyRow {
  readonly interestedPartyId: string;
  readonly name: string;
  readonly kind: PartyKind;
  readonly relevance: string;
  readonly registeredOn: string;
  readonly requirements: readonly RequirementRow[];
}

export interface InterestedPartyRegisterQuery {
  /**
   * Only what changed since this day (included), by the day it was recorded: the requirements
   * recorded, changed or withdrawn since, under their parties; a party registered since is listed
   * even with none.
   */
  readonly changedSince?: string;
  readonly kind?: PartyKind;
  /** Withdrawn requirements are listed (with their history) unless left out; a withdrawal since `changedSince` always is. */
  readonly leaveOutWithdrawn?: boolean;
}

const termsRowOf = (t: RequirementTermsRecord): RequirementTermsRow => ({
  need: t.need,
  source: t.source,
  climateRelated: t.climateRelated,
  addressed: t.addressedBy.length > 0,
  addressedBy: t.addressedBy.map((a) => ({ kind: a.kind, reference: a.reference })),
  notAddressedReason: t.notAddressedReason,
});

const requirementRowOf = (r: RequirementRecord): RequirementRow => ({
  requirementId: r.requirementId,
  ...termsRowOf(r.terms),
  status: r.status,
  latest: r.history.at(-1)?.event ?? 'recorded',
  revision: r.revision,
  recordedOn: r.recordedOn,
  lastChangedOn: r.lastChangedOn,
  withdrawnOn: r.withdrawnOn,
  history: r.history.map((h) => ({
    event: h.event,
    on: h.on,
    revision: h.revision,
    reason: h.reason,
    terms: termsRowOf(h.terms),
  })),
});

const requirementsOf = (p: InterestedPartyRecord, query: InterestedPartyRegisterQuery, since: string | undefined) => {
  const rows: RequirementRow[] = [];
  for (const r of p.requirements.values()) {
    const lastOn = r.history.at(-1)?.on ?? r.recordedOn;
    if (since !== undefined && lastOn < since) continue;
    if (r.status === 'withdrawn' && query.leaveOutWithdrawn === true && since === undefined) continue;
    rows.push(requirementRowOf(r));
  }
  return rows;
};

/** The interested parties and their requirements, in order of the day registered (then id). */
export const interestedPartyRegister = (
  state: ViewsState,
  query: InterestedPartyRegisterQuery = {},
): readonly InterestedPartyRow[] => {
  const since = query.changedSince === undefined ? undefined : dayOfParameter(query.changedSince, 'changedSince');
  const rows: InterestedPartyRow[] = [];
  for (const p of state.interestedParties.values()) {
    if (query.kind !== undefined && p.kind !== query.kind) continue;
    const requirements = requirementsOf(p, query, since);
    if (since !== undefined && requirements.length === 0 && p.registeredOn < since) continue;
    rows.push({
      interestedPartyId: p.interestedPartyId,
      name: p.name,
      kind: p.kind,
      relevance: p.relevance,
      registeredOn: p.registeredOn,
      requirements,
    });
  }
  return rows.sort((x, y) =>
    x.registeredOn === y.registeredOn
      ? compareText(x.interestedPartyId, y.interestedPartyId)
      : compareText(x.registeredOn, y.registeredOn),
  );
};
