import type { ConsultationChannel, FeedbackKind, FeedbackLink } from '@mgmt-review/core';
import { type CurrentCycle, inCycle, sinceLastReview } from '../cycle.js';
import type { Evidence } from '../evidence.js';
import type { AuditorState, ConsultationRecord } from '../state.js';

/** A consultation of the cycle: who was consulted, by which channel, when, and how many answered. */
export interface ConsultationHeld {
  readonly consultationId: string;
  readonly channel: ConsultationChannel;
  readonly topic: string;
  readonly parties: readonly { readonly interestedPartyId: string; readonly name: string }[];
  /** The day its results were recorded as conducted (none for a standing channel without results). */
  readonly conductedOn: string | undefined;
  readonly window: ConsultationRecord['window'];
  readonly responses: number | undefined;
  readonly invited: number | undefined;
  readonly score: number | undefined;
  readonly status: ConsultationRecord['status'];
}

/** What was done with one finding or feedback item of a consultation of the cycle. */
export interface FeedbackHandling {
  readonly consultationId: string;
  readonly itemId: string;
  readonly item: 'finding' | 'feedback';
  /** The party a feedback item is from, by name. */
  readonly from: string | undefined;
  readonly kind: FeedbackKind | undefined;
  readonly summary: string;
  readonly recordedOn: string;
  /** `linked`: taken into account with a link; `reason`: with the reason nothing is done; `pending`. */
  readonly handling: 'linked' | 'reason' | 'pending';
  readonly links: readonly FeedbackLink[];
  readonly reasonNotActedOn: string | undefined;
  /** Pending and recorded since the last review: the next one is to take it into account. */
  readonly awaitingReview: boolean;
}

/** A change of an interested party's requirement within the cycle (9.3.2 c). */
export interface RequirementChange {
  readonly interestedPartyId: string;
  readonly party: string;
  readonly requirementId: string;
  readonly change: 'recorded' | 'changed' | 'withdrawn';
  readonly revision: number;
  readonly day: string;
  readonly reason: string | undefined;
  readonly climateRelated: boolean;
}

/** The consultations, feedback and requirement changes of the cycle, and the events they rest on. */
export interface StakeholderRecords {
  readonly consultations: readonly ConsultationHeld[];
  readonly feedback: readonly FeedbackHandling[];
  readonly requirementChanges: readonly RequirementChange[];
  readonly evidence: readonly Evidence[];
}

/**
 * A consultation belongs to the cycle when it was conducted within it, or (a standing channel) a
 * feedback item came in within it. Cancelled ones are left out.
 */
const ofCycle = (cycle: CurrentCycle, c: ConsultationRecord): boolean =>
  c.status !== 'cancelled' &&
  (c.results !== undefined
    ? inCycle(cycle, c.results.conductedOn)
    : [...c.items.values()].some((i) => inCycle(cycle, i.day)));

/** The records of the interested parties' consultation and requirements within the cycle. */
export const stakeholderRecords = (state: AuditorState, cycle: CurrentCycle): StakeholderRecords => {
  const nameOf = (id: string) => state.interestedParties.get(id)?.name ?? id;
  const evidence: Evidence[] = [];
  const consultations: ConsultationHeld[] = [];
  const feedback: FeedbackHandling[] = [];
  for (const c of state.consultations.values()) {
    if (!ofCycle(cycle, c)) continue;
    consultations.push({
      consultationId: c.consultationId,
      channel: c.channel,
      topic: c.topic,
      parties: c.interestedPartyIds.map((id) => ({ interestedPartyId: id, name: nameOf(id) })),
      conductedOn: c.results?.conductedOn,
      window: c.window,
      responses: c.results?.responses,
      invited: c.results?.invited,
      score: c.results?.score,
      status: c.status,
    });
    evidence.push(c.results?.evidence ?? c.planned);
    for (const i of c.items.values()) {
      const handling = i.links.length > 0 ? 'linked' : i.reasonNotActedOn !== undefined ? 'reason' : 'pending';
      feedback.push({
        consultationId: c.consultationId,
        itemId: i.itemId,
        item: i.item,
        from: i.interestedPartyId === undefined ? undefined : nameOf(i.interestedPartyId),
        kind: i.feedbackKind,
        summary: i.summary,
        recordedOn: i.day,
        handling,
        links: i.links,
        reasonNotActedOn: i.reasonNotActedOn,
        awaitingReview: handling === 'pending' && sinceLastReview(cycle, i.day),
      });
      evidence.push(i.takenIntoAccount ?? i.recorded);
    }
  }
  const requirementChanges: RequirementChange[] = [];
  for (const party of state.interestedParties.values()) {
    for (const requirement of party.requirements.values()) {
      for (const change of requirement.changes) {
        if (!inCycle(cycle, change.day)) continue;
        requirementChanges.push({
          interestedPartyId: party.interestedPartyId,
          party: party.name,
          requirementId: requirement.requirementId,
          change: change.change,
          revision: change.revision,
          day: change.day,
          reason: change.reason,
          climateRelated: requirement.climateRelated,
        });
        evidence.push(change.evidence);
      }
    }
  }
  return { consultations, feedback, requirementChanges, evidence };
};
