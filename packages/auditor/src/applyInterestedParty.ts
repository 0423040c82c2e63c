import { dayOf, type InterestedPartyEvent, interestedPartyLifecycle } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { type Evidence, evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState, InterestedPartyRecord } from './state.js';

const statusAfter = recordedStatus(interestedPartyLifecycle, 'none');

/** Each requirement's revision, status and changes (9.3.2 c), as each event records them. */
const record = (party: InterestedPartyRecord, event: RecordedEvent<InterestedPartyEvent>, evidence: Evidence): void => {
  switch (event.type) {
    case 'RequirementRecorded': {
      const d = event.data;
      party.requirements.set(d.requirementId, {
        requirementId: d.requirementId,
        need: d.need,
        climateRelated: d.climateRelated,
        revision: 1,
        status: 'current',
        changes: [{ change: 'recorded', revision: 1, day: dayOf(d.at), reason: undefined, evidence }],
      });
      return;
    }
    case 'RequirementChanged': {
      const d = event.data;
      const requirement = party.requirements.get(d.requirementId);
      if (requirement === undefined) return;
      requirement.need = d.need;
      requirement.climateRelated = d.climateRelated;
      requirement.revision = d.revision;
      requirement.changes.push({
        change: 'changed',
        revision: d.revision,
        day: dayOf(d.at),
        reason: d.reason,
        evidence,
      });
      return;
    }
    case 'RequirementWithdrawn': {
      const d = event.data;
      const requirement = party.requirements.get(d.requirementId);
      if (requirement === undefined) return;
      requirement.status = 'withdrawn';
      requirement.changes.push({
        change: 'withdrawn',
        revision: requirement.revision,
        day: dayOf(d.at),
        reason: d.reason,
        evidence,
      });
      return;
    }
    default:
      return;
  }
};

/**
 * Folds one interested-party event into the auditor's state (in place): the party's status from
 * its life cycle (nothing lapses), and every change of its requirements with its evidence.
 */
export const applyInterestedPartyEvent = (state: AuditorState, event: RecordedEvent<InterestedPartyEvent>): void => {
  const evidence = evidenceOf(event);
  if (event.type === 'InterestedPartyRegistered') {
    const d = event.data;
    state.interestedParties.set(d.interestedPartyId, {
      interestedPartyId: d.interestedPartyId,
      name: d.name,
      kind: d.kind,
      registered: evidence,
      status: statusAfter(interestedPartyLifecycle.initial, event),
      requirements: new Map(),
    });
    return;
  }
  const party = state.interestedParties.get(event.data.interestedPartyId);
  if (party === undefined) return;
  record(party, event, evidence);
  party.status = statusAfter(party.status, event);
};
