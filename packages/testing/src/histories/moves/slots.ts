import { ACTIONS, moveAction } from './action.js';
import { AUDITS, moveAudit } from './audit.js';
import { CONSULTATIONS, moveConsultation } from './consultation.js';
import { CONTEXT_ISSUES, moveClimateDecision, moveContextIssue } from './contextIssue.js';
import { IMPROVEMENTS, moveImprovement } from './improvement.js';
import { INDICATORS, moveIndicator } from './indicator.js';
import { INTERESTED_PARTIES, moveInterestedParty } from './interestedParty.js';
import type { MoveStep } from './moveStep.js';
import { moveNonConformity, NONCONFORMITIES } from './nonConformity.js';
import { moveObjective, OBJECTIVES } from './objective.js';
import { moveReview, REVIEWS } from './review.js';
import { moveRisk, RISKS } from './risk.js';

/** One entity's next command, or none, for a step. */
export type Move = (step: MoveStep) => Promise<void>;

/** `n` slots for each of `entities`, each moving its own entity. */
const each = <E>(
  entities: readonly E[],
  n: number,
  move: (step: MoveStep, entity: E, index: number) => Promise<void>,
): Move[] =>
  entities.flatMap((entity, index) => Array.from({ length: n }, (): Move => (step) => move(step, entity, index)));

/**
 * The management review and its loop: which of its entities a step moves,
 * `LOOP_SLOTS[step.entity % LOOP_SLOTS.length]`. A review, whose life takes the most commands,
 * has four slots; a nonconformity or a risk two; an action one.
 */
export const LOOP_SLOTS: readonly Move[] = [
  ...each(REVIEWS, 4, (step, _, index) => moveReview(step, index)),
  ...each(ACTIONS, 1, moveAction),
  ...each(NONCONFORMITIES, 2, moveNonConformity),
  ...each(RISKS, 2, moveRisk),
];

/**
 * The records a review rests on: which of them the same step moves too. An objective, an
 * indicator, an audit, a consultation or an improvement opportunity has two slots; a context
 * issue, the climate decision and an interested party one.
 */
export const RECORD_SLOTS: readonly Move[] = [
  ...each(OBJECTIVES, 2, moveObjective),
  ...each(INDICATORS, 2, moveIndicator),
  ...each(AUDITS, 2, moveAudit),
  ...each(CONTEXT_ISSUES, 1, moveContextIssue),
  moveClimateDecision,
  ...each(INTERESTED_PARTIES, 1, moveInterestedParty),
  ...each(CONSULTATIONS, 2, moveConsultation),
  ...each(IMPROVEMENTS, 2, moveImprovement),
];
