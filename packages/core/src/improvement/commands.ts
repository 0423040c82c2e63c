import * as t from 'io-ts';
import { Id, IsoDate, IsoDateTime, nonEmptyArray, oneOf, struct, structWith } from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import { ImprovementLevel, improvementLogFields, improvementLogOptions, improvementTexts } from './events.js';

/** What is decided about an opportunity. */
export const ImprovementOutcome = oneOf('adopt', 'defer', 'reject');
export type ImprovementOutcome = t.TypeOf<typeof ImprovementOutcome>;

/** The commands of an improvement opportunity (10.1, 9.3.2 g). Each carries its id and `at` (ISO-8601). */
export const improvementCommandCodecs = {
  LogImprovementOpportunity: structWith(
    { opportunityId: Id, ...improvementLogFields, at: IsoDateTime },
    improvementLogOptions,
  ),
  EvaluateImprovementOpportunity: structWith(
    { opportunityId: Id, value: ImprovementLevel, effort: ImprovementLevel, at: IsoDateTime },
    { comment: improvementTexts.comment },
  ),
  /**
   * `adopt` names the review decision (`reviewId`, `decisionId`) and may name its `actionIds`;
   * `defer` gives `revisitOn` (and may give a `reason`); `reject` gives its `reason`. A deferral or
   * a rejection may name the review decision that took it.
   */
  DecideImprovementOpportunity: structWith(
    { opportunityId: Id, outcome: ImprovementOutcome, at: IsoDateTime },
    { reviewId: Id, decisionId: Id, actionIds: t.array(Id), revisitOn: IsoDate, reason: improvementTexts.reason },
  ),
  RealiseImprovementOpportunity: struct({
    opportunityId: Id,
    benefitObserved: improvementTexts.benefitObserved,
    evidence: nonEmptyArray(improvementTexts.evidence),
    at: IsoDateTime,
  }),
  /** A `reason` is needed unless the opportunity is realised or rejected. */
  CloseImprovementOpportunity: structWith({ opportunityId: Id, at: IsoDateTime }, { reason: improvementTexts.reason }),
} as const;

/** Any command to an improvement opportunity. */
export type ImprovementCommand = CommandOf<typeof improvementCommandCodecs>;
export type ImprovementCommandData<K extends ImprovementCommand['type']> = Extract<
  ImprovementCommand,
  { type: K }
>['data'];
