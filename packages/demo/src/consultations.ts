import { at } from './calendar.js';
import type { ConsultationPlan } from './consultationPlans.js';
import { people } from './people.js';
import { type Step, step } from './step.js';

/**
 * The steps of one consultation: planned by its owner; its results recorded; each feedback item
 * recorded on the day it came in; each item taken into account by the CISO on the day of its plan
 * (with its links, or the reason nothing is done); closed once all of them are.
 */
export const consultationSteps = (plan: ConsultationPlan): readonly Step[] => {
  const consultationId = plan.consultationId;
  const key = (what: string) => `${consultationId}:${what}`;
  const owner = people[plan.owner];
  const planned = at(plan.plannedOn, '10:00');
  const steps: Step[] = [
    step(planned, key('plan'), owner, (t, o) =>
      t.consultations.plan(
        {
          consultationId,
          channel: plan.channel,
          interestedPartyIds: [...plan.interestedPartyIds],
          topic: plan.topic,
          window: plan.window,
          owner,
          scale: plan.scale,
          at: planned,
        },
        o,
      ),
    ),
  ];
  for (const feedback of plan.feedback) {
    const when = at(feedback.on, '12:00');
    steps.push(
      step(when, key(`feedback-${feedback.feedbackId}`), owner, (t, o) =>
        t.consultations.recordFeedback(
          {
            consultationId,
            feedbackId: feedback.feedbackId,
            interestedPartyId: feedback.from,
            kind: feedback.kind,
            summary: feedback.summary,
            requirementId: feedback.requirementId,
            at: when,
          },
          o,
        ),
      ),
    );
  }
  const results = plan.results;
  if (results !== undefined) {
    const when = at(results.on, '12:30');
    steps.push(
      step(when, key('results'), owner, (t, o) =>
        t.consultations.recordResults(
          {
            consultationId,
            conductedOn: results.conductedOn,
            invited: results.invited,
            responses: results.responses,
            score: results.score,
            findings: results.findings.map((f) => ({ findingId: f.findingId, summary: f.summary })),
            at: when,
          },
          o,
        ),
      ),
    );
  }
  for (const taken of plan.takenIntoAccount) {
    const when = at(taken.on, '14:00');
    steps.push(
      step(when, key(`take-${taken.itemId}`), people.ciso, (t, o) =>
        t.consultations.takeIntoAccount(
          {
            consultationId,
            itemId: taken.itemId,
            links: taken.links === undefined ? undefined : [...taken.links],
            reasonNotActedOn: taken.reasonNotActedOn,
            at: when,
          },
          o,
        ),
      ),
    );
  }
  if (plan.closedOn !== undefined) {
    const when = at(plan.closedOn, '17:00');
    steps.push(step(when, key('close'), owner, (t, o) => t.consultations.close({ consultationId, at: when }, o)));
  }
  return steps;
};
