import type { ConsultationCommand } from '../index.js';
import { people } from './people.js';
import { minute } from './samples.js';
import { typedCommand } from './typedCommand.js';

const consultation = typedCommand<ConsultationCommand>();

/**
 * A customer satisfaction survey's happy path (9.3.2 c, e): planned on the satisfaction scale,
 * feedback from the bank on its confidentiality requirement, results with one finding, both
 * taken into account (a requirement change; a reason), closed.
 */
export const consultationSamples = (consultationId = 'cons-survey') => ({
  plan: consultation('PlanConsultation', people.ciso, {
    consultationId,
    channel: 'survey',
    interestedPartyIds: ['ip-bank', 'ip-staff'],
    topic: 'satisfaction with the security of our services',
    window: { opensOn: '2026-02-01', closesOn: '2026-02-28' },
    owner: people.ciso,
    scale: 'satisfaction',
    at: minute(0, '2026-01-20'),
  }),
  feedback: consultation('RecordFeedback', people.ciso, {
    consultationId,
    feedbackId: 'fb-keys',
    interestedPartyId: 'ip-bank',
    kind: 'request',
    summary: 'encrypt our backups with keys we hold',
    requirementId: 'req-conf',
    at: minute(0, '2026-02-10'),
  }),
  results: consultation('RecordConsultationResults', people.ciso, {
    consultationId,
    conductedOn: '2026-02-28',
    invited: 40,
    responses: 30,
    findings: [{ findingId: 'f-notices', summary: 'customers want faster incident notices' }],
    score: 4.2,
    at: minute(0, '2026-03-02'),
  }),
  linkFeedback: consultation('TakeFeedbackIntoAccount', people.ciso, {
    consultationId,
    itemId: 'fb-keys',
    links: [{ to: 'requirementChange', interestedPartyId: 'ip-bank', requirementId: 'req-conf' }],
    at: minute(0, '2026-03-05'),
  }),
  finding: consultation('TakeFeedbackIntoAccount', people.ciso, {
    consultationId,
    itemId: 'f-notices',
    reasonNotActedOn: 'already met: notices go out within 24 hours, as the contract asks',
    at: minute(0, '2026-03-06'),
  }),
  close: consultation('CloseConsultation', people.ciso, { consultationId, at: minute(0, '2026-03-10') }),
  cancel: consultation('CancelConsultation', people.ciso, {
    consultationId,
    reason: 'merged into the yearly customer review',
    at: minute(0, '2026-01-25'),
  }),
});
