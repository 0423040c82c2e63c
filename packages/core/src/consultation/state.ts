import type { Person } from '../shared/codecs.js';
import type {
  Channel,
  ConsultationEvent,
  ConsultationWindow,
  FeedbackKind,
  FeedbackLink,
  ItemKind,
  ScoreScale,
} from './events.js';
import { type ConsultationStatus, consultationLifecycle } from './lifecycle.js';

/** The results of a consultation, as recorded (9.3.2 e). */
export interface ConsultationResults {
  readonly conductedOn: string;
  readonly invited: number;
  readonly responses: number;
  readonly responseRate: number;
  readonly score: number | undefined;
}

/** A finding of the results or a party's feedback, and what was done with it. */
export interface ConsultationItem {
  readonly itemId: string;
  readonly item: ItemKind;
  readonly summary: string;
  /** Feedback only: the party it came from, its kind, and the party's requirement it concerns. */
  readonly interestedPartyId: string | undefined;
  readonly kind: FeedbackKind | undefined;
  readonly requirementId: string | undefined;
  /** The records it led to, in the order linked. */
  readonly links: readonly FeedbackLink[];
  /** Why nothing is done with it, as last recorded. */
  readonly reasonNotActedOn: string | undefined;
}

/**
 * Whether a finding or feedback item counts as taken into account (9.3.2 c, e): it is linked to a
 * review decision, an action, a requirement change or an objective, or the reason nothing is done
 * with it is recorded. The one definition views, KPIs and the auditor count by.
 */
export const isTakenIntoAccount = (item: Pick<ConsultationItem, 'links' | 'reasonNotActedOn'>): boolean =>
  item.links.length > 0 || item.reasonNotActedOn !== undefined;

/** A consultation as its decider sees it. */
export interface Consultation {
  readonly status: ConsultationStatus;
  readonly consultationId: string;
  readonly channel: Channel | undefined;
  readonly interestedPartyIds: readonly string[];
  readonly window: ConsultationWindow | undefined;
  readonly scale: ScoreScale | undefined;
  readonly owner: Person | undefined;
  readonly results: ConsultationResults | undefined;
  /** Its findings and feedback, in the order recorded; their ids are unique within the consultation. */
  readonly items: readonly ConsultationItem[];
  readonly lastAt: string | undefined;
}

export const initialConsultationState: Consultation = {
  status: consultationLifecycle.initial,
  consultationId: '',
  channel: undefined,
  interestedPartyIds: [],
  window: undefined,
  scale: undefined,
  owner: undefined,
  results: undefined,
  items: [],
  lastAt: undefined,
};

/** The finding or feedback item `itemId`, if the consultation has it. */
export const itemOf = (state: Consultation, itemId: string): ConsultationItem | undefined =>
  state.items.find((i) => i.itemId === itemId);

/** What each event records, beyond the status. */
const recorded = (s: Consultation, event: ConsultationEvent): Consultation => {
  switch (event.type) {
    case 'ConsultationPlanned': {
      const d = event.data;
      return {
        ...initialConsultationState,
        consultationId: d.consultationId,
        channel: d.channel,
        interestedPartyIds: d.interestedPartyIds,
        window: d.window,
        scale: d.scale,
        owner: d.owner,
      };
    }
    case 'ConsultationResultsRecorded': {
      const d = event.data;
      const findings: ConsultationItem[] = d.findings.map((f) => ({
        itemId: f.findingId,
        item: 'finding',
        summary: f.summary,
        interestedPartyId: undefined,
        kind: undefined,
        requirementId: undefined,
        links: [],
        reasonNotActedOn: undefined,
      }));
      return {
        ...s,
        results: {
          conductedOn: d.conductedOn,
          invited: d.invited,
          responses: d.responses,
          responseRate: d.responseRate,
          score: d.score,
        },
        items: s.items.concat(findings),
      };
    }
    case 'FeedbackRecorded': {
      const d = event.data;
      const feedback: ConsultationItem = {
        itemId: d.feedbackId,
        item: 'feedback',
        summary: d.summary,
        interestedPartyId: d.interestedPartyId,
        kind: d.kind,
        requirementId: d.requirementId,
        links: [],
        reasonNotActedOn: undefined,
      };
      return { ...s, items: s.items.concat([feedback]) };
    }
    case 'FeedbackTakenIntoAccount': {
      const d = event.data;
      return {
        ...s,
        items: s.items.map((i) =>
          i.itemId === d.itemId
            ? { ...i, links: i.links.concat(d.links), reasonNotActedOn: d.reasonNotActedOn ?? i.reasonNotActedOn }
            : i,
        ),
      };
    }
    case 'ConsultationClosed':
    case 'ConsultationCancelled':
      return s;
  }
};

/** Applies one event of the consultation's history. */
export const evolveConsultation = (state: Consultation, event: ConsultationEvent): Consultation => ({
  ...recorded(state, event),
  status: consultationLifecycle.statusAfter(state.status, event),
  lastAt: event.data.at,
});
