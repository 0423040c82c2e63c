import type { ParticipantRole } from '@mgmt-review/core';
import { addDays } from '@mgmt-review/core';
import { actionSteps } from './actions.js';
import { at } from './calendar.js';
import { presentCitingPack, presentPreviousActionsCitingPack } from './citedParts.js';
import { type PersonKey, people } from './people.js';
import type { ReviewPlan } from './reviewPlans.js';
import { type Step, step } from './step.js';

const roleOf: Readonly<Record<PersonKey, ParticipantRole>> = {
  ceo: 'topManagement',
  cfo: 'topManagement',
  ciso: 'ismsManager',
  it: 'processOwner',
  hr: 'processOwner',
  ops: 'processOwner',
  dev: 'processOwner',
  dpo: 'other',
  audit: 'other',
};

const participant = (key: PersonKey) => ({ id: people[key].id, role: roleOf[key] });

/** What each input of 9.3.2 is presented with, in the review of `plan`. */
const inputContent = (inputId: string, plan: ReviewPlan) => {
  const period = `${plan.periodCovered.from} to ${plan.periodCovered.to}`;
  const content: Readonly<Record<string, { summary: string; facts: { label: string; value: string }[] }>> = {
    b: {
      summary: `Changes in internal and external issues, ${period}`,
      facts: [{ label: 'context register entries changed', value: '3' }],
    },
    c: {
      summary: `Needs and expectations of interested parties, ${period}`,
      facts: [{ label: 'interested-party requirements added', value: '2' }],
    },
    d1: {
      summary: `Nonconformities and corrective actions, ${period}`,
      facts: [{ label: 'source', value: 'nonconformity register' }],
    },
    d2: {
      summary: `Monitoring and measurement results, ${period}`,
      facts: [
        { label: 'patch compliance', value: '94%' },
        { label: 'phishing click rate', value: '7%' },
      ],
    },
    d3: {
      summary: `Internal and external audit results, ${period}`,
      facts: [{ label: 'audits completed', value: '2' }],
    },
    d4: {
      summary: `Fulfilment of information security objectives, ${period}`,
      facts: [{ label: 'objectives on track', value: '5 of 6' }],
    },
    e: {
      summary: `Feedback from interested parties, ${period}`,
      facts: [{ label: 'customer questionnaires', value: '11' }],
    },
    f: {
      summary: `Risk assessment results and status of the risk treatment plan, ${period}`,
      facts: [{ label: 'source', value: 'risk register' }],
    },
    g: {
      summary: `Opportunities for continual improvement, ${period}`,
      facts: [{ label: 'proposals received', value: '4' }],
    },
  };
  return content[inputId] ?? { summary: `Input ${inputId}, ${period}`, facts: [] };
};

const laterInputs = ['b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g'] as const;

/** Minutes after 09:00, as `HH:MM`. */
const clockTime = (minutes: number): string => {
  const total = 9 * 60 + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/**
 * The steps of one review: scheduled six weeks ahead, participants invited and preparatory reports
 * requested; then, if it is held, the meeting with every input presented or justified, decisions
 * with their actions, verdicts, the next review scheduled, minutes drafted and approved by the
 * chair, results communicated, and the review closed two weeks after the meeting.
 */
export const reviewSteps = (plan: ReviewPlan, previous: ReviewPlan | undefined, next: ReviewPlan | undefined) => {
  const reviewId = plan.reviewId;
  const key = (what: string) => `${reviewId}:${what}`;
  const ciso = people.ciso;
  const steps: Step[] = [];
  const scheduledOn = addDays(plan.plannedDate, -42);
  steps.push(
    step(at(scheduledOn, '09:00'), key('schedule'), ciso, (t, o) =>
      t.reviews.schedule(
        {
          reviewId,
          plannedDate: plan.plannedDate,
          cadence: 'quarterly',
          kind: plan.kind,
          chair: people.ceo,
          periodCovered: plan.periodCovered,
          catalogueId: 'iso27001-2022',
          previousReviewId: previous?.reviewId,
          at: at(scheduledOn, '09:00'),
        },
        o,
      ),
    ),
  );
  const invited = [...new Set([...plan.invited, ...plan.reports.map((r) => r.from)])];
  const invitedOn = addDays(scheduledOn, 1);
  invited.forEach((person, index) => {
    const time = at(invitedOn, clockTime(index));
    steps.push(
      step(time, key(`invite-${person}`), ciso, (t, o) =>
        t.reviews.inviteParticipant({ reviewId, participant: participant(person), at: time }, o),
      ),
    );
  });
  const requestedOn = addDays(scheduledOn, 2);
  // Reports are requested for the date first planned, and handed in a week before it.
  const meetingPlanned = plan.plannedDate;
  plan.reports.forEach((report, index) => {
    const reportId = `${reviewId}-PR-${index + 1}`;
    const requested = at(requestedOn, clockTime(index));
    steps.push(
      step(requested, key(`request-${reportId}`), ciso, (t, o) =>
        t.reviews.requestPreparatoryReport(
          {
            reviewId,
            reportId,
            requestedFrom: people[report.from].id,
            inputIds: [...report.inputIds],
            dueDate: addDays(meetingPlanned, -5),
            at: requested,
          },
          o,
        ),
      ),
    );
    if (report.missing === true) return;
    const submitted = at(addDays(meetingPlanned, -7), clockTime(60 + index));
    steps.push(
      step(submitted, key(`submit-${reportId}`), people[report.from], (t, o) =>
        t.reviews.submitPreparatoryReport(
          {
            reviewId,
            reportId,
            summary: `Report on inputs ${report.inputIds.join(', ')} for ${reviewId}`,
            references: [`dms://reports/${reportId}`],
            at: submitted,
          },
          o,
        ),
      ),
    );
  });
  if (plan.rescheduled !== undefined) {
    const moved = plan.rescheduled;
    const when = at(addDays(scheduledOn, 14), '09:00');
    steps.push(
      step(when, key('reschedule'), ciso, (t, o) =>
        t.reviews.reschedule({ reviewId, plannedDate: moved.plannedDate, reason: moved.reason, at: when }, o),
      ),
    );
  }
  const day = plan.meetingDay;
  if (day === undefined) return steps;

  const apologies = plan.apologies ?? [];
  steps.push(
    step(at(day, '09:00'), key('open'), ciso, (t, o) =>
      t.reviews.openMeeting(
        {
          reviewId,
          attendees: invited.filter((p) => !apologies.includes(p)).map(participant),
          apologies: apologies.map((p) => people[p].id),
          at: at(day, '09:00'),
        },
        o,
      ),
    ),
  );
  const notCovered = plan.notCovered ?? {};
  const inputA = at(day, '09:05');
  const justificationA = notCovered.a;
  steps.push(
    justificationA === undefined
      ? step(inputA, key('input-a'), ciso, presentPreviousActionsCitingPack(reviewId, inputA))
      : step(inputA, key('input-a'), ciso, (t, o) =>
          t.reviews.markInputNotCovered({ reviewId, inputId: 'a', justification: justificationA, at: inputA }, o),
        ),
  );
  laterInputs.forEach((inputId, index) => {
    const time = at(day, clockTime(10 + index * 5));
    const justification = notCovered[inputId];
    if (justification !== undefined) {
      steps.push(
        step(time, key(`input-${inputId}`), ciso, (t, o) =>
          t.reviews.markInputNotCovered({ reviewId, inputId, justification, at: time }, o),
        ),
      );
      return;
    }
    const content = inputContent(inputId, plan);
    steps.push(
      step(
        time,
        key(`input-${inputId}`),
        ciso,
        presentCitingPack({
          reviewId,
          inputId,
          summary: content.summary,
          facts: content.facts,
          references: [`dms://reviews/${reviewId}/input-${inputId}`],
          at: time,
        }),
      ),
    );
  });
  plan.decisions.forEach((decision, index) => {
    const decisionId = `${reviewId}-D${index + 1}`;
    const time = at(day, clockTime(90 + index * 10));
    steps.push(
      step(time, key(`decide-${decisionId}`), ciso, (t, o) =>
        t.reviews.recordDecision(
          {
            reviewId,
            decisionId,
            kind: decision.kind,
            description: decision.description,
            rationale: decision.rationale,
            actionIds: decision.actions.map((a) => a.actionId),
            at: time,
          },
          o,
        ),
      ),
    );
    for (const action of decision.actions) {
      steps.push(
        ...actionSteps(action, { origin: 'reviewDecision', originId: reviewId, decisionId, raisedOn: addDays(day, 1) }),
      );
    }
  });
  (['suitability', 'adequacy', 'effectiveness'] as const).forEach((aspect, index) => {
    const verdict = plan.verdicts?.[aspect] ?? {
      outcome: 'confirmed' as const,
      comment: `The ISMS ${aspect} is confirmed`,
    };
    const time = at(day, clockTime(150 + index));
    steps.push(
      step(time, key(`verdict-${aspect}`), ciso, (t, o) =>
        t.reviews.recordVerdict({ reviewId, aspect, outcome: verdict.outcome, comment: verdict.comment, at: time }, o),
      ),
    );
  });
  if (next !== undefined) {
    const time = at(day, '12:00');
    steps.push(
      step(time, key('schedule-next'), ciso, (t, o) =>
        t.reviews.scheduleNext({ reviewId, plannedDate: next.plannedDate, nextReviewId: next.reviewId, at: time }, o),
      ),
    );
  }
  const drafted = at(addDays(day, 2), '15:00');
  steps.push(
    step(drafted, key('draft-minutes'), ciso, (t, o) =>
      t.reviews.draftMinutes({ reviewId, documentRef: `dms://minutes/${reviewId}`, at: drafted }, o),
    ),
  );
  const approved = at(addDays(day, 7), '17:00');
  steps.push(
    step(approved, key('approve-minutes'), people.ceo, (t, o) =>
      t.reviews.approveMinutes({ reviewId, at: approved }, o),
    ),
  );
  const communicatedOn = addDays(day, 10);
  steps.push(
    step(at(communicatedOn, '10:00'), key('communicate'), ciso, (t, o) =>
      t.reviews.communicateResults(
        {
          reviewId,
          audiences: ['all staff', 'board of directors'],
          channel: 'intranet and board pack',
          communicatedOn,
          at: at(communicatedOn, '10:00'),
        },
        o,
      ),
    ),
  );
  const closed = at(addDays(day, 14), '09:00');
  steps.push(step(closed, key('close'), ciso, (t, o) => t.reviews.close({ reviewId, at: closed }, o)));
  return steps;
};
