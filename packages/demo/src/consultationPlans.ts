import type { ConsultationChannel, FeedbackKind, FeedbackLink, ScoreScale } from '@mgmt-review/core';
import type { PersonKey } from './people.js';

/** A party's feedback received in a consultation, linked to its requirement where one applies. */
export interface FeedbackPlan {
  readonly feedbackId: string;
  readonly from: string;
  readonly kind: FeedbackKind;
  readonly summary: string;
  readonly requirementId?: string;
  readonly on: string;
}

/** What was done with a finding or a feedback item: what it led to, or why nothing. */
export interface TakenIntoAccountPlan {
  readonly itemId: string;
  readonly on: string;
  readonly links?: readonly [FeedbackLink, ...FeedbackLink[]];
  readonly reasonNotActedOn?: string;
}

/**
 * One consultation of the story (9.3.2 c, e): planned by its owner with its channel, parties,
 * topic and window; its results (the score where it has a scale) and findings; the parties'
 * feedback; what was done with each item; closed once every item is taken into account. An item
 * not in `takenIntoAccount` is still pending when the story ends.
 */
export interface ConsultationPlan {
  readonly consultationId: string;
  readonly channel: ConsultationChannel;
  readonly interestedPartyIds: readonly [string, ...string[]];
  readonly topic: string;
  readonly window: { readonly opensOn: string; readonly closesOn: string };
  readonly owner: PersonKey;
  readonly scale?: ScoreScale;
  readonly plannedOn: string;
  readonly results?: {
    readonly on: string;
    readonly conductedOn: string;
    readonly invited: number;
    readonly responses: number;
    readonly score?: number;
    readonly findings: readonly { readonly findingId: string; readonly summary: string }[];
  };
  readonly feedback: readonly FeedbackPlan[];
  readonly takenIntoAccount: readonly TakenIntoAccountPlan[];
  readonly closedOn?: string;
}

const decision = (reviewId: string, n: number): FeedbackLink => ({
  to: 'reviewDecision',
  reviewId,
  decisionId: `${reviewId}-D${n}`,
});
const action = (actionId: string): FeedbackLink => ({ to: 'action', actionId });
const requirement = (interestedPartyId: string, requirementId: string): FeedbackLink => ({
  to: 'requirementChange',
  interestedPartyId,
  requirementId,
});
const objective = (objectiveId: string): FeedbackLink => ({ to: 'objective', objectiveId });

/**
 * The yearly customer satisfaction surveys of November 2024 and November 2025 (satisfaction 1–5,
 * with response rates), staff interviews in June 2025 and a staff poll on AI services in June
 * 2026, with feedback of every kind: most of it taken into account with a link to what it led to,
 * some with the reason nothing was done, and a few items of the poll still pending at the end.
 */
export const consultationPlans: readonly ConsultationPlan[] = [
  {
    consultationId: 'CS-2024-SURVEY',
    channel: 'survey',
    interestedPartyIds: ['IP-NORTHWIND', 'IP-SME-CUSTOMERS'],
    topic: 'Customer satisfaction with the security of the service, 2024',
    window: { opensOn: '2024-11-04', closesOn: '2024-11-29' },
    owner: 'ops',
    scale: 'satisfaction',
    plannedOn: '2024-10-21',
    results: {
      on: '2024-12-04',
      conductedOn: '2024-11-29',
      invited: 120,
      responses: 42,
      score: 3.8,
      findings: [
        {
          findingId: 'CS-2024-SURVEY-R1',
          summary: 'Customers rate availability well and incident communication poorly',
        },
      ],
    },
    feedback: [
      {
        feedbackId: 'CS-2024-SURVEY-F1',
        from: 'IP-NORTHWIND',
        kind: 'complaint',
        summary: 'The notification of the October outage came after a day',
        requirementId: 'REQ-NW-01',
        on: '2024-11-15',
      },
      {
        feedbackId: 'CS-2024-SURVEY-F2',
        from: 'IP-NORTHWIND',
        kind: 'request',
        summary: 'Evidence of independent security testing of the service',
        on: '2024-11-15',
      },
      {
        feedbackId: 'CS-2024-SURVEY-F3',
        from: 'IP-SME-CUSTOMERS',
        kind: 'praise',
        summary: 'The service was available whenever we needed it',
        on: '2024-11-20',
      },
      {
        feedbackId: 'CS-2024-SURVEY-F4',
        from: 'IP-SME-CUSTOMERS',
        kind: 'request',
        summary: 'A customer portal showing our security settings',
        on: '2024-11-22',
      },
    ],
    takenIntoAccount: [
      { itemId: 'CS-2024-SURVEY-R1', on: '2025-04-14', links: [objective('OBJ-01')] },
      { itemId: 'CS-2024-SURVEY-F1', on: '2025-07-28', links: [decision('MR-2025-07', 2), action('A-10')] },
      { itemId: 'CS-2024-SURVEY-F2', on: '2025-04-14', links: [decision('MR-2025-04', 2), action('A-07')] },
      { itemId: 'CS-2024-SURVEY-F3', on: '2024-12-09', reasonNotActedOn: 'Praise: shared with the operations team' },
      {
        itemId: 'CS-2024-SURVEY-F4',
        on: '2025-01-20',
        reasonNotActedOn: 'Logged as an improvement opportunity (IMP-04) and decided there',
      },
    ],
    closedOn: '2025-07-28',
  },
  {
    consultationId: 'CS-2025-INTERVIEWS',
    channel: 'interview',
    interestedPartyIds: ['IP-STAFF'],
    topic: 'How staff live with the security rules',
    window: { opensOn: '2025-06-02', closesOn: '2025-06-13' },
    owner: 'hr',
    plannedOn: '2025-05-19',
    results: {
      on: '2025-06-18',
      conductedOn: '2025-06-13',
      invited: 12,
      responses: 10,
      findings: [
        { findingId: 'CS-2025-INTERVIEWS-R1', summary: 'Staff do not know how to report a suspicious e-mail' },
        {
          findingId: 'CS-2025-INTERVIEWS-R2',
          summary: 'Several passwords are reused because there is no password manager',
        },
      ],
    },
    feedback: [
      {
        feedbackId: 'CS-2025-INTERVIEWS-F1',
        from: 'IP-STAFF',
        kind: 'concern',
        summary: 'The phishing training feels like a test, not like help',
        on: '2025-06-05',
      },
      {
        feedbackId: 'CS-2025-INTERVIEWS-F2',
        from: 'IP-STAFF',
        kind: 'complaint',
        summary: 'Screens lock after five minutes even in meetings',
        on: '2025-06-10',
      },
    ],
    takenIntoAccount: [
      { itemId: 'CS-2025-INTERVIEWS-R1', on: '2025-06-23', links: [action('A-04')] },
      {
        itemId: 'CS-2025-INTERVIEWS-R2',
        on: '2025-06-23',
        reasonNotActedOn: 'Logged as an improvement opportunity (IMP-02) and decided there',
      },
      { itemId: 'CS-2025-INTERVIEWS-F1', on: '2026-01-20', links: [objective('OBJ-08')] },
      {
        itemId: 'CS-2025-INTERVIEWS-F2',
        on: '2025-06-23',
        reasonNotActedOn: 'Screen lock after five minutes is required by the clear screen control (A.7.7)',
      },
    ],
    closedOn: '2026-01-20',
  },
  {
    consultationId: 'CS-2025-SURVEY',
    channel: 'survey',
    interestedPartyIds: ['IP-NORTHWIND', 'IP-SME-CUSTOMERS'],
    topic: 'Customer satisfaction with the security of the service, 2025',
    window: { opensOn: '2025-11-03', closesOn: '2025-11-28' },
    owner: 'ops',
    scale: 'satisfaction',
    plannedOn: '2025-10-20',
    results: {
      on: '2025-12-03',
      conductedOn: '2025-11-28',
      invited: 130,
      responses: 57,
      score: 4.2,
      findings: [
        {
          findingId: 'CS-2025-SURVEY-R1',
          summary: 'Incident communication is now rated well; confidentiality is the new concern',
        },
      ],
    },
    feedback: [
      {
        feedbackId: 'CS-2025-SURVEY-F1',
        from: 'IP-NORTHWIND',
        kind: 'request',
        summary: 'No copy of our data in test environments, and encryption of our data everywhere',
        requirementId: 'REQ-NW-03',
        on: '2025-11-20',
      },
      {
        feedbackId: 'CS-2025-SURVEY-F2',
        from: 'IP-NORTHWIND',
        kind: 'praise',
        summary: 'The incident notifications of this year were fast and clear',
        requirementId: 'REQ-NW-01',
        on: '2025-11-20',
      },
      {
        feedbackId: 'CS-2025-SURVEY-F3',
        from: 'IP-SME-CUSTOMERS',
        kind: 'concern',
        summary: 'Scam e-mails pretending to come from the service',
        on: '2025-11-25',
      },
    ],
    takenIntoAccount: [
      { itemId: 'CS-2025-SURVEY-R1', on: '2025-12-11', links: [requirement('IP-NORTHWIND', 'REQ-NW-03')] },
      { itemId: 'CS-2025-SURVEY-F1', on: '2026-02-23', links: [requirement('IP-NORTHWIND', 'REQ-NW-03')] },
      {
        itemId: 'CS-2025-SURVEY-F2',
        on: '2025-12-11',
        reasonNotActedOn: 'Praise: confirms the revised incident response plan',
      },
      {
        itemId: 'CS-2025-SURVEY-F3',
        on: '2026-02-19',
        reasonNotActedOn: 'Impersonation by third parties is outside the ISMS; the mail domain already enforces DMARC',
      },
    ],
    closedOn: '2026-02-23',
  },
  {
    consultationId: 'CS-2026-POLL',
    channel: 'poll',
    interestedPartyIds: ['IP-STAFF'],
    topic: 'Which AI services staff use, and with which data',
    window: { opensOn: '2026-06-08', closesOn: '2026-06-19' },
    owner: 'dpo',
    plannedOn: '2026-06-01',
    results: {
      on: '2026-06-24',
      conductedOn: '2026-06-19',
      invited: 180,
      responses: 96,
      findings: [
        {
          findingId: 'CS-2026-POLL-R1',
          summary: 'Two thirds of respondents use AI assistants, a fifth with customer data',
        },
      ],
    },
    feedback: [
      {
        feedbackId: 'CS-2026-POLL-F1',
        from: 'IP-STAFF',
        kind: 'request',
        summary: 'Say clearly which AI services are allowed',
        on: '2026-06-12',
      },
      {
        feedbackId: 'CS-2026-POLL-F2',
        from: 'IP-STAFF',
        kind: 'concern',
        summary: 'Blocking AI services would slow down development work',
        on: '2026-06-15',
      },
      {
        feedbackId: 'CS-2026-POLL-F3',
        from: 'IP-STAFF',
        kind: 'request',
        summary: 'A company AI assistant that keeps data inside',
        on: '2026-06-17',
      },
    ],
    takenIntoAccount: [
      { itemId: 'CS-2026-POLL-R1', on: '2026-08-06', links: [decision('MR-2026-08', 2), action('A-22')] },
      {
        itemId: 'CS-2026-POLL-F1',
        on: '2026-08-06',
        links: [requirement('IP-STAFF', 'REQ-STAFF-02'), decision('MR-2026-08', 2)],
      },
    ],
  },
];
