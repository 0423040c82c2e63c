import * as t from 'io-ts';
import { Id, IsoDateTime, struct, structWith } from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import { contextIssueChangeFields, contextIssueChangeOptions, contextIssueFields, contextTexts } from './events.js';

/**
 * The commands of the organisation's context (4.1). Each carries `at` (ISO-8601); the commands to
 * an issue carry its `contextIssueId`, and `RecordClimateDecision` goes to the climate stream.
 */
export const contextIssueCommandCodecs = {
  RaiseContextIssue: struct({ contextIssueId: Id, ...contextIssueFields, at: IsoDateTime }),
  /** `changedOn`: the day the issue changed, not after the day it is recorded. */
  RecordContextIssueChange: structWith(
    { contextIssueId: Id, ...contextIssueChangeFields, at: IsoDateTime },
    contextIssueChangeOptions,
  ),
  RetireContextIssue: struct({ contextIssueId: Id, reason: contextTexts.reason, at: IsoDateTime }),
  /**
   * Whether climate change is a relevant issue for the cycle of review `reviewId` (Amd 1:2024).
   * Relevant: `contextIssueIds` names the issues that describe its effect. A second decision for
   * the same cycle revises the first and says why (`revisionReason`).
   */
  RecordClimateDecision: structWith(
    { reviewId: Id, relevant: t.boolean, rationale: contextTexts.rationale, at: IsoDateTime },
    { contextIssueIds: t.array(Id), revisionReason: contextTexts.revisionReason },
  ),
} as const;

/** Any command of the organisation's context. */
export type ContextIssueCommand = CommandOf<typeof contextIssueCommandCodecs>;
export type ContextIssueCommandData<K extends ContextIssueCommand['type']> = Extract<
  ContextIssueCommand,
  { type: K }
>['data'];
