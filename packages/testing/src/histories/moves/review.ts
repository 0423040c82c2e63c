import { type Review, sealInputPack } from '@mgmt-review/core';
import { ceo, ciso, day, type MoveStep, owners, stateOf } from './moveStep.js';

/** The chained reviews of a random history: each names the one before it. */
export const REVIEWS = ['r1', 'r2', 'r3'] as const;

/**
 * Now and then, before the meeting: invites the IT lead, requests a preparatory report from them
 * on input d2, and has them submit it. Whether it sent a command.
 */
const prepared = async (step: MoveStep, r: Review): Promise<boolean> => {
  const { t, choice: c, at, now } = step;
  const { reviewId } = r;
  const lead = owners[0];
  const pending = r.reports.find((report) => !report.submitted);
  if (r.participants.length === 0 && c % 4 === 1) {
    await t.reviews.inviteParticipant(
      { reviewId, participant: { id: lead.id, role: 'processOwner' }, at },
      { actor: ciso },
    )();
  } else if (r.participants.length > 0 && r.reports.length === 0 && c % 4 === 2) {
    const dueDate = [day(now, 5), r.plannedDate].sort()[0]!;
    await t.reviews.requestPreparatoryReport(
      {
        reviewId,
        reportId: `${reviewId}-report`,
        requestedFrom: lead.id,
        inputIds: [r.agenda.includes('d2') ? 'd2' : r.agenda[c % r.agenda.length]!],
        dueDate,
        at,
      },
      { actor: ciso },
    )();
  } else if (r.coverage.size === 0 && r.periodCovered !== undefined && c % 7 === 3) {
    // An input pack over the review's own agenda; its content is a stand-in for computed figures.
    const pack = sealInputPack({
      catalogueIds: [...r.catalogueIds],
      periodCovered: r.periodCovered,
      position: String(c),
      asOf: at,
      parts: r.agenda.map((inputId) => ({
        inputId,
        sources: [],
        summary: `input ${inputId} as computed`,
        content: { figure: c % 10 },
      })),
    });
    await t.reviews.freezeInputPack({ reviewId, pack, at }, { actor: ciso })();
  } else if (pending !== undefined && c % 2 === 1) {
    await t.reviews.submitPreparatoryReport(
      { reviewId, reportId: pending.reportId, summary: 'monitoring results', references: ['siem-report'], at },
      { actor: lead },
    )();
  } else return false;
  return true;
};

/** Moves review `REVIEWS[index]` one command along: schedule, meeting, inputs, decisions, verdicts, minutes, close. */
export const moveReview = async (step: MoveStep, index: number): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const reviewId = REVIEWS[index]!;
  const r = await stateOf<Review>(t.reviews.load(reviewId));
  const by = { actor: ciso };
  switch (r.status) {
    case 'unscheduled':
      await t.reviews.schedule(
        {
          reviewId,
          plannedDate: day(now, 10 + (c % 50)),
          cadence: c % 2 === 0 ? 'quarterly' : 'monthly',
          kind: 'regular',
          chair: ceo,
          periodCovered: { from: day(now, -90), to: day(now) },
          // One review in five is an integrated review of ISO/IEC 27001 and ISO 9001: its agenda is the
          // harmonized core once, then 9001's own inputs.
          ...(c % 5 === 0 ? { catalogues: ['iso27001-2022', 'iso9001-2015'] } : { catalogueId: 'iso27001-2022' }),
          previousReviewId: index > 0 ? REVIEWS[index - 1] : undefined,
          at,
        },
        by,
      )();
      return;
    case 'scheduled':
      if (c % 11 === 0) await t.reviews.cancel({ reviewId, reason: 'postponed by the board', at }, by)();
      else if (c % 4 === 0)
        await t.reviews.reschedule({ reviewId, plannedDate: day(now, 20 + (c % 30)), reason: 'clash', at }, by)();
      else if (!(await prepared(step, r)))
        await t.reviews.openMeeting(
          {
            reviewId,
            attendees: [
              { id: ceo.id, role: 'topManagement' },
              { id: ciso.id, role: 'ismsManager' },
            ],
            apologies: [],
            at,
          },
          by,
        )();
      return;
    case 'meetingOpen': {
      const open = r.agenda.find((inputId) => !r.coverage.has(inputId));
      if (open !== undefined) {
        if (c % 5 === 0)
          await t.reviews.markInputNotCovered({ reviewId, inputId: open, justification: 'nothing new', at }, by)();
        else
          await t.reviews.presentInput(
            {
              reviewId,
              inputId: open,
              summary: `input ${open}`,
              facts: [],
              references: [],
              ...(r.inputPack === undefined ? {} : { frozenPartDigest: r.inputPack.partDigests.get(open) }),
              at,
            },
            by,
          )();
        return;
      }
      if (r.decisions.length < 2 && c % 3 === 0) {
        const n = r.decisions.length + 1;
        await t.reviews.recordDecision(
          {
            reviewId,
            decisionId: `${reviewId}-d${n}`,
            kind: n === 1 ? 'improvement' : 'ismsChange',
            description: 'improve backups',
            rationale: 'restore tests failed',
            actionIds: [`${reviewId}-act-${n}`],
            at,
          },
          by,
        )();
        await t.actions.raise(
          {
            actionId: `${reviewId}-act-${n}`,
            origin: 'reviewDecision',
            originId: reviewId,
            decisionId: `${reviewId}-d${n}`,
            title: 'improve backups',
            owner: owners[c % 2]!,
            dueDate: day(now, 15 + (c % 40)),
            at,
          },
          by,
        )();
        return;
      }
      const aspect = (['suitability', 'adequacy', 'effectiveness'] as const).find((a) => r.verdicts[a] === undefined);
      if (aspect !== undefined) {
        await t.reviews.recordVerdict(
          { reviewId, aspect, outcome: c % 7 === 0 ? 'confirmedWithReservations' : 'confirmed', comment: 'ok', at },
          by,
        )();
        return;
      }
      if (r.minutes === 'none') await t.reviews.draftMinutes({ reviewId, documentRef: `dms://${reviewId}`, at }, by)();
      else await t.reviews.approveMinutes({ reviewId, at }, { actor: ceo })();
      return;
    }
    case 'minutesApproved':
      if (!r.communicated)
        await t.reviews.communicateResults(
          { reviewId, audiences: ['staff'], channel: 'intranet', communicatedOn: day(now), at },
          by,
        )();
      else if (r.nextReview === undefined)
        await t.reviews.scheduleNext(
          {
            reviewId,
            plannedDate: day(now, 20 + (c % 60)),
            nextReviewId: REVIEWS[index + 1],
            // A meeting held over many sessions puts the next review beyond the cadence (9.3.1).
            longerGapReason: 'the meeting ran over several sessions',
            at,
          },
          by,
        )();
      else await t.reviews.close({ reviewId, at }, by)();
      return;
    case 'closed':
      if (c % 9 === 0) await t.reviews.noteCorrection({ reviewId, note: 'typo in minutes', at }, by)();
      return;
    default:
      return;
  }
};
