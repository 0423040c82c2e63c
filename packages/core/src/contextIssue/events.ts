import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import { Id, IsoDate, IsoDateTime, oneOf, personalText, struct, structWith } from '../shared/codecs.js';

/**
 * The events of the organisation's context (ISO/IEC 27001:2022 4.1, with Amendment 1:2024): one
 * stream per internal or external issue, `context-<contextIssueId>`, and one stream of the
 * climate-change decisions, `context-climate`. Every payload carries the id of its stream's entity
 * and `at`, the business time of the command (ISO-8601).
 */

/** 4.1: an issue of the organisation itself, or of the world around it. */
export const IssueKind = oneOf('internal', 'external');
export type IssueKind = t.TypeOf<typeof IssueKind>;

/** What an issue is about (the PESTLE headings, and the organisation's own). */
export const IssueCategory = oneOf(
  'political',
  'economic',
  'social',
  'technological',
  'legal',
  'environmental',
  'organisational',
);
export type IssueCategory = t.TypeOf<typeof IssueCategory>;

/** The free text of the context, in its commands and events: each field may name a person (docs/privacy.md). */
export const contextTexts = {
  description: personalText('what the issue is, which may name a person or a group'),
  effect: personalText('how the issue affects the outcomes of the ISMS, in words'),
  change: personalText('what changed, in words'),
  reason: personalText('why the issue is no longer relevant, in words'),
  rationale: personalText('why climate change is or is not a relevant issue, in words'),
  revisionReason: personalText('why the decision is revised, in words'),
};

/** What an issue is, as raised. */
export const contextIssueFields = {
  kind: IssueKind,
  category: IssueCategory,
  description: contextTexts.description,
  /** How the issue affects the ability of the ISMS to achieve its intended outcomes. */
  effect: contextTexts.effect,
};

/** What a change of an issue records: what changed, the day it changed, and its new effect, if any. */
export const contextIssueChangeFields = { change: contextTexts.change, changedOn: IsoDate };
export const contextIssueChangeOptions = { effect: contextTexts.effect };

/** 4.1: an issue relevant to the organisation's purpose that affects the outcomes of its ISMS. */
export const contextIssueRaised = defineEvent({
  type: 'ContextIssueRaised',
  codec: struct({ contextIssueId: Id, ...contextIssueFields, at: IsoDateTime }),
});

/**
 * 9.3.2 b: the issue changed — what changed and on which day. `effect` is present when the change
 * alters the issue's effect on the ISMS: it replaces the one recorded before.
 */
export const contextIssueChanged = defineEvent({
  type: 'ContextIssueChanged',
  codec: structWith({ contextIssueId: Id, ...contextIssueChangeFields, at: IsoDateTime }, contextIssueChangeOptions),
});

/** The issue is no longer relevant to the ISMS, and why. Its history stays. */
export const contextIssueRetired = defineEvent({
  type: 'ContextIssueRetired',
  codec: struct({ contextIssueId: Id, reason: contextTexts.reason, at: IsoDateTime }),
});

/**
 * 4.1 (Amendment 1:2024): whether climate change is a relevant issue, decided for one review cycle,
 * with the rationale and who decided. A relevant climate change names the context issues that
 * describe its effect. `revisionReason` is present when it revises the cycle's earlier decision.
 */
export const climateDecisionRecorded = defineEvent({
  type: 'ClimateDecisionRecorded',
  codec: structWith(
    {
      /** Always `climate`: the one entity of the `context-climate` stream. */
      contextIssueId: Id,
      /** The review whose cycle the decision is for: it is that review's input b (9.3.2 b). */
      reviewId: Id,
      relevant: t.boolean,
      rationale: contextTexts.rationale,
      /** The context issues that describe climate change's effect on the ISMS (none when not relevant). */
      contextIssueIds: t.array(Id),
      decidedBy: Id,
      at: IsoDateTime,
    },
    { revisionReason: contextTexts.revisionReason },
  ),
});

export const contextIssueEventDefinitions = [
  contextIssueRaised,
  contextIssueChanged,
  contextIssueRetired,
  climateDecisionRecorded,
] as const;

/** Any event of a context stream. */
export type ContextIssueEvent = EventOf<(typeof contextIssueEventDefinitions)[number]>;
