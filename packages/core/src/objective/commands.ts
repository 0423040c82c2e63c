import { Id, IsoDateTime, struct, structWith } from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import {
  CitedMeasurement,
  FulfilmentEvaluation,
  objectiveDefinitionFields,
  objectiveDefinitionOptions,
  objectiveTexts,
  Progress,
} from './events.js';

/** The commands of an objective (6.2). Each carries the objective id and `at` (ISO-8601). */
export const objectiveCommandCodecs = {
  /** Exactly one of `target` (measurable) and `fulfilmentCriteria` (not measurable). */
  SetObjective: structWith(
    { objectiveId: Id, ...objectiveDefinitionFields, at: IsoDateTime },
    objectiveDefinitionOptions,
  ),
  /**
   * The fields that change, with the reason; the others stay. A new `target` replaces the
   * `fulfilmentCriteria` and the other way round.
   */
  ReviseObjective: structWith(
    { objectiveId: Id, reason: objectiveTexts.reason, at: IsoDateTime },
    { ...objectiveDefinitionFields, ...objectiveDefinitionOptions },
  ),
  EvaluateObjectiveProgress: structWith(
    { objectiveId: Id, progress: Progress, comment: objectiveTexts.comment, at: IsoDateTime },
    { measurement: CitedMeasurement },
  ),
  /** A measurable objective cites its `measurement`; one that is not measurable records its `evaluation`. */
  AchieveObjective: structWith(
    { objectiveId: Id, at: IsoDateTime },
    { measurement: CitedMeasurement, evaluation: FulfilmentEvaluation },
  ),
  MissObjective: structWith(
    { objectiveId: Id, evaluation: FulfilmentEvaluation, followUp: objectiveTexts.followUp, at: IsoDateTime },
    { measurement: CitedMeasurement },
  ),
  WithdrawObjective: struct({ objectiveId: Id, reason: objectiveTexts.reason, at: IsoDateTime }),
} as const;

/** Any command to an objective. */
export type ObjectiveCommand = CommandOf<typeof objectiveCommandCodecs>;
export type ObjectiveCommandData<K extends ObjectiveCommand['type']> = Extract<ObjectiveCommand, { type: K }>['data'];
