import {
  type Clock,
  type CommandError,
  type CommandResult,
  type DomainError,
  decodeStrict,
  formatValidationErrors,
  type IdGenerator,
  invalidInput,
} from '@mgmt-review/eventsourcing';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import { type ActionCommandData, actionCommandCodecs } from '../action/commands.js';
import type { ActionEvent } from '../action/events.js';
import type { Action } from '../action/state.js';
import type { ReviewCommandData } from '../review/commands.js';
import type { ReviewEvent } from '../review/events.js';
import type { Review } from '../review/state.js';
import type { DecisionKind } from '../review/vocabulary.js';
import type { CommandFunction, CommandOptions } from './commandFunction.js';
import { DecisionWithActions } from './workflowInputs.js';

/** An action a decision calls for: raised with origin `reviewDecision`, the review id and the decision id. */
export interface DecidedActionInput {
  readonly actionId?: string;
  readonly title: string;
  readonly description?: string;
  readonly owner: { readonly id: string; readonly role: string };
  readonly dueDate: string;
}

/** A decision (9.3.3) with the actions it calls for. */
export interface DecisionWithActionsInput {
  readonly reviewId: string;
  readonly decisionId?: string;
  readonly kind: DecisionKind;
  readonly description: string;
  readonly rationale: string;
  readonly actions?: readonly DecidedActionInput[];
  readonly at?: string;
}

export interface DecisionWithActionsResult {
  readonly decision: CommandResult<Review, ReviewEvent>;
  readonly actions: readonly CommandResult<Action, ActionEvent>[];
}
export interface DecisionWithActionsDeps {
  readonly recordDecision: CommandFunction<ReviewCommandData<'RecordDecision'>, 'decisionId', Review, ReviewEvent>;
  readonly raiseAction: CommandFunction<ActionCommandData<'RaiseAction'>, 'actionId', Action, ActionEvent>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * 9.3.3: records a decision and raises the actions it calls for, each an Action referring to the
 * review and the decision. Every action is validated before anything is written. The decision is
 * written first; a retry with the same `commandId` completes what a failure left undone, raising
 * the same action ids (each raise's command id is `<commandId>.<n>`).
 */
export const decisionWithActions =
  ({ recordDecision, raiseAction, clock, ids }: DecisionWithActionsDeps) =>
  (
    input: DecisionWithActionsInput,
    commandOptions: CommandOptions,
  ): TaskEither<CommandError<DomainError>, DecisionWithActionsResult> =>
  async () => {
    // Strict like every command: an unknown field at any depth is refused before anything is written.
    const strict = decodeStrict(DecisionWithActions, input);
    if (isLeft(strict)) return left(invalidInput(strict.left));
    const commandId = commandOptions.commandId ?? ids.next();
    const at = input.at ?? clock.now();
    const planned = (input.actions ?? []).map((a) => ({ ...a, actionId: a.actionId ?? ids.next() }));
    const decisionId = input.decisionId ?? ids.next();
    for (const [i, a] of planned.entries()) {
      const checked = actionCommandCodecs.RaiseAction.decode({
        ...a,
        origin: 'reviewDecision',
        originId: input.reviewId,
        decisionId,
        at,
      });
      if (isLeft(checked)) {
        return left(invalidInput(formatValidationErrors(checked.left, `actions.${i}`)));
      }
    }
    const decided = await recordDecision(
      {
        reviewId: input.reviewId,
        decisionId,
        kind: input.kind,
        description: input.description,
        rationale: input.rationale,
        actionIds: planned.map((a) => a.actionId),
        at,
      },
      { ...commandOptions, commandId },
    )();
    if (isLeft(decided)) return decided;
    // On a retry, the decision was recorded the first time: raise the actions it named then.
    const recorded = decided.right.events.find((e) => e.type === 'DecisionRecorded');
    const recordedData = recorded?.type === 'DecisionRecorded' ? recorded.data : undefined;
    const actionIds = recordedData?.actionIds ?? planned.map((a) => a.actionId);
    const raised: CommandResult<Action, ActionEvent>[] = [];
    for (const [i, a] of planned.entries()) {
      const result = await raiseAction(
        {
          actionId: actionIds[i] ?? a.actionId,
          origin: 'reviewDecision',
          originId: input.reviewId,
          decisionId: recordedData?.decisionId ?? decisionId,
          title: a.title,
          description: a.description,
          owner: a.owner,
          dueDate: a.dueDate,
          at: recordedData?.at ?? at,
        },
        { ...commandOptions, commandId: `${commandId}.${i + 1}`, causationId: commandId },
      )();
      if (isLeft(result)) return result;
      raised.push(result.right);
    }
    return right({ decision: decided.right, actions: raised });
  };
