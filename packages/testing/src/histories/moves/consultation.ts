import {
  type Action,
  type Consultation,
  type ConsultationChannel,
  type ConsultationItem,
  type FeedbackKind,
  type FeedbackLink,
  type InterestedParty,
  isTakenIntoAccount,
  type Objective,
  type Review,
  type ScoreScale,
  scoreRange,
  standingChannels,
} from '@mgmt-review/core';
import { ACTIONS } from './action.js';
import { INTERESTED_PARTIES } from './interestedParty.js';
import { ciso, day, type MoveStep, stateOf } from './moveStep.js';
import { OBJECTIVES } from './objective.js';
import { REVIEWS } from './review.js';

/** A consultation of a random history: its channel, and the scale it scores on, if any. */
export interface ConsultationProfile {
  readonly consultationId: string;
  readonly channel: ConsultationChannel;
  readonly scale: ScoreScale | undefined;
}

/** A satisfaction survey, a poll scored as NPS, and a standing complaint channel without a score. */
export const CONSULTATIONS: readonly ConsultationProfile[] = [
  { consultationId: 'cons-survey', channel: 'survey', scale: 'satisfaction' },
  { consultationId: 'cons-poll', channel: 'poll', scale: 'nps' },
  { consultationId: 'cons-complaints', channel: 'complaintChannel', scale: undefined },
];

const feedbackKinds: readonly FeedbackKind[] = ['praise', 'complaint', 'request', 'concern'];

/** A score on `scale` for a step's random choice, within the scale's range. */
const scoreOn = (scale: ScoreScale, c: number): number => {
  const { min, max } = scoreRange[scale];
  return min + ((c % 41) / 40) * (max - min);
};

/**
 * What an item led to, for a step's random choice: a review decision, an action, the change of the
 * requirement it concerns, or an objective of the history, whichever exists; or nothing (`undefined`).
 */
const linkFor = async (step: MoveStep, item: ConsultationItem): Promise<FeedbackLink | undefined> => {
  const { t, choice: c } = step;
  switch ((c >> 1) % 5) {
    case 0:
      for (const reviewId of REVIEWS) {
        const decision = (await stateOf<Review>(t.reviews.load(reviewId))).decisions[0];
        if (decision !== undefined) return { to: 'reviewDecision', reviewId, decisionId: decision.decisionId };
      }
      return undefined;
    case 1:
      for (const actionId of ACTIONS) {
        if ((await stateOf<Action>(t.actions.load(actionId))).status !== 'none') return { to: 'action', actionId };
      }
      return undefined;
    case 2:
      return item.interestedPartyId === undefined || item.requirementId === undefined
        ? undefined
        : { to: 'requirementChange', interestedPartyId: item.interestedPartyId, requirementId: item.requirementId };
    case 3:
      for (const { objectiveId } of OBJECTIVES) {
        const objective = await stateOf<Objective>(t.objectives.load(objectiveId));
        if (objective.status !== 'none') return { to: 'objective', objectiveId };
      }
      return undefined;
    default:
      return undefined;
  }
};

/** Feedback from one of the parties consulted, on one of its current requirements where it has one. */
const recordFeedback = async (step: MoveStep, s: Consultation) => {
  const { t, choice: c, at } = step;
  const interestedPartyId = s.interestedPartyIds[(c >> 2) % s.interestedPartyIds.length]!;
  const party = await stateOf<InterestedParty>(t.interestedParties.load(interestedPartyId));
  const requirement = party.requirements.find((r) => r.status === 'current');
  await t.consultations.recordFeedback(
    {
      consultationId: s.consultationId,
      feedbackId: `${s.consultationId}-fb-${s.items.length + 1}`,
      interestedPartyId,
      kind: feedbackKinds[c % 4]!,
      summary: 'faster incident notices, please',
      requirementId: c % 2 === 0 ? requirement?.requirementId : undefined,
      at,
    },
    { actor: ciso },
  )();
};

/**
 * Moves a consultation one command along (9.3.2 c, e): plan it with the parties registered; while
 * it is open, record feedback, its results (the score on its scale, findings) once conducted, and
 * take each finding and feedback item into account with a link to what it led to or a reason;
 * close it once every item is taken into account; or cancel it before anything is received.
 */
export const moveConsultation = async (step: MoveStep, profile: ConsultationProfile): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const { consultationId, channel, scale } = profile;
  const s = await stateOf<Consultation>(t.consultations.load(consultationId));
  const by = { actor: ciso };
  const today = day(now);
  if (s.status === 'none') {
    const registered: string[] = [];
    for (const { interestedPartyId } of INTERESTED_PARTIES) {
      const party = await stateOf<InterestedParty>(t.interestedParties.load(interestedPartyId));
      if (party.status === 'registered') registered.push(interestedPartyId);
    }
    if (registered.length === 0) return;
    const standing = standingChannels.includes(channel);
    await t.consultations.plan(
      {
        consultationId,
        channel,
        interestedPartyIds: registered,
        topic: 'the security of our services',
        window: { opensOn: day(now, 1), closesOn: day(now, standing ? 180 : 15 + (c % 30)) },
        owner: ciso,
        scale,
        at,
      },
      by,
    )();
    return;
  }
  if (s.status !== 'planned' && s.status !== 'conducted') return;
  if (s.status === 'planned' && s.items.length === 0 && c % 9 === 0) {
    await t.consultations.cancel({ consultationId, reason: 'merged into the yearly review', at }, by)();
    return;
  }
  const window = s.window!;
  if (today < window.opensOn) return;
  const awaiting = s.items.find((item) => !isTakenIntoAccount(item));
  const standing = standingChannels.includes(channel);
  if (awaiting !== undefined && c % 3 !== 0) {
    const link = await linkFor(step, awaiting);
    await t.consultations.takeIntoAccount(
      link === undefined
        ? { consultationId, itemId: awaiting.itemId, reasonNotActedOn: 'already met by the contract', at }
        : { consultationId, itemId: awaiting.itemId, links: [link], at },
      by,
    )();
  } else if (s.items.length < 4 && c % 3 === 0) {
    await recordFeedback(step, s);
  } else if (s.results === undefined && !standing && (today >= window.closesOn || c % 4 === 0)) {
    const invited = 20 + (c % 40);
    await t.consultations.recordResults(
      {
        consultationId,
        conductedOn: [today, window.closesOn].sort()[0]!,
        invited,
        responses: (c >> 2) % (invited + 1),
        findings: Array.from({ length: c % 3 }, (_, k) => ({
          findingId: `${consultationId}-finding-${k + 1}`,
          summary: 'customers want faster incident notices',
        })),
        score: scale === undefined ? undefined : scoreOn(scale, c >> 3),
        at,
      },
      by,
    )();
  } else if (awaiting === undefined && (s.results !== undefined || standing) && c % 2 === 0) {
    await t.consultations.close({ consultationId, at }, by)();
  }
};
