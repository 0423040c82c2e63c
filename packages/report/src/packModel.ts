import type { FrozenInputPack, ParticipantRole, ReviewKind, ReviewStatus } from '@mgmt-review/core';
import type { Anchor } from '@mgmt-review/eventsourcing';
import type { ChartSpec } from './chart.js';
import type { PreparatoryReportRecord } from './dossier.js';

/** The review a pack is about. */
export interface PackReview {
  readonly reviewId: string;
  readonly kind: ReviewKind;
  readonly status: ReviewStatus;
  readonly plannedDate: string;
  readonly heldOn: string | undefined;
  readonly chairId: string;
  /** The catalogues it follows: one, or several for an integrated review. */
  readonly catalogueIds: readonly string[];
  readonly periodCovered: { readonly from: string; readonly to: string };
}

/** An agenda item: an input of the review's catalogues, with its title. */
export interface AgendaItem {
  readonly inputId: string;
  readonly title: string;
}

/** The agenda pack, sent before the meeting. */
export interface AgendaPack {
  readonly kind: 'agenda';
  readonly review: PackReview;
  /** The moment the pack was made as of (a parameter, never the clock). */
  readonly now: string;
  readonly agenda: readonly AgendaItem[];
  readonly participants: readonly { readonly id: string; readonly role: ParticipantRole }[];
  readonly reports: readonly Readonly<PreparatoryReportRecord>[];
  /** The input pack frozen into the review, when there is one: each part's summary and digest. */
  readonly inputPack: Pick<FrozenInputPack, 'position' | 'asOf' | 'digest' | 'periodCovered' | 'parts'> | undefined;
  /** The trends, from the current data (as of `now`). */
  readonly trends: readonly ChartSpec[];
}

/** An action as the minutes list it: owner, due date and where it stands. */
export interface PackAction {
  readonly actionId: string;
  readonly title: string;
  readonly ownerId: string;
  readonly dueDate: string;
  readonly status: string;
  readonly overdue: boolean;
}

/**
 * The history a pack was made from, named by its Merkle anchor (the kernel's `anchorOf`): the
 * log's size and root, the global position of its last event, and when the anchor was taken.
 * The caller passes it.
 */
export type HistoryAnchor = Pick<Anchor, 'size' | 'root' | 'position' | 'at'>;

/** The minutes pack, communicated after the meeting. */
export interface MinutesPack {
  readonly kind: 'minutes';
  readonly review: PackReview;
  readonly now: string;
  readonly attendees: readonly { readonly id: string; readonly role: ParticipantRole }[];
  readonly apologies: readonly string[];
  readonly inputs: readonly {
    readonly inputId: string;
    readonly title: string;
    readonly summary: string;
    readonly facts: readonly { readonly label: string; readonly value: string }[];
    readonly references: readonly string[];
    readonly frozenPartDigest: string | undefined;
    /** The summary of the frozen part it was presented from: the data the comment is on. */
    readonly frozenPartSummary: string | undefined;
  }[];
  readonly notCovered: readonly { readonly inputId: string; readonly title: string; readonly justification: string }[];
  readonly decisions: readonly {
    readonly decisionId: string;
    readonly kind: string;
    readonly description: string;
    readonly rationale: string;
    readonly actions: readonly PackAction[];
  }[];
  readonly verdicts: readonly { readonly aspect: string; readonly outcome: string; readonly comment: string }[];
  /** Every action the decisions call for. */
  readonly actionPlan: readonly PackAction[];
  /** The actions of the previous review's decisions, as they stand now (9.3.2 a). */
  readonly previousActions: { readonly reviewId: string; readonly actions: readonly PackAction[] } | undefined;
  readonly nextReview:
    | { readonly plannedDate: string; readonly withinCadence: boolean; readonly reason?: string }
    | undefined;
  readonly approval: {
    readonly minutes: 'none' | 'drafted' | 'approved';
    readonly approvedOn: string | undefined;
    readonly approvedBy: string | undefined;
    readonly documentRef: string | undefined;
  };
  readonly communications: readonly {
    readonly audiences: readonly string[];
    readonly channel: string;
    readonly on: string;
  }[];
  /** The history's anchor, when the caller passes one: the pack names the history it was made from. */
  readonly anchor?: HistoryAnchor;
}

/** Either pack. */
export type ReviewPack = AgendaPack | MinutesPack;
