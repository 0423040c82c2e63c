import {
  type ConsultationChannel,
  type ConsultationStatus,
  type FeedbackLink,
  isTakenIntoAccount,
  type ScoreScale,
} from '@mgmt-review/core';
import type { ConsultationItemRecord, ConsultationRecord } from '../registers/consultations.js';
import type { ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { compareText } from './order.js';

/**
 * What was done with a finding or a feedback item (9.3.2 c, e): `linked` to the records it led to,
 * `notActedOn` with the reason, or still `pending`. Only the first two count as taken into account.
 */
export type FeedbackOutcome = 'linked' | 'notActedOn' | 'pending';

/** A finding of the results or a party's feedback, and what was done with it. */
export interface ConsultationItemRow
  extends Readonly<
    Pick<
      ConsultationItemRecord,
      | 'itemId'
      | 'item'
      | 'summary'
      | 'recordedOn'
      | 'interestedPartyId'
      | 'kind'
      | 'requirementId'
      | 'reasonNotActedOn'
      | 'takenIntoAccountOn'
      | 'takenBy'
    >
  > {
  /** Taken into account: linked to a review decision, an action, a requirement change or an objective, or with a reason why not. */
  readonly takenIntoAccount: boolean;
  readonly outcome: FeedbackOutcome;
  readonly links: readonly FeedbackLink[];
}

/** Where the consultation's window stands on the day asked about. */
export type WindowState = 'upcoming' | 'open' | 'closed';

/** One consultation, its results, findings and feedback, on the day asked about. */
export interface ConsultationRow {
  readonly consultationId: string;
  readonly channel: ConsultationChannel;
  readonly interestedPartyIds: readonly string[];
  readonly topic: string;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly window: WindowState;
  readonly ownerId: string;
  readonly status: ConsultationStatus;
  readonly plannedOn: string;
  /** The results (9.3.2 e); undefined until recorded. `score` only where the consultation scores on a scale. */
  readonly results:
    | {
        readonly conductedOn: string;
        readonly recordedOn: string;
        readonly invited: number;
        readonly responses: number;
        readonly responseRate: number;
        readonly scale: ScoreScale | undefined;
        readonly score: number | undefined;
      }
    | undefined;
  readonly findings: readonly ConsultationItemRow[];
  readonly feedback: readonly ConsultationItemRow[];
  /** Findings and feedback items taken into account, and those still pending. */
  readonly takenIntoAccount: number;
  readonly pending: number;
  readonly closedOn: string | undefined;
  readonly cancelledOn: string | undefined;
  readonly cancelReason: string | undefined;
}

export interface ConsultationRegisterQuery {
  /** The day (or instant) the register is read on: the window's state is relative to it. */
  readonly now: string;
  readonly status?: ConsultationStatus;
  readonly channel?: ConsultationChannel;
  readonly interestedPartyId?: string;
}

/** What was done with an item, by core's one definition of taken into account. */
export const outcomeOf = (item: Pick<ConsultationItemRecord, 'links' | 'reasonNotActedOn'>): FeedbackOutcome =>
  !isTakenIntoAccount(item) ? 'pending' : item.links.length > 0 ? 'linked' : 'notActedOn';

const itemRowOf = (i: ConsultationItemRecord): ConsultationItemRow => ({
  itemId: i.itemId,
  item: i.item,
  summary: i.summary,
  recordedOn: i.recordedOn,
  interestedPartyId: i.interestedPartyId,
  kind: i.kind,
  requirementId: i.requirementId,
  takenIntoAccount: isTakenIntoAccount(i),
  outcome: outcomeOf(i),
  links: i.links.map((l) => ({ ...l })),
  reasonNotActedOn: i.reasonNotActedOn,
  takenIntoAccountOn: i.takenIntoAccountOn,
  takenBy: i.takenBy,
});

const windowOf = (c: ConsultationRecord, today: string): WindowState =>
  today < c.window.opensOn ? 'upcoming' : today > c.window.closesOn ? 'closed' : 'open';

/** One consultation record as a read-only row on `today`. */
export const consultationRowOf = (c: ConsultationRecord, today: string): ConsultationRow => {
  const items = [...c.items.values()].map(itemRowOf);
  const taken = items.filter((i) => i.takenIntoAccount).length;
  const r = c.results;
  return {
    consultationId: c.consultationId,
    channel: c.channel,
    interestedPartyIds: c.interestedPartyIds.slice(),
    topic: c.topic,
    opensOn: c.window.opensOn,
    closesOn: c.window.closesOn,
    window: windowOf(c, today),
    ownerId: c.ownerId,
    status: c.status,
    plannedOn: c.plannedOn,
    results:
      r === undefined
        ? undefined
        : {
            conductedOn: r.conductedOn,
            recordedOn: r.recordedOn,
            invited: r.invited,
            responses: r.responses,
            responseRate: r.responseRate,
            scale: r.scale ?? c.scale,
            score: r.score,
          },
    findings: items.filter((i) => i.item === 'finding'),
    feedback: items.filter((i) => i.item === 'feedback'),
    takenIntoAccount: taken,
    pending: items.length - taken,
    closedOn: c.closedOn,
    cancelledOn: c.cancelledOn,
    cancelReason: c.cancelReason,
  };
};

/** The consultations on the day `now`, in order of the day their window opens (then id). */
export const consultationRegister = (
  state: ViewsState,
  query: ConsultationRegisterQuery,
): readonly ConsultationRow[] => {
  const today = dayOfNow(query.now);
  const rows: ConsultationRow[] = [];
  for (const c of state.consultations.values()) {
    if (query.status !== undefined && c.status !== query.status) continue;
    if (query.channel !== undefined && c.channel !== query.channel) continue;
    if (query.interestedPartyId !== undefined && !c.interestedPartyIds.includes(query.interestedPartyId)) continue;
    rows.push(consultationRowOf(c, today));
  }
  return rows.sort((x, y) =>
    x.opensOn === y.opensOn ? compareText(x.consultationId, y.consultationId) : compareText(x.opensOn, y.opensOn),
  );
};
