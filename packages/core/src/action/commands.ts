import * as t from 'io-ts';
import { Id, IsoDate, IsoDateTime, nonEmptyArray, Person, struct, structWith } from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import { ActionOrigin, actionTexts } from './events.js';

/** The commands of an action. Each carries the action id and `at` (ISO-8601). */
export const actionCommandCodecs = {
  RaiseAction: structWith(
    {
      actionId: Id,
      origin: ActionOrigin,
      originId: Id,
      title: actionTexts.title,
      owner: Person,
      dueDate: IsoDate,
      at: IsoDateTime,
    },
    { decisionId: Id, description: actionTexts.description },
  ),
  StartAction: struct({ actionId: Id, at: IsoDateTime }),
  NoteActionProgress: structWith(
    { actionId: Id, note: actionTexts.note, at: IsoDateTime },
    { percentComplete: t.number },
  ),
  ChangeActionDueDate: struct({ actionId: Id, dueDate: IsoDate, reason: actionTexts.reason, at: IsoDateTime }),
  CompleteAction: struct({
    actionId: Id,
    summary: actionTexts.summary,
    evidence: nonEmptyArray(actionTexts.evidence),
    at: IsoDateTime,
  }),
  VerifyAction: struct({ actionId: Id, comment: actionTexts.comment, at: IsoDateTime }),
  ReviewActionEffectiveness: struct({
    actionId: Id,
    effective: t.boolean,
    comment: actionTexts.comment,
    at: IsoDateTime,
  }),
  CancelAction: struct({ actionId: Id, reason: actionTexts.reason, at: IsoDateTime }),
} as const;

/** Any command to an action. */
export type ActionCommand = CommandOf<typeof actionCommandCodecs>;
export type ActionCommandData<K extends ActionCommand['type']> = Extract<ActionCommand, { type: K }>['data'];
