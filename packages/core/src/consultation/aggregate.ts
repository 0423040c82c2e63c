import { defineAggregate } from '../shared/aggregate.js';
import { consultationCommandCodecs } from './commands.js';
import { consultationDecider } from './decide.js';
import { consultationEventDefinitions } from './events.js';
import { consultationLifecycle } from './lifecycle.js';

/**
 * A consultation of interested parties — a survey, interviews, a poll… — its results and feedback,
 * and what was done with each (9.3.2 c, e): streams `consultation-<consultationId>`.
 */
export const consultationAggregate = defineAggregate({
  name: 'consultation',
  title: 'Consultation (9.3.2 c, e)',
  group: 'consultations',
  category: 'consultation',
  idOf: (data) => data.consultationId,
  entityOf: (event) => event.data.consultationId,
  events: consultationEventDefinitions,
  commands: consultationCommandCodecs,
  decider: () => consultationDecider,
  lifecycle: consultationLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    plan: { command: 'PlanConsultation', generated: ['consultationId'] },
    recordResults: { command: 'RecordConsultationResults' },
    recordFeedback: { command: 'RecordFeedback', generated: ['feedbackId'] },
    takeIntoAccount: { command: 'TakeFeedbackIntoAccount' },
    close: { command: 'CloseConsultation' },
    cancel: { command: 'CancelConsultation' },
  },
});
