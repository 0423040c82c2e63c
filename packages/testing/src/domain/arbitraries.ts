import {
  type ActionCommand,
  addMonths,
  type Cadence,
  type DecisionKind,
  monthsOf,
  type NonConformityCommand,
  type ReviewCommand,
  type RiskCommand,
  type VerdictOutcome,
} from '@mgmt-review/core';
import {
  actionSamples,
  agenda27001,
  nonConformitySamples,
  samplePeople as people,
  reviewSamples,
  riskSamples,
} from '@mgmt-review/core/testing';
import type { Actor } from '@mgmt-review/eventsourcing';
import fc from 'fast-check';

/**
 * fast-check arbitraries of command sequences, one aggregate each:
 * - `valid…Commands`: sequences every decider accepts, command after command, stopping at any stage;
 * - `any…Command`: single commands of every type with plausible but random content (who, what, when);
 * - `mixed…Commands`: valid sequences with random commands in between — most of those are refused.
 * Every sequence is dated in order, ten minutes apart from 2026-03-31T08:00Z.
 */

type Timed = { readonly type: string; readonly actor: Actor; readonly data: { readonly at: string } };

/** Dates the commands ten minutes apart, in order, from 2026-03-31T08:00Z. */
export const inOrder = <C extends Timed>(commands: readonly C[]): C[] =>
  commands.map(
    (command, i) =>
      ({
        ...command,
        data: { ...command.data, at: new Date(Date.parse('2026-03-31T08:00:00Z') + i * 600_000).toISOString() },
      }) as C,
  );

const actors = Object.values(people);
const anActor = fc.constantFrom(...actors);

/** A valid sequence without every command of one type (a step never taken), e.g. no `CommunicateResults`. */
const withoutOneKind = <C extends Timed>(valid: fc.Arbitrary<C[]>): fc.Arbitrary<C[]> =>
  fc.tuple(valid, fc.nat()).map(([commands, n]) => {
    const kinds = [...new Set(commands.slice(1).map((c) => c.type))];
    const left = kinds[n % Math.max(kinds.length, 1)];
    return commands.filter((c) => c.type !== left);
  });

/**
 * A valid sequence made invalid: sometimes one kind of step left out, and random commands spliced
 * in at random places (a step out of order, by the wrong person, twice…).
 */
const mixed = <C extends Timed>(valid: fc.Arbitrary<C[]>, noise: fc.Arbitrary<C>): fc.Arbitrary<C[]> =>
  fc
    .tuple(
      fc.oneof({ arbitrary: valid, weight: 1 }, { arbitrary: withoutOneKind(valid), weight: 3 }),
      fc.array(fc.tuple(noise, fc.nat()), { maxLength: 12 }),
    )
    .map(([commands, extra]) => {
      const out = commands.slice();
      for (const [command, at] of extra) out.splice(at % (out.length + 1), 0, command);
      return inOrder(out);
    });

// ---------------------------------------------------------------------------------------------- review

/** Where a valid review sequence stops; most reach the close, where most rules meet. */
const reviewStage = fc.oneof(
  { arbitrary: fc.constantFrom('scheduled' as const, 'meetingOpen' as const, 'cancelled' as const), weight: 3 },
  { arbitrary: fc.constant('minutesApproved' as const), weight: 2 },
  { arbitrary: fc.constant('closed' as const), weight: 4 },
  { arbitrary: fc.constant('corrected' as const), weight: 2 },
);

/** Valid command sequences of one review, from schedule to any stage (closed, cancelled, or on the way). */
export const validReviewCommands = (reviewId = 'r1'): fc.Arbitrary<ReviewCommand[]> =>
  fc
    .record({
      stage: reviewStage,
      cadence: fc.constantFrom<Cadence>('monthly', 'quarterly', 'semiAnnual', 'annual'),
      reschedule: fc.boolean(),
      invite: fc.boolean(),
      presented: fc.array(fc.boolean(), { minLength: agenda27001.length, maxLength: agenda27001.length }),
      decisions: fc.array(fc.constantFrom<DecisionKind>('improvement', 'ismsChange', 'resourceNeed'), { maxLength: 3 }),
      verdicts: fc.array(fc.constantFrom<VerdictOutcome>('confirmed', 'confirmedWithReservations', 'notConfirmed'), {
        minLength: 3,
        maxLength: 3,
      }),
      longerGap: fc.boolean(),
      /** For a review stopped after approval: which of the closing steps were already done. */
      closingSteps: fc.shuffledSubarray(['communicate', 'scheduleNext'] as const),
    })
    .map((p) => {
      const s = reviewSamples(reviewId);
      const out: ReviewCommand[] = [{ ...s.schedule, data: { ...s.schedule.data, cadence: p.cadence } }];
      if (p.reschedule) out.push(s.reschedule);
      if (p.invite) out.push(s.invite, s.requestReport, s.submitReport);
      if (p.stage === 'cancelled') return inOrder([...out, s.cancel]);
      if (p.stage === 'scheduled') return inOrder(out);
      out.push(s.openMeeting);
      out.push(...agenda27001.map((inputId, i) => (p.presented[i] ? s.present(inputId) : s.notCovered(inputId))));
      out.push(
        ...p.decisions.map((kind, i) => ({
          ...s.decide,
          data: { ...s.decide.data, decisionId: `dec-${i + 1}`, kind, actionIds: [`act-${i + 1}`] },
        })),
      );
      (['suitability', 'adequacy', 'effectiveness'] as const).forEach((aspect, i) => {
        const verdict = s.verdict(aspect);
        out.push({ ...verdict, data: { ...verdict.data, outcome: p.verdicts[i] ?? 'confirmed' } });
      });
      out.push(s.draftMinutes);
      if (p.stage === 'meetingOpen') return inOrder(out);
      out.push(s.approveMinutes);
      // The meeting is on 2026-03-31 (every sequence starts that day and lasts a few hours).
      const latest = addMonths('2026-03-31', monthsOf[p.cadence]);
      const closing = {
        communicate: { ...s.communicate, data: { ...s.communicate.data, communicatedOn: '2026-03-31' } },
        scheduleNext: p.longerGap
          ? {
              ...s.scheduleNext,
              data: {
                ...s.scheduleNext.data,
                plannedDate: addMonths(latest, 1),
                longerGapReason: 'merger integration',
              },
            }
          : { ...s.scheduleNext, data: { ...s.scheduleNext.data, plannedDate: latest } },
      };
      if (p.stage === 'minutesApproved') return inOrder([...out, ...p.closingSteps.map((step) => closing[step])]);
      out.push(closing.communicate, closing.scheduleNext, s.close);
      if (p.stage === 'corrected') out.push(s.noteCorrection);
      return inOrder(out);
    });

/** Any single review command, with random content: who sends it, which input, which aspect. */
export const anyReviewCommand = (reviewId = 'r1'): fc.Arbitrary<ReviewCommand> => {
  const s = reviewSamples(reviewId);
  const inputId = fc.constantFrom(...agenda27001, 'd', 'x');
  const aspect = fc.constantFrom('suitability' as const, 'adequacy' as const, 'effectiveness' as const);
  return fc
    .tuple(
      fc.oneof(
        fc.constantFrom<ReviewCommand>(
          s.schedule,
          s.reschedule,
          s.invite,
          s.requestReport,
          s.submitReport,
          s.openMeeting,
          s.decide,
          s.draftMinutes,
          s.approveMinutes,
          s.communicate,
          s.scheduleNext,
          s.close,
          s.cancel,
          s.noteCorrection,
        ),
        inputId.map((id) => s.present(id)),
        inputId.map((id) => s.notCovered(id)),
        aspect.map((a) => s.verdict(a)),
      ),
      anActor,
    )
    .map(([command, actor]) => ({ ...command, actor }));
};

/** Valid review sequences with random review commands in between. */
export const mixedReviewCommands = (reviewId = 'r1'): fc.Arbitrary<ReviewCommand[]> =>
  mixed(validReviewCommands(reviewId), anyReviewCommand(reviewId));

// ---------------------------------------------------------------------------------------------- action

/** Valid command sequences of one action, from raise to any stage (closed, reopened, cancelled…). */
export const validActionCommands = (actionId = 'act-1'): fc.Arbitrary<ActionCommand[]> =>
  fc
    .record({
      length: fc.integer({ min: 1, max: 7 }),
      slips: fc.integer({ min: 0, max: 3 }),
      notes: fc.integer({ min: 0, max: 2 }),
      verifier: fc.constantFrom(people.auditor, people.ciso, people.ceo),
      effective: fc.boolean(),
      cancelAt: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    })
    .map((p) => {
      const s = actionSamples(actionId);
      const slips: ActionCommand[] = Array.from({ length: p.slips }, (_, i) => ({
        ...s.changeDueDate,
        data: { ...s.changeDueDate.data, dueDate: addMonths('2026-07-31', i + 1) },
      }));
      const notes: ActionCommand[] = Array.from({ length: p.notes }, () => s.noteProgress);
      const steps: ActionCommand[][] = [
        [s.raise],
        [s.start],
        [...notes, ...slips],
        [s.complete],
        [{ ...s.verify, actor: p.verifier }],
        [p.effective ? s.reviewEffective : s.reviewNotEffective],
        p.effective ? [] : [s.complete, { ...s.verify, actor: p.verifier }, s.reviewEffective],
      ];
      const cut = p.cancelAt !== undefined && p.cancelAt < p.length ? p.cancelAt : p.length;
      const out = steps.slice(0, cut).flat();
      if (cut !== p.length) out.push(s.cancel);
      return inOrder(out);
    });

/** Any single action command, sent by anyone. */
export const anyActionCommand = (actionId = 'act-1'): fc.Arbitrary<ActionCommand> => {
  const s = actionSamples(actionId);
  return fc
    .tuple(
      fc.constantFrom<ActionCommand>(
        s.raise,
        s.start,
        s.noteProgress,
        s.changeDueDate,
        s.complete,
        s.verify,
        s.reviewEffective,
        s.reviewNotEffective,
        s.cancel,
      ),
      anActor,
    )
    .map(([command, actor]) => ({ ...command, actor }));
};

export const mixedActionCommands = (actionId = 'act-1'): fc.Arbitrary<ActionCommand[]> =>
  mixed(validActionCommands(actionId), anyActionCommand(actionId));

// ---------------------------------------------------------------------------------------------- nonconformity

/** Valid command sequences of one nonconformity: the corrective path or the justified no-action path. */
export const validNonConformityCommands = (nonConformityId = 'nc-1'): fc.Arbitrary<NonConformityCommand[]> =>
  fc
    .record({
      severity: fc.constantFrom('major' as const, 'minor' as const, 'observation' as const),
      noAction: fc.boolean(),
      length: fc.integer({ min: 1, max: 14 }),
      ineffectiveFirst: fc.boolean(),
      reopen: fc.boolean(),
    })
    .map((p) => {
      const s = nonConformitySamples(nonConformityId, p.severity);
      if (p.noAction && p.severity !== 'major') {
        const path = [s.raise, s.correct, s.rootCause, s.noAction, s.close];
        return inOrder(path.slice(0, Math.min(p.length, path.length)));
      }
      const again = { ...s.plan, data: { ...s.plan.data, actions: [{ actionId: 'act-10', owner: people.itLead }] } };
      const path = [
        s.raise,
        s.correct,
        s.rootCause,
        s.similar,
        s.plan,
        s.implemented,
        ...(p.ineffectiveFirst ? [s.verifyNotEffective, again, s.implemented] : []),
        s.verifyEffective,
        s.ismsChange,
        s.close,
        ...(p.reopen ? [s.reopen] : []),
      ];
      return inOrder(path.slice(0, p.length));
    });

/** Any single nonconformity command, sent by anyone. */
export const anyNonConformityCommand = (nonConformityId = 'nc-1'): fc.Arbitrary<NonConformityCommand> =>
  fc.tuple(fc.constantFrom('major' as const, 'minor' as const), anActor).chain(([severity, actor]) => {
    const s = nonConformitySamples(nonConformityId, severity);
    return fc
      .constantFrom<NonConformityCommand>(
        s.correct,
        s.rootCause,
        s.similar,
        s.plan,
        s.noAction,
        s.implemented,
        s.verifyEffective,
        s.verifyNotEffective,
        s.ismsChange,
        s.close,
        s.reopen,
      )
      .map((command) => ({ ...command, actor }));
  });

export const mixedNonConformityCommands = (nonConformityId = 'nc-1'): fc.Arbitrary<NonConformityCommand[]> =>
  mixed(validNonConformityCommands(nonConformityId), anyNonConformityCommand(nonConformityId));

// ---------------------------------------------------------------------------------------------- risk

/** Valid command sequences of one risk, to any stage; residual risk above appetite is accepted only as an exception. */
export const validRiskCommands = (riskId = 'risk-1'): fc.Arbitrary<RiskCommand[]> =>
  fc
    .record({
      length: fc.integer({ min: 1, max: 9 }),
      likelihood: fc.integer({ min: 1, max: 5 }),
      impact: fc.integer({ min: 1, max: 5 }),
      reassess: fc.boolean(),
      retire: fc.boolean(),
    })
    .map((p) => {
      const s = riskSamples(riskId);
      const aboveAppetite = p.likelihood * p.impact > 8;
      const path: RiskCommand[] = [
        s.identify,
        s.assess,
        s.decideTreatment,
        s.approvePlan,
        s.linkActions,
        s.assessResidual(p.likelihood, p.impact),
        s.accept(aboveAppetite ? 'compensating controls until migration' : undefined),
        ...(p.reassess ? [s.reassess] : []),
      ];
      const out = path.slice(0, p.length);
      if (p.retire) out.push(s.retire);
      return inOrder(out);
    });

/** Any single risk command, sent by anyone, with random residual ratings and with or without the exception. */
export const anyRiskCommand = (riskId = 'risk-1'): fc.Arbitrary<RiskCommand> => {
  const s = riskSamples(riskId);
  return fc
    .tuple(
      fc.oneof(
        fc.constantFrom<RiskCommand>(
          s.identify,
          s.assess,
          s.decideTreatment,
          s.approvePlan,
          s.linkActions,
          s.reassess,
          s.retire,
        ),
        fc
          .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
          .map(([likelihood, impact]) => s.assessResidual(likelihood, impact)),
        fc.option(fc.constant('accepted as an exception'), { nil: undefined }).map((why) => s.accept(why)),
      ),
      anActor,
    )
    .map(([command, actor]) => ({ ...command, actor }));
};

export const mixedRiskCommands = (riskId = 'risk-1'): fc.Arbitrary<RiskCommand[]> =>
  mixed(validRiskCommands(riskId), anyRiskCommand(riskId));
