import { lifecycleRule, refuse } from '../shared/rules.js';
import type { ReviewCommand } from './commands.js';
import { citesFrozenPart, type Decided, inMeeting, onAgenda, one } from './decideSupport.js';
import { aspectsWithoutVerdict, inputsNotAddressed, type Review } from './state.js';

/** Commands of the meeting, up to the approval of its minutes (9.3.1, 9.3.2, 9.3.3). */
export type MeetingCommand = Extract<
  ReviewCommand,
  {
    type:
      | 'PresentInput'
      | 'MarkInputNotCovered'
      | 'RecordDecision'
      | 'RecordVerdict'
      | 'DraftMinutes'
      | 'ApproveMinutes';
  }
>;

/** The command types of `MeetingCommand`. */
export const meetingCommandTypes: ReadonlySet<ReviewCommand['type']> = new Set<ReviewCommand['type']>([
  'PresentInput',
  'MarkInputNotCovered',
  'RecordDecision',
  'RecordVerdict',
  'DraftMinutes',
  'ApproveMinutes',
]);

/** Decides a meeting command for a review that is neither closed nor cancelled. */
export const decideMeeting = (command: MeetingCommand, state: Review): Decided => {
  switch (command.type) {
    case 'PresentInput': {
      const d = command.data;
      const refused =
        inMeeting(state, 'inputs are presented', '9.3.2') ??
        onAgenda(state, d.inputId) ??
        citesFrozenPart(state, d.inputId, d.frozenPartDigest);
      if (refused !== undefined) return refused;
      const pack = state.inputPack;
      return one({
        type: 'InputPresented',
        data: {
          reviewId: state.reviewId,
          inputId: d.inputId,
          summary: d.summary,
          facts: d.facts,
          references: d.references,
          ...(d.frozenPartDigest === undefined || pack === undefined
            ? {}
            : { frozenPart: { packDigest: pack.digest, partDigest: d.frozenPartDigest } }),
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
  }
};
