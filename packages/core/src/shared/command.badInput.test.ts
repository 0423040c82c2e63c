import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  actionCommandCodecs,
  type CommandCodecs,
  decodeCommand,
  nonConformityCommandCodecs,
  reviewCommandCodecs,
  riskCommandCodecs,
} from '../index.js';
import { people } from '../testing/people.js';
import { actionSamples, nonConformitySamples, reviewSamples, riskSamples } from '../testing/samples.js';

const review = reviewSamples();
const action = actionSamples();
const nonConformity = nonConformitySamples();
const risk = riskSamples();

/** One valid sample of every command, with the codecs that validate it. */
const samples: readonly { readonly codecs: CommandCodecs; readonly type: string; readonly data: object }[] = [
  ...[
    review.schedule,
    review.reschedule,
    review.invite,
    review.requestReport,
    review.submitReport,
    review.openMeeting,
    review.freeze(),
    review.present('b'),
    { ...review.present('d2'), data: { ...review.present('d2').data, frozenPartDigest: 'a'.repeat(64) } },
    review.notCovered('a'),
    review.decide,
    review.verdict('adequacy'),
    review.draftMinutes,
    review.approveMinutes,
    review.communicate,
    { ...review.scheduleNext, data: { ...review.scheduleNext.data, longerGapReason: 'merger' } },
    review.close,
    review.cancel,
    review.noteCorrection,
  ].map((c) => ({ codecs: reviewCommandCodecs, type: c.type, data: c.data })),
  ...Object.values(action).map((c) => ({ codecs: actionCommandCodecs, type: c.type, data: c.data })),
  ...Object.values(nonConformity).map((c) => ({ codecs: nonConformityCommandCodecs, type: c.type, data: c.data })),
  ...[
    risk.identify,
    risk.assess,
    risk.decideTreatment,
    risk.approvePlan,
    risk.linkActions,
    risk.assessResidual(),
    risk.accept('exception'),
    risk.reassess,
    risk.retire,
  ].map((c) => ({ codecs: riskCommandCodecs, type: c.type, data: c.data })),
];

/** Fields a command may leave out. */
const optional = new Set([
  'previousReviewId',
  // A review names its catalogue as `catalogueId` or its catalogues as `catalogues`: the decider refuses neither.
  'catalogueId',
  'nextReviewId',
  'longerGapReason',
  'decisionId',
  'description',
  'percentComplete',
  'exceptionJustification',
  'frozenPartDigest',
]);

const dateFields = new Set(['plannedDate', 'dueDate', 'communicatedOn', 'expiresOn']);

/** A value of the wrong type for `value`. */
const wrongTyped = (value: unknown): unknown =>
  typeof value === 'string' ? 42 : typeof value === 'number' ? 'many' : typeof value === 'boolean' ? 'yes' : 'text';

const decode = (sample: (typeof samples)[number], data: unknown) =>
  decodeCommand(sample.codecs, sample.type, people.ciso, data);

describe('every command codec', () => {
  it('covers every command type with a sample', () => {
    const all = [reviewCommandCodecs, actionCommandCodecs, nonConformityCommandCodecs, riskCommandCodecs].flatMap(
      (codecs) => Object.keys(codecs),
    );
    expect(new Set(samples.map((s) => s.type))).toEqual(new Set(all));
  });

  it.each(samples.map((s) => [s.type, s] as const))('%s accepts its valid sample', (_, sample) => {
    expect(isRight(decode(sample, sample.data))).toBe(true);
  });

  it.each(samples.map((s) => [s.type, s] as const))(
    '%s refuses each missing required field, naming it',
    (_, sample) => {
      for (const field of Object.keys(sample.data).filter((f) => !optional.has(f))) {
        const data: Record<string, unknown> = { ...sample.data };
        delete data[field];
        const decoded = decode(sample, data);
        expect(isLeft(decoded) && decoded.left).toMatchObject({ _tag: 'InvalidInput', path: field });
      }
    },
  );

  it.each(samples.map((s) => [s.type, s] as const))(
    '%s refuses each wrong-typed field, naming its path',
    (_, sample) => {
      for (const [field, value] of Object.entries(sample.data)) {
        const decoded = decode(sample, { ...sample.data, [field]: wrongTyped(value) });
        expect(isLeft(decoded) && decoded.left).toMatchObject({ _tag: 'InvalidInput' });
        expect(isLeft(decoded) && decoded.left.path.split('.')[0]).toBe(field);
      }
    },
  );

  it.each(samples.map((s) => [s.type, s] as const))('%s refuses a time that is not ISO-8601', (_, sample) => {
    for (const at of ['31/03/2026 09:00', '2026-03-31', '2026-03-31T09:00:00', '2026-02-30T09:00:00Z', 'yesterday']) {
      const decoded = decode(sample, { ...sample.data, at });
      expect(isLeft(decoded) && decoded.left).toMatchObject({ _tag: 'InvalidInput', path: 'at' });
    }
  });

  it.each(
    samples.flatMap((s) =>
      Object.keys(s.data)
        .filter((f) => dateFields.has(f))
        .map((f) => [s.type, f, s] as const),
    ),
  )('%s refuses a %s that is not an ISO-8601 calendar day', (_, field, sample) => {
    for (const day of ['31/03/2026', '2026-02-30', '2026-3-1', '2026-03-31T00:00:00Z']) {
      const decoded = decode(sample, { ...sample.data, [field]: day });
      expect(isLeft(decoded) && decoded.left).toMatchObject({ _tag: 'InvalidInput', path: field });
    }
  });

  it('names the path inside nested fields', () => {
    const decoded = decode(
      { codecs: reviewCommandCodecs, type: 'OpenMeeting', data: {} },
      { ...review.openMeeting.data, attendees: [{ id: 'u-ceo', role: 'chairman' }] },
    );
    expect(isLeft(decoded) && decoded.left).toMatchObject({ _tag: 'InvalidInput', path: 'attendees.0.role' });
  });

  it('refuses fields it does not know, naming them', () => {
    const decoded = decode(
      { codecs: reviewCommandCodecs, type: 'CloseReview', data: {} },
      { ...review.close.data, email: 'ceo@example.com' },
    );
    expect(isLeft(decoded) && decoded.left).toMatchObject({
      _tag: 'InvalidInput',
      problems: [{ path: 'email', message: 'unknown field' }],
    });
  });
});
