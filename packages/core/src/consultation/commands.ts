import * as t from 'io-ts';
import { Id, IsoDate, IsoDateTime, nonEmptyArray, PositiveInt, struct, structWith } from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import {
  ConsultationFinding,
  ConsultationScore,
  consultationPlanFields,
  consultationPlanOptions,
  consultationTexts,
  FeedbackLink,
  feedbackFields,
  feedbackOptions,
  ResponseCount,
} from './events.js';

/** The commands of a consultation (9.3.2 c, e). Each carries the consultation id and `at` (ISO-8601). */
export const consultationCommandCodecs = {
  /** `scale` where the channel scores its answers: satisfaction 1–5, or NPS. */
  PlanConsultation: structWith(
    { consultationId: Id, ...consultationPlanFields, at: IsoDateTime },
    consultationPlanOptions,
  ),
  /** `score` exactly when the consultation has a scale. */
  RecordConsultationResults: structWith(
    {
      consultationId: Id,
      conductedOn: IsoDate,
      invited: PositiveInt,
      responses: ResponseCount,
      findings: t.array(ConsultationFinding),
      at: IsoDateTime,
    },
    { score: ConsultationScore },
  ),
  RecordFeedback: structWith({ consultationId: Id, ...feedbackFields, at: IsoDateTime }, feedbackOptions),
  /** Exactly one of `links` (what it led to) and `reasonNotActedOn`. */
  TakeFeedbackIntoAccount: structWith(
    { consultationId: Id, itemId: Id, at: IsoDateTime },
    { links: nonEmptyArray(FeedbackLink), reasonNotActedOn: consultationTexts.reasonNotActedOn },
  ),
  CloseConsultation: struct({ consultationId: Id, at: IsoDateTime }),
  CancelConsultation: struct({ consultationId: Id, reason: consultationTexts.reason, at: IsoDateTime }),
} as const;

/** Any command to a consultation. */
export type ConsultationCommand = CommandOf<typeof consultationCommandCodecs>;
export type ConsultationCommandData<K extends ConsultationCommand['type']> = Extract<
  ConsultationCommand,
  { type: K }
>['data'];
