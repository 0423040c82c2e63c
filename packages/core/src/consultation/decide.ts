import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { chronologyRule, lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import { dayOf } from '../shared/time.js';
import type { ConsultationCommand, ConsultationCommandData } from './commands.js';
import { type ConsultationEvent, type FeedbackLink, scoreRange, standingChannels } from './events.js';
import {
  type Consultation,
  evolveConsultation,
  initialConsultationState,
  isTakenIntoAccount,
  itemOf,
} from './state.js';

type Decided = Either<DomainError, readonly ConsultationEvent[]>;

const one = (event: ConsultationEvent): Decided => right([event]);

/** The rules of feedback from interested parties and what is done with it. */
const feedbackClause = '9.3.2 e';

/** A link in words, and the key two links are the same by. */
const linkKey = (link: FeedbackLink): string => {
  switch (link.to) {
    case 'reviewDecision':
      return `decision ${link.decisionId} of review ${link.reviewId}`;
    case 'action':
      return `action ${link.actionId}`;
    case 'requirementChange':
      return `requirement ${link.requirementId} of ${link.interestedPartyId}`;
    case 'objective':
      return `objective ${link.objectiveId}`;
  }
};

/** The score fits the consultation's scale: present exactly when it has one, and within its range. */
const scored = (state: Consultation, score: number | undefined): Decided | undefined => {
  const scale = state.scale;
  if (scale === undefined) {
    return score === undefined ? undefined : refuse(feedbackClause, 'the consultation has no scale to score on');
  }
  if (score === undefined)
    return refuse(feedbackClause, `the consultation scores on the ${scale} scale: give its score`);
  const { min, max } = scoreRange[scale];
  return score < min || score > max
    ? refuse(feedbackClause, `a ${scale} score is from ${min} to ${max}, got ${score}`)
    : undefined;
};

const decideResults = (d: ConsultationCommandData<'RecordConsultationResults'>, state: Consultation): Decided => {
  const window = state.window;
  const channel = state.channel;
  if (window === undefined || channel === undefined) return refuse(lifecycleRule, 'the consultation is not planned');
  if (state.results !== undefined) return refuse(lifecycleRule, 'the results are already recorded');
  if (d.conductedOn < window.opensOn || d.conductedOn > window.closesOn) {
    return refuse(
      chronologyRule,
      `conducted on ${d.conductedOn}, outside the consultation's window ${window.opensOn}–${window.closesOn}`,
    );
  }
  if (d.conductedOn > dayOf(d.at)) {
    return refuse(chronologyRule, `results are recorded once conducted: ${d.conductedOn} is after ${dayOf(d.at)}`);
  }
  if (d.responses > d.invited) {
    return refuse(feedbackClause, `${d.responses} responses is more than the ${d.invited} invited`);
  }
  const refused = scored(state, d.score);
  if (refused !== undefined) return refused;
  const ids = d.findings.map((f) => f.findingId);
  const again = ids.filter((id, i) => ids.indexOf(id) !== i || itemOf(state, id) !== undefined);
  if (again.length > 0) return refuse(lifecycleRule, `item ids ${again.join(', ')} are already used`);
  return one({
    type: 'ConsultationResultsRecorded',
    data: {
      consultationId: state.consultationId,
      channel,
      conductedOn: d.conductedOn,
      invited: d.invited,
      responses: d.responses,
      responseRate: d.responses / d.invited,
      findings: d.findings,
      scale: state.scale,
      score: d.score,
      at: d.at,
    },
  });
};

const decideFeedback = (d: ConsultationCommandData<'RecordFeedback'>, state: Consultation): Decided => {
  if (!state.interestedPartyIds.includes(d.interestedPartyId)) {
    return refuse(
      feedbackClause,
      `${d.interestedPartyId} is not among the parties consulted (${state.interestedPartyIds.join(', ')})`,
    );
  }
  const opensOn = state.window?.opensOn;
  if (opensOn !== undefined && dayOf(d.at) < opensOn) {
    return refuse(chronologyRule, `feedback is received once the consultation opens (${opensOn})`);
  }
  if (itemOf(state, d.feedbackId) !== undefined)
    return refuse(lifecycleRule, `item id ${d.feedbackId} is already used`);
  return one({
    type: 'FeedbackRecorded',
    data: {
      consultationId: state.consultationId,
      feedbackId: d.feedbackId,
      interestedPartyId: d.interestedPartyId,
      kind: d.kind,
      summary: d.summary,
      requirementId: d.requirementId,
      at: d.at,
    },
  });
};

const decideTakeIntoAccount = (
  d: ConsultationCommandData<'TakeFeedbackIntoAccount'>,
  takenBy: string,
  state: Consultation,
): Decided => {
  const item = itemOf(state, d.itemId);
  if (item === undefined) return refuse(lifecycleRule, `the consultation has no finding or feedback ${d.itemId}`);
  // 9.3.2 c, e: feedback counts as taken into account only with what it led to, or why nothing.
  if ((d.links === undefined) === (d.reasonNotActedOn === undefined)) {
    return refuse(
      feedbackClause,
      'feedback is taken into account with links to what it led to (a review decision, an action, a requirement change, an objective) or with reasonNotActedOn: one of the two',
    );
  }
  const links = d.links ?? [];
  const known = new Set(item.links.map(linkKey));
  const keys = links.map(linkKey);
  const again = keys.filter((key, i) => known.has(key) || keys.indexOf(key) !== i);
  if (again.length > 0) return refuse(lifecycleRule, `${d.itemId} is already linked to ${again.join(', ')}`);
  return one({
    type: 'FeedbackTakenIntoAccount',
    data: {
      consultationId: state.consultationId,
      itemId: d.itemId,
      item: item.item,
      links,
      takenBy,
      reasonNotActedOn: d.reasonNotActedOn,
      at: d.at,
    },
  });
};

const decideOpen = (command: ConsultationCommand, state: Consultation): Decided => {
  const consultationId = state.consultationId;
  switch (command.type) {
    case 'PlanConsultation':
      return refuse(lifecycleRule, 'the consultation is already planned');
    case 'RecordConsultationResults':
      return decideResults(command.data, state);
    case 'RecordFeedback':
      return decideFeedback(command.data, state);
    case 'TakeFeedbackIntoAccount':
      return decideTakeIntoAccount(command.data, command.actor.id, state);
    case 'CloseConsultation': {
      const channel = state.channel;
      if (state.results === undefined && channel !== undefined && !standingChannels.includes(channel)) {
        return refuse(feedbackClause, `a ${channel} closes once its results are recorded`);
      }
      const awaiting = state.items.filter((i) => !isTakenIntoAccount(i)).map((i) => i.itemId);
      if (awaiting.length > 0) {
        return refuse(
          feedbackClause,
          `a consultation closes once each finding and feedback is taken into account: ${awaiting.join(', ')} not yet`,
        );
      }
      return one({ type: 'ConsultationClosed', data: { consultationId, at: command.data.at } });
    }
    case 'CancelConsultation':
      if (state.results !== undefined || state.items.length > 0) {
        return refuse(lifecycleRule, 'the consultation has results or feedback: close it instead');
      }
      return one({
        type: 'ConsultationCancelled',
        data: { consultationId, reason: command.data.reason, at: command.data.at },
      });
  }
};

/** The consultation decider (9.3.2 c, e). */
export const consultationDecider: Decider<ConsultationCommand, Consultation, ConsultationEvent, DomainError> = {
  initialState: initialConsultationState,
  evolve: evolveConsultation,
  decide: (command, state) => {
    const exists = state.status !== 'none';
    const existence =
      command.type === 'PlanConsultation'
        ? mustNotExist(exists, 'the consultation')
        : mustExist(exists, 'the consultation');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (state.status === 'closed' || state.status === 'cancelled') {
      return refuse(lifecycleRule, `the consultation is ${state.status}`);
    }
    if (command.type !== 'PlanConsultation') return decideOpen(command, state);
    const d = command.data;
    if (d.window.closesOn < d.window.opensOn) {
      return refuse(chronologyRule, `the window closes (${d.window.closesOn}) before it opens (${d.window.opensOn})`);
    }
    return one({
      type: 'ConsultationPlanned',
      data: {
        consultationId: d.consultationId,
        channel: d.channel,
        interestedPartyIds: d.interestedPartyIds,
        topic: d.topic,
        window: d.window,
        owner: d.owner,
        scale: d.scale,
        at: d.at,
      },
    });
  },
};
