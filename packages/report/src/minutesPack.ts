import { type ActionRow, actionRegister } from '@mgmt-review/views';
import type { HistoryAnchor, MinutesPack, PackAction } from './packModel.js';
import { inputTitleOf, reviewOf } from './packReview.js';
import type { PackState } from './projection.js';

/** What a minutes pack is asked for: the review, the moment, and the history's anchor if the caller has one. */
export interface MinutesPackQuery {
  readonly reviewId: string;
  /** The moment the pack is made as of (ISO-8601); "today" of the action register. */
  readonly now: string;
  readonly anchor?: HistoryAnchor;
}

const packActionOf = (a: ActionRow): PackAction => ({
  actionId: a.actionId,
  title: a.title,
  ownerId: a.ownerId,
  dueDate: a.dueDate,
  status: a.status,
  overdue: a.overdue,
});

/**
 * The minutes pack of a review: attendance, each input as presented (facts and comment), the
 * decisions with the actions they call for, the three verdicts, the action plan, the status of
 * the previous review's actions, the next review, approval and communication — and the history's
 * anchor when one is passed.
 */
export const minutesPackOf = (state: PackState, query: MinutesPackQuery): MinutesPack => {
  const { review, row, dossier } = reviewOf(state, query.reviewId, query.now);
  const actions = new Map(actionRegister(state.views, { now: query.now }).map((a) => [a.actionId, packActionOf(a)]));
  const actionsOf = (ids: readonly string[]): PackAction[] =>
    ids.flatMap((id) => {
      const action = actions.get(id);
      return action === undefined ? [] : [action];
    });
  const decisions = row.decisions.map((d) => ({
    decisionId: d.decisionId,
    kind: d.kind,
    description: d.description,
    rationale: dossier.rationales.get(d.decisionId) ?? '',
    actions: actionsOf(d.actionIds),
  }));
  const previous = row.previousReviewId === undefined ? undefined : state.views.reviews.get(row.previousReviewId);
  const record = state.views.reviews.get(review.reviewId)!;
  return {
    kind: 'minutes',
    review,
    now: query.now,
    attendees: dossier.attendees.map((p) => ({ id: p.id, role: p.role })),
    apologies: dossier.apologies.slice(),
    inputs: dossier.presented.map((p) => ({
      ...p,
      title: inputTitleOf(review.catalogueIds, p.inputId),
      frozenPartSummary:
        p.frozenPartDigest === undefined
          ? undefined
          : dossier.inputPack?.parts.find((part) => part.digest === p.frozenPartDigest)?.summary,
    })),
    notCovered: [...dossier.notCovered].map(([inputId, justification]) => ({
      inputId,
      title: inputTitleOf(review.catalogueIds, inputId),
      justification,
    })),
    decisions,
    verdicts: (['suitability', 'adequacy', 'effectiveness'] as const).map((aspect) => ({
      aspect,
      outcome: row.verdicts[aspect] ?? 'not recorded',
      comment: dossier.verdictComments.get(aspect) ?? '',
    })),
    actionPlan: decisions.flatMap((d) => d.actions),
    previousActions:
      previous === undefined
        ? undefined
        : { reviewId: previous.reviewId, actions: actionsOf(previous.decisions.flatMap((d) => d.actionIds)) },
    nextReview:
      row.nextReview === undefined
        ? undefined
        : {
            plannedDate: row.nextReview.plannedDate,
            withinCadence: row.nextReview.withinCadence,
            ...(row.nextReview.longerGapReason === undefined ? {} : { reason: row.nextReview.longerGapReason }),
          },
    approval: {
      minutes: row.minutes,
      approvedOn: row.minutesApprovedOn,
      approvedBy: record.minutesApprovedBy,
      documentRef: dossier.minutesRef,
    },
    communications: dossier.communications.map((c) => ({ ...c })),
    ...(query.anchor === undefined ? {} : { anchor: query.anchor }),
  };
};
