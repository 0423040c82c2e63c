import type { ConsultationPlan } from './consultationPlans.js';
import { people } from './people.js';
import { recordSteps, type Step } from './step.js';

/**
 * The steps of one consultation: planned by its owner; each feedback item recorded on the day it
 * came in; its results recorded; each item taken into account by the CISO on the day of its plan
 * (with its links, or the reason nothing is done); closed once all of them are.
 */
export const consultationSteps = (plan: ConsultationPlan): readonly Step[] => {
  const consultationId = plan.consultationId;
  const owner = people[plan.owner];
  const consultation = recordSteps(consultationId);
  consultation.add(plan.plannedOn, '10:00', 'plan', owner, (t, o, at) =>
    t.consultations.plan(
      {
        consultationId,
        channel: plan.channel,
        interestedPartyIds: [...plan.interestedPartyIds],
        topic: plan.topic,
        window: plan.window,
        owner,
        scale: plan.scale,
        at,
      },
      o,
    ),
  );
  for (const feedback of plan.feedback) {
    consultation.add(feedback.on, '12:00', `feedback-${feedback.feedbackId}`, owner, (t, o, at) =>
      t.consultations.recordFeedback(
        {
          consultationId,
          feedbackId: feedback.feedbackId,
          interestedPartyId: feedback.from,
          kind: feedback.kind,
          summary: feedback.summary,
          requirementId: feedback.requirementId,
          at,
        },
        o,
      ),
    );
  }
  const results = plan.results;
  if (results !== undefined) {
    consultation.add(results.on, '12:30', 'results', owner, (t, o, at) =>
      t.consultations.recordResults(
        {
          consultationId,
          conductedOn: results.conductedOn,
          invited: results.invited,
          responses: results.responses,
          score: results.score,
          findings: results.findings.map((f) => ({ findingId: f.findingId, summary: f.summary })),
          at,
        },
        o,
      ),
    );
  }
  for (const taken of plan.takenIntoAccount) {
    consultation.add(taken.on, '14:00', `take-${taken.itemId}`, people.ciso, (t, o, at) =>
      t.consultations.takeIntoAccount(
        {
          consultationId,
          itemId: taken.itemId,
          links: taken.links === undefined ? undefined : [...taken.links],
          reasonNotActedOn: taken.reasonNotActedOn,
          at,
        },
        o,
      ),
    );
  }
  if (plan.closedOn !== undefined) {
    consultation.add(plan.closedOn, '17:00', 'close', owner, (t, o, at) =>
      t.consultations.close({ consultationId, at }, o),
    );
  }
  return consultation.steps;
};
