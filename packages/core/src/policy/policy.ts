import type { DomainEvent } from '@mgmt-review/eventsourcing';
import {
  type Actor,
  type Decider,
  type DomainError,
  type NotPermitted,
  notPermitted,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { ActionCommand } from '../action/commands.js';
import type { Action } from '../action/state.js';
import type { AuditCommand } from '../audit/commands.js';
import { type Audit, ownerOfProcess } from '../audit/state.js';
import type { ConsultationCommand } from '../consultation/commands.js';
import type { Consultation } from '../consultation/state.js';
import type { ContextIssueCommand } from '../contextIssue/commands.js';
import type { ContextIssue } from '../contextIssue/state.js';
import type { ImprovementCommand } from '../improvement/commands.js';
import type { ImprovementOpportunity } from '../improvement/state.js';
import type { IndicatorCommand } from '../indicator/commands.js';
import type { Indicator } from '../indicator/state.js';
import type { InterestedPartyCommand } from '../interestedParty/commands.js';
import type { InterestedParty } from '../interestedParty/state.js';
import type { NonConformityCommand } from '../nonConformity/commands.js';
import type { NonConformity } from '../nonConformity/state.js';
import type { ObjectiveCommand } from '../objective/commands.js';
import type { Objective } from '../objective/state.js';
import type { ReviewCommand } from '../review/commands.js';
import type { Review } from '../review/state.js';
import type { RiskCommand } from '../risk/commands.js';
import type { Risk } from '../risk/state.js';
import type { Command } from '../shared/command.js';

/** Any command of the domain. Command types are unique across aggregates. */
export type ManagementReviewCommand =
  | ReviewCommand
  | ActionCommand
  | NonConformityCommand
  | RiskCommand
  | ObjectiveCommand
  | IndicatorCommand
  | AuditCommand
  | ContextIssueCommand
  | InterestedPartyCommand
  | ConsultationCommand
  | ImprovementCommand;

/** The state of the aggregate a command is addressed to. */
export type ManagementReviewState =
  | Review
  | Action
  | NonConformity
  | Risk
  | Objective
  | Indicator
  | Audit
  | ContextIssue
  | InterestedParty
  | Consultation
  | ImprovementOpportunity;

/**
 * Who may do what: a function of the actor, the command and the state of the aggregate it is
 * addressed to (the state of the stream `command.type` belongs to). `right` permits; a refusal is
 * a `NotPermitted` naming the rule. It runs before the decider, so a refused command appends nothing.
 */
export type Policy = (
  actor: Actor,
  command: ManagementReviewCommand,
  state: ManagementReviewState,
) => Either<NotPermitted, void>;

const permitted: Either<NotPermitted, void> = right(undefined);

/** Permits everything (the deciders' own rules still apply). */
export const allowAll: Policy = () => permitted;

/** Every policy must permit; the first refusal is returned. */
export const allOf =
  (...policies: readonly Policy[]): Policy =>
  (actor, command, state) => {
    for (const policy of policies) {
      const decided = policy(actor, command, state);
      if (isLeft(decided)) return decided;
    }
    return permitted;
  };

/**
 * The rules of the standard about who acts:
 * - only the chair approves the minutes of a review (9.3: top management reviews; the chair signs for it);
 * - only the one a preparatory report was requested from submits it;
 * - only the risk owner approves the treatment plan and accepts the residual risk (6.1.3 f);
 * - the owner of an action does not verify it; the owner of a corrective action does not verify
 *   the effectiveness of a nonconformity's treatment (10.2 d);
 * - only the indicator's measurer records and corrects its measurements (9.1 d: who measures), and
 *   only its analyst analyses a period (9.1 f: who analyses and evaluates);
 * - the owner of an audited process does not record findings on it (9.2.2 c: impartiality). The
 *   auditors named in the plan and on each finding are checked by the audit decider itself, since
 *   the command carries them.
 */
export const builtInPolicy: Policy = (actor, command, state) => {
  switch (command.type) {
    case 'ApproveMinutes': {
      const review = state as Review;
      return review.chair === undefined || review.chair.id === actor.id
        ? permitted
        : left(notPermitted('9.3 chair', `only the chair (${review.chair.id}) approves the minutes`));
    }
    case 'SubmitPreparatoryReport': {
      const report = (state as Review).reports.find((r) => r.reportId === command.data.reportId);
      return report === undefined || report.requestedFrom === actor.id
        ? permitted
        : left(
            notPermitted(
              'preparatory-report-author',
              `report ${report.reportId} was requested from ${report.requestedFrom}`,
            ),
          );
    }
    case 'ApproveTreatmentPlan':
    case 'AcceptResidualRisk': {
      const risk = state as Risk;
      const what =
        command.type === 'ApproveTreatmentPlan' ? 'approves the treatment plan' : 'accepts the residual risk';
      return risk.owner === undefined || risk.owner.id === actor.id
        ? permitted
        : left(notPermitted('6.1.3 f', `only the risk owner (${risk.owner.id}) ${what}`));
    }
    case 'VerifyAction': {
      const action = state as Action;
      return action.owner?.id === actor.id
        ? left(notPermitted('verifier-is-not-owner', 'the owner of an action cannot verify it'))
        : permitted;
    }
    case 'VerifyNonConformityEffectiveness': {
      const nonConformity = state as NonConformity;
      return nonConformity.plannedActions.some((a) => a.owner.id === actor.id)
        ? left(notPermitted('10.2 d', 'the owner of a corrective action cannot verify its effectiveness'))
        : permitted;
    }
    case 'RecordMeasurement':
    case 'CorrectMeasurement': {
      const measurer = (state as Indicator).measuredBy;
      return measurer === undefined || measurer.id === actor.id
        ? permitted
        : left(notPermitted('9.1 d', `only the indicator's measurer (${measurer.id}) records its measurements`));
    }
    case 'AnalyseIndicatorPeriod': {
      const analyst = (state as Indicator).analysedBy;
      return analyst === undefined || analyst.id === actor.id
        ? permitted
        : left(notPermitted('9.1 f', `only the indicator's analyst (${analyst.id}) analyses its results`));
    }
    case 'RecordAuditFinding': {
      const owner = ownerOfProcess(state as Audit, command.data.process);
      return owner?.id === actor.id
        ? left(notPermitted('9.2.2 c', `${actor.id} owns ${command.data.process} and does not record findings on it`))
        : permitted;
    }
    default:
      return permitted;
  }
};

/** A decider whose commands first pass the policy: a refusal is returned and nothing is decided. */
export const withPolicy = <C extends Command, S, E extends DomainEvent>(
  decider: Decider<C, S, E, DomainError>,
  policy: Policy,
): Decider<C, S, E, DomainError> => ({
  initialState: decider.initialState,
  evolve: decider.evolve,
  decide: (command, state) => {
    // Every command of the domain is a `ManagementReviewCommand`, addressed to its aggregate's state.
    const allowed = policy(command.actor, command as ManagementReviewCommand, state as ManagementReviewState);
    return isLeft(allowed) ? allowed : decider.decide(command, state);
  },
});
