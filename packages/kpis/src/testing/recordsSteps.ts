import {
  auditSamples,
  consultationSamples,
  improvementSamples,
  indicatorSamples,
  objectiveSamples,
} from '@mgmt-review/core/testing';
import fc from 'fast-check';
import { type SampleCommand, withData } from './recordsHistory.js';

const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'] as const;

/** The first `n` commands of an entity's life: how far along it got. */
const upTo = (commands: readonly SampleCommand[]) => fc.nat(commands.length).map((n) => commands.slice(0, n));

/** An indicator measured for some months, some corrected (a correction may supersede a breach, or make one). */
const indicatorLife = (id: string) =>
  fc
    .array(
      fc.record({
        month: fc.constantFrom(...months),
        value: fc.integer({ min: 0, max: 12 }),
        corrected: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    )
    .map((measured) => {
      const s = indicatorSamples(id);
      return [
        s.define,
        ...measured.flatMap((m) => [
          s.record(m.month, m.value),
          ...(m.corrected === undefined ? [] : [s.correct(m.month, m.corrected)]),
        ]),
      ];
    });

/** An objective evaluated, then achieved, missed or withdrawn — or revised after its evaluation. */
const objectiveLife = (id: string) =>
  fc
    .record({
      progress: fc.constantFrom('onTrack' as const, 'atRisk' as const, 'offTrack' as const),
      end: fc.constantFrom('achieve', 'miss', 'withdraw', 'revise'),
    })
    .chain(({ progress, end }) => {
      const s = objectiveSamples(id);
      const ending =
        end === 'achieve'
          ? s.achieve(4)
          : end === 'miss'
            ? s.miss(7)
            : end === 'withdraw'
              ? withData(s.withdraw, { at: '2026-09-01T09:00:00Z' })
              : withData(s.revise, { at: '2026-08-10T09:00:00Z' });
      return upTo([s.set, s.evaluate(progress === 'onTrack' ? 3 : 6, progress), ending]);
    });

/** An audit performed with some findings and reported, or cancelled. */
const auditLife = (id: string) =>
  fc
    .record({
      cancelled: fc.boolean(),
      kinds: fc.array(fc.constantFrom('conformity', 'nonconformity', 'observation', 'opportunity' as const), {
        maxLength: 4,
      }),
    })
    .chain(({ cancelled, kinds }) => {
      const s = auditSamples(id);
      if (cancelled) return upTo([s.plan, s.cancel]);
      const findings = kinds.map((kind, i) =>
        withData(s.finding(kind, `${id}-f${i}`), {
          nonConformityId: kind === 'nonconformity' ? `${id}-nc${i}` : undefined,
        }),
      );
      return upTo([s.plan, s.start, ...findings, s.report, s.close]);
    });

/** A consultation on either scale: feedback, results with a score, both taken into account, closed; or cancelled. */
const consultationLife = (id: string) =>
  fc
    .record({
      nps: fc.boolean(),
      satisfaction: fc.integer({ min: 10, max: 50 }),
      promoters: fc.integer({ min: -100, max: 100 }),
      responses: fc.integer({ min: 0, max: 40 }),
      cancelled: fc.boolean(),
    })
    .chain(({ nps, satisfaction, promoters, responses, cancelled }) => {
      const s = consultationSamples(id);
      const plan = nps ? withData(s.plan, { scale: 'nps' }) : s.plan;
      if (cancelled) return upTo([plan, s.cancel]);
      const results = withData(s.results, { responses, score: nps ? promoters : satisfaction / 10 });
      return upTo([plan, s.feedback, results, s.linkFeedback, s.finding, s.close]);
    });

/** An opportunity logged, evaluated, then adopted and realised, deferred, or rejected. */
const improvementLife = (id: string) =>
  fc.constantFrom('adopt', 'defer', 'reject').chain((outcome) => {
    const s = improvementSamples(id);
    const decided = outcome === 'adopt' ? [s.adopt, s.realise, s.close] : outcome === 'defer' ? [s.defer] : [s.reject];
    return upTo([s.log, s.evaluate, ...decided]);
  });

/**
 * Random histories of the records a review rests on, as core's sample commands: two indicators,
 * two objectives, two audits, two consultations and two improvement opportunities, each taken a
 * random way and a random distance along its life, with random values. The commands come in the
 * order of their business time, so recorded time, business time and position agree; a command
 * the rules refuse is simply not recorded.
 */
export const recordsHistorySteps = (): fc.Arbitrary<SampleCommand[]> =>
  fc
    .tuple(
      indicatorLife('ind-incidents'),
      indicatorLife('ind-phishing'),
      objectiveLife('obj-incidents'),
      objectiveLife('obj-phishing'),
      auditLife('au-2026-1'),
      auditLife('au-2026-2'),
      consultationLife('cons-survey'),
      consultationLife('cons-poll'),
      improvementLife('imp-automate'),
      improvementLife('imp-resets'),
    )
    .map((lives) =>
      lives
        .flat()
        .map((command, i) => ({ command, i }))
        .sort((a, b) =>
          a.command.data.at < b.command.data.at ? -1 : a.command.data.at > b.command.data.at ? 1 : a.i - b.i,
        )
        .map(({ command }) => command),
    );
