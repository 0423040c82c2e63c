import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { agendaOf, type Catalogues } from '../catalogue/catalogue.js';
import { builtInCatalogues } from '../catalogue/index.js';
import { chronologyRule, lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import { addMonths } from '../shared/time.js';
import type { ReviewCommand } from './commands.js';
import type { ReviewEvent } from './events.js';
import { aspectsWithoutVerdict, evolveReview, initialReviewState, inputsNotAddressed, type Review } from './state.js';
import { monthsOf } from './vocabulary.js';

type Decided = Either<DomainError, readonly ReviewEvent[]>;

const one = (event: ReviewEvent): Decided => right([event]);

/**
 * Commands accepted while the meeting is open and the minutes are not approved yet. Before the
 * meeting, the refusal names `rule`: the clause that makes it a result of the meeting.
 */
const inMeeting = (state: Review, what: string, rule: string): Decided | undefined =>
  state.status === 'meetingOpen'
    ? undefined
    : state.status === 'scheduled'
      ? refuse(rule, `${what} only once the meeting is opened`)
      : refuse(lifecycleRule, `${what} only while the meeting is open and its minutes are not approved`);

/** Inputs a review presents: the catalogue's agenda. */
const onAgenda = (state: Review, inputId: string): Decided | undefined =>
  state.agenda.includes(inputId)
    ? state.coverage.has(inputId)
      ? refuse('9.3.2', `input ${inputId} is already addressed in this review`)
      : undefined
    : refuse(
        '9.3.2',
        `input ${inputId} is not on the agenda of catalogue ${state.catalogueId} (${state.agenda.join(', ')})`,
      );

/** A review that is neither closed nor cancelled. */
const decideOpenReview = (command: ReviewCommand, state: Review, catalogues: Catalogues): Decided => {
  switch (command.type) {
    case 'ScheduleReview': {
      const d = command.data;
      const catalogue = catalogues.get(d.catalogueId);
      if (catalogue === undefined) {
        return refuse('9.3.2', `catalogue ${d.catalogueId} is unknown (known: ${[...catalogues.keys()].join(', ')})`);
      }
      if (d.periodCovered.to < d.periodCovered.from) {
        return refuse(chronologyRule, 'the period covered ends before it starts');
      }
      if (d.previousReviewId === d.reviewId) return refuse(lifecycleRule, 'a review cannot follow itself');
      return one({
        type: 'ReviewScheduled',
        data: {
          reviewId: d.reviewId,
          plannedDate: d.plannedDate,
          cadence: d.cadence,
          kind: d.kind,
          chair: d.chair,
          periodCovered: d.periodCovered,
          catalogueId: d.catalogueId,
          agenda: agendaOf(catalogue).map((input) => input.id),
          previousReviewId: d.previousReviewId,
          at: d.at,
        },
      });
    }
    case 'RescheduleReview': {
      const d = command.data;
      if (state.status !== 'scheduled') return refuse(lifecycleRule, 'a review is rescheduled only before its meeting');
      if (d.plannedDate === state.plannedDate)
        return refuse(lifecycleRule, `the review is already planned on ${d.plannedDate}`);
      return one({
        type: 'ReviewRescheduled',
        data: {
          reviewId: state.reviewId,
          previousPlannedDate: state.plannedDate,
          plannedDate: d.plannedDate,
          reason: d.reason,
          at: d.at,
        },
      });
    }
    case 'InviteParticipant': {
      const d = command.data;
      if (state.status !== 'scheduled') return refuse(lifecycleRule, 'participants are invited before the meeting');
      if (state.participants.some((p) => p.id === d.participant.id)) {
        return refuse(lifecycleRule, `${d.participant.id} is already invited`);
      }
      return one({
        type: 'ParticipantInvited',
        data: { reviewId: state.reviewId, participant: d.participant, at: d.at },
      });
    }
    case 'RequestPreparatoryReport': {
      const d = command.data;
      if (state.status !== 'scheduled')
        return refuse(lifecycleRule, 'preparatory reports are requested before the meeting');
      if (!state.participants.some((p) => p.id === d.requestedFrom)) {
        return refuse(lifecycleRule, `${d.requestedFrom} is not an invited participant`);
      }
      if (state.reports.some((r) => r.reportId === d.reportId)) {
        return refuse(lifecycleRule, `report ${d.reportId} is already requested`);
      }
      if (d.dueDate > state.plannedDate) {
        return refuse(
          chronologyRule,
          `a preparatory report is due by the meeting (${state.plannedDate}), not ${d.dueDate}`,
        );
      }
      const unknown = d.inputIds.filter((inputId) => !state.agenda.includes(inputId));
      if (unknown.length > 0) return refuse('9.3.2', `inputs ${unknown.join(', ')} are not on the agenda`);
      return one({
        type: 'PreparatoryReportRequested',
        data: {
          reviewId: state.reviewId,
          reportId: d.reportId,
          requestedFrom: d.requestedFrom,
          inputIds: d.inputIds,
          dueDate: d.dueDate,
          at: d.at,
        },
      });
    }
    case 'SubmitPreparatoryReport': {
      const d = command.data;
      const report = state.reports.find((r) => r.reportId === d.reportId);
      if (report === undefined) return refuse(lifecycleRule, `report ${d.reportId} was not requested`);
      if (report.submitted) return refuse(lifecycleRule, `report ${d.reportId} is already submitted`);
      if (state.status !== 'scheduled')
        return refuse(lifecycleRule, 'preparatory reports are submitted before the meeting');
      return one({
        type: 'PreparatoryReportSubmitted',
        data: {
          reviewId: state.reviewId,
          reportId: d.reportId,
          submittedBy: command.actor.id,
          summary: d.summary,
          references: d.references,
          at: d.at,
        },
      });
    }
    case 'OpenMeeting': {
      const d = command.data;
      if (state.status !== 'scheduled') return refuse(lifecycleRule, 'the meeting is opened once');
      // 9.3.1: top management reviews the ISMS — a meeting without it is not a management review.
      if (!d.attendees.some((p) => p.role === 'topManagement')) {
        return refuse('9.3.1', 'top management must attend the management review');
      }
      return one({
        type: 'MeetingOpened',
        data: { reviewId: state.reviewId, attendees: d.attendees, apologies: d.apologies, at: d.at },
      });
    }
    case 'PresentInput': {
      const d = command.data;
      const refused = inMeeting(state, 'inputs are presented', '9.3.2') ?? onAgenda(state, d.inputId);
      if (refused !== undefined) return refused;
      return one({
        type: 'InputPresented',
        data: {
          reviewId: state.reviewId,
          inputId: d.inputId,
          summary: d.summary,
          facts: d.facts,
          references: d.references,
          at: d.at,
        },
      });
    }
    case 'MarkInputNotCovered': {
      const d = command.data;
      const refused = inMeeting(state, 'inputs are marked not covered', '9.3.2') ?? onAgenda(state, d.inputId);
      if (refused !== undefined) return refused;
      return one({
        type: 'InputNotCovered',
        data: { reviewId: state.reviewId, inputId: d.inputId, justification: d.justification, at: d.at },
      });
    }
    case 'RecordDecision': {
      const d = command.data;
      // 9.3.3: decisions are the results of the review — of the meeting, not of its preparation.
      const refused = inMeeting(state, 'decisions are recorded', '9.3.3');
      if (refused !== undefined) return refused;
      if (state.decisions.some((decision) => decision.decisionId === d.decisionId)) {
        return refuse(lifecycleRule, `decision ${d.decisionId} is already recorded`);
      }
      return one({
        type: 'DecisionRecorded',
        data: {
          reviewId: state.reviewId,
          decisionId: d.decisionId,
          kind: d.kind,
          description: d.description,
          rationale: d.rationale,
          actionIds: d.actionIds,
          at: d.at,
        },
      });
    }
    case 'RecordVerdict': {
      const d = command.data;
      const refused = inMeeting(state, 'verdicts are recorded', '9.3.1');
      if (refused !== undefined) return refused;
      if (state.verdicts[d.aspect] !== undefined)
        return refuse('9.3.1', `the verdict on ${d.aspect} is already recorded`);
      return one({
        type: 'VerdictRecorded',
        data: { reviewId: state.reviewId, aspect: d.aspect, outcome: d.outcome, comment: d.comment, at: d.at },
      });
    }
    case 'DraftMinutes': {
      const refused = inMeeting(state, 'minutes are drafted', '9.3.3');
      if (refused !== undefined) return refused;
      return one({
        type: 'MinutesDrafted',
        data: {
          reviewId: state.reviewId,
          draftedBy: command.actor.id,
          documentRef: command.data.documentRef,
          at: command.data.at,
        },
      });
    }
    case 'ApproveMinutes': {
      const refused = inMeeting(state, 'minutes are approved', '9.3.3');
      if (refused !== undefined) return refused;
      if (state.minutes !== 'drafted') return refuse('9.3.3', 'the minutes must be drafted before they are approved');
      const open = inputsNotAddressed(state);
      if (open.length > 0) {
        return refuse('9.3.2', `inputs ${open.join(', ')} are neither presented nor justified as not covered`);
      }
      const missing = aspectsWithoutVerdict(state);
      if (missing.length > 0) return refuse('9.3.1', `no verdict yet on ${missing.join(', ')}`);
      return one({
        type: 'MinutesApproved',
        data: { reviewId: state.reviewId, approvedBy: command.actor.id, at: command.data.at },
      });
    }
    case 'CommunicateResults': {
      const d = command.data;
      if (state.status !== 'minutesApproved') {
        return refuse('7.4', 'results are communicated once the minutes are approved');
      }
      if (state.meetingDay !== undefined && d.communicatedOn < state.meetingDay) {
        return refuse(
          chronologyRule,
          `results cannot be communicated (${d.communicatedOn}) before the meeting (${state.meetingDay})`,
        );
      }
      return one({
        type: 'ResultsCommunicated',
        data: {
          reviewId: state.reviewId,
          audiences: d.audiences,
          channel: d.channel,
          communicatedOn: d.communicatedOn,
          at: d.at,
        },
      });
    }
    case 'ScheduleNextReview': {
      const d = command.data;
      if (state.status !== 'meetingOpen' && state.status !== 'minutesApproved') {
        return refuse(lifecycleRule, 'the next review is scheduled once the meeting is held');
      }
      const from = state.meetingDay ?? state.plannedDate;
      if (d.plannedDate <= from) return refuse(chronologyRule, `the next review must come after ${from}`);
      // 9.3.1: reviews happen at planned intervals; a longer gap is an explicit, recorded choice.
      const latest = addMonths(from, monthsOf[state.cadence]);
      const withinCadence = d.plannedDate <= latest;
      if (!withinCadence && d.longerGapReason === undefined) {
        return refuse(
          '9.3.1',
          `${d.plannedDate} is beyond the ${state.cadence} cadence (latest ${latest}); give a longerGapReason`,
        );
      }
      return one({
        type: 'NextReviewScheduled',
        data: {
          reviewId: state.reviewId,
          plannedDate: d.plannedDate,
          withinCadence,
          nextReviewId: d.nextReviewId,
          longerGapReason: withinCadence ? undefined : d.longerGapReason,
          at: d.at,
        },
      });
    }
    case 'CloseReview': {
      if (state.status !== 'minutesApproved')
        return refuse('9.3.3', 'a review closes only once its minutes are approved');
      if (!state.communicated) return refuse('7.4', 'a review closes only once its results are communicated');
      if (state.nextReview === undefined)
        return refuse('9.3.1', 'a review closes only once the next review is scheduled');
      return one({ type: 'ReviewClosed', data: { reviewId: state.reviewId, at: command.data.at } });
    }
    case 'CancelReview':
      return one({
        type: 'ReviewCancelled',
        data: { reviewId: state.reviewId, reason: command.data.reason, at: command.data.at },
      });
    case 'NoteCorrection':
      return refuse(lifecycleRule, 'a correction note is recorded only after the review is closed');
  }
};

/**
 * The management review decider (9.3). `catalogues` are the clause catalogues a review may
 * follow; the built-in one is ISO/IEC 27001:2022.
 */
export const createReviewDecider = (
  catalogues: Catalogues = builtInCatalogues,
): Decider<ReviewCommand, Review, ReviewEvent, DomainError> => ({
  initialState: initialReviewState,
  evolve: evolveReview,
  decide: (command, state) => {
    const exists = state.status !== 'unscheduled';
    const existence =
      command.type === 'ScheduleReview' ? mustNotExist(exists, 'the review') : mustExist(exists, 'the review');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (state.status === 'cancelled') return refuse(lifecycleRule, 'the review is cancelled');
    if (state.status === 'closed') {
      // After close the record stands; only a correction note is added to it.
      return command.type === 'NoteCorrection'
        ? one({
            type: 'ReviewCorrectionNoted',
            data: { reviewId: state.reviewId, note: command.data.note, at: command.data.at },
          })
        : refuse('9.3.3', 'a closed review is only corrected by a note');
    }
    return decideOpenReview(command, state, catalogues);
  },
});

/** The review decider over the built-in catalogues. */
export const reviewDecider = createReviewDecider();
