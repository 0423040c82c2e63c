import * as t from 'io-ts';
import {
  Id,
  IsoDate,
  IsoDateTime,
  NonEmptyString,
  nonEmptyArray,
  Person,
  struct,
  structWith,
} from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import { ActionOrigin } from './events.js';

/** The commands of an action. Each carries the action id and `at` (ISO-8601). */
export const actionCommandCodecs = {
  RaiseAction: structWith(
    {
      actionId: Id,
      origin: ActionOrigin,
      originId: Id,
      title: NonEmptyString,
      owner: Person,
      dueDate: IsoDate,
      at: IsoDateTime,
    },
    { decisionId: Id, description: NonEmptyString },
  ),
  StartAction: struct({ actionId: Id, at: IsoDateTime }),
  NoteActionProgress: structWith(
    { actionId: Id, note: NonEmptyString, at: IsoDateTime },
    { percentComplete: t.number },
  ),
  ChangeActionDueDate: struct({ actionId: Id, dueDate: IsoDate, reason: NonEmptyString, at: IsoDateTime }),
  CompleteAction: struct({
    actionId: Id,
    summary: NonEmptyString,
    evidence: nonEmptyArray(NonEmptyString),
    at: IsoDateTime,
  }),
  VerifyAction: struct({ actionId: Id, comment: NonEmptyString, at: IsoDateTime }),
  ReviewActionEffectiveness: struct({ actionId: Id, effective: t.boolean, comment: NonEmptyString, at: IsoDateTime }),
  CancelAction: struct({ actionId: Id, reason: NonEmptyString, at: IsoDateTime }),
} as const;

/** Any command to an action. */
export type ActionCommand = CommandOf<typeof actionCommandCodecs>;
export type ActionCommandData<K extends ActionCommand['type']> = Extract<ActionCommand, { type: K }>['data'];
