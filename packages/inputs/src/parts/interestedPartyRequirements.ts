import { interestedPartyAggregate } from '@mgmt-review/core';
import { streamIdOf } from '@mgmt-review/eventsourcing';
import { interestedPartyRegister } from '@mgmt-review/views';
import { countBy, type DayRange, type PartComputer } from '../part.js';
import { eventsOfStreams } from '../restsOn.js';
import { countTrend, within } from '../trend.js';

/**
 * 9.3.2 c: interested parties and their requirements on the pack's day — requirements in force,
 * addressed or not, climate-related — and those recorded, changed and withdrawn in the period
 * covered, with the same counts for the period before as trend.
 */
export const interestedPartyRequirementsPart: PartComputer = (context) => {
  const parties = interestedPartyRegister(context.history.views, {});
  const requirements = parties.flatMap((p) => p.requirements);
  const inForce = requirements.filter((r) => r.withdrawnOn === undefined);
  const counts = (range: DayRange) => {
    const events = requirements.flatMap((r) => r.history.filter((h) => within(h.on, range)));
    return {
      recorded: events.filter((h) => h.event === 'recorded').length,
      changed: events.filter((h) => h.event === 'changed').length,
      withdrawn: events.filter((h) => h.event === 'withdrawn').length,
    };
  };
  const inPeriod = counts(context.period);
  return {
    figures: {
      parties: parties.length,
      byKind: countBy(parties, (p) => p.kind),
      requirements: inForce.length,
      notAddressed: inForce.filter((r) => !r.addressed).length,
      climateRelated: inForce.filter((r) => r.climateRelated).length,
      recordedInPeriod: inPeriod.recorded,
      changedInPeriod: inPeriod.changed,
      withdrawnInPeriod: inPeriod.withdrawn,
    },
    trend: countTrend(context, counts),
    summary:
      `${inForce.length} requirements of ${parties.length} interested parties in force on ${context.day}; ` +
      `${inPeriod.recorded} recorded, ${inPeriod.changed} changed and ${inPeriod.withdrawn} withdrawn from ` +
      `${context.period.from} to ${context.period.to}.`,
    events: eventsOfStreams(
      context.history,
      parties.map((p) => streamIdOf(interestedPartyAggregate.category, p.interestedPartyId)),
    ),
  };
};
