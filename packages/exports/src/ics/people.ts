import type { ParticipantRole } from '@mgmt-review/core';
import ICAL from 'ical.js';

/** A person's calendar address, as the host knows it. The history holds ids only; nothing here is stored. */
export interface CalendarAddress {
  readonly email: string;
  readonly name?: string;
}

/** Resolves a person id of the history to an address, or `undefined` when the host has none. */
export type PersonResolver = (personId: string) => CalendarAddress | undefined;

/** The RFC 5545 ROLE of each participant role (3.2.16): top management and the ISMS manager must attend. */
const calendarRoleOf: Readonly<Record<ParticipantRole, string>> = {
  topManagement: 'REQ-PARTICIPANT',
  ismsManager: 'REQ-PARTICIPANT',
  processOwner: 'REQ-PARTICIPANT',
  other: 'OPT-PARTICIPANT',
};

/** Sets a person's address and common name on a cal-address property; false when unresolved. */
const addressed = (property: ICAL.Property, resolve: PersonResolver, personId: string): boolean => {
  const address = resolve(personId);
  if (address === undefined) return false;
  if (address.name !== undefined) property.setParameter('cn', address.name);
  property.setValue(`mailto:${address.email}`);
  return true;
};

/** Adds ORGANIZER (the chair) and one ATTENDEE per participant; a person the resolver does not know is left out. */
export const addPeople = (
  event: ICAL.Component,
  resolve: PersonResolver,
  chairId: string,
  participants: ReadonlyMap<string, ParticipantRole>,
): void => {
  const organizer = new ICAL.Property('organizer');
  if (addressed(organizer, resolve, chairId)) event.addProperty(organizer);
  const chair = new ICAL.Property('attendee');
  chair.setParameter('role', 'CHAIR');
  chair.setParameter('x-mgmt-review-role', 'chair');
  if (addressed(chair, resolve, chairId)) event.addProperty(chair);
  for (const [personId, role] of participants) {
    if (personId === chairId) continue;
    const attendee = new ICAL.Property('attendee');
    attendee.setParameter('role', calendarRoleOf[role]);
    attendee.setParameter('x-mgmt-review-role', role);
    if (addressed(attendee, resolve, personId)) event.addProperty(attendee);
  }
};
