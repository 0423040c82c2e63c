import type { IssueCategory, IssueKind } from '@mgmt-review/core';

/** A change of an issue (9.3.2 b): what changed, the day it did, and its new effect on the ISMS, if any. */
export interface ContextChangePlan {
  readonly on: string;
  readonly changedOn: string;
  readonly change: string;
  readonly effect?: string;
}

/** One internal or external issue of the story (4.1), its changes, and its retirement. */
export interface ContextIssuePlan {
  readonly contextIssueId: string;
  readonly kind: IssueKind;
  readonly category: IssueCategory;
  readonly description: string;
  readonly effect: string;
  readonly raisedOn: string;
  readonly changes?: readonly ContextChangePlan[];
  readonly retired?: { readonly on: string; readonly reason: string };
}

/** Whether climate change is a relevant issue, decided for one review's cycle (4.1, Amd 1:2024). */
export interface ClimateDecisionPlan {
  readonly reviewId: string;
  readonly on: string;
  readonly relevant: boolean;
  readonly rationale: string;
  /** The issues that describe its effect, when relevant. */
  readonly contextIssueIds?: readonly string[];
}

/**
 * Eight issues of the organisation's context, internal and external, under six headings: the
 * cloud data platform, NIS2, customers' cost pressure, hybrid work, the single security engineer
 * (retired once a second one is hired), heat waves and the server room, the Lisbon office, and
 * staff's use of AI services; some of them change over the two years.
 */
export const contextIssuePlans: readonly ContextIssuePlan[] = [
  {
    contextIssueId: 'CI-01',
    kind: 'external',
    category: 'technological',
    description: 'Customer data moves to a cloud data platform run by a hosting provider',
    effect: 'Controls of the platform are shared with the provider; the ISMS scope must include it',
    raisedOn: '2024-09-16',
    changes: [
      {
        on: '2025-06-16',
        changedOn: '2025-06-06',
        change: 'The migration is complete: no customer data is held on premises any more',
        effect: 'The provider’s controls and the shared responsibility model are now part of every risk assessment',
      },
    ],
  },
  {
    contextIssueId: 'CI-02',
    kind: 'external',
    category: 'legal',
    description: 'The NIS2 directive is being transposed into national law',
    effect: 'Incident reporting duties and management accountability may change',
    raisedOn: '2024-09-16',
    changes: [
      {
        on: '2025-10-06',
        changedOn: '2025-09-29',
        change: 'The law is adopted; the organisation is an important entity under it',
        effect: 'Significant incidents are reported to the national CSIRT within 24 hours',
      },
    ],
  },
  {
    contextIssueId: 'CI-03',
    kind: 'external',
    category: 'economic',
    description: 'Major customers press for lower prices and ask for more security evidence',
    effect: 'Security work competes for budget while customers expect more assurance',
    raisedOn: '2024-09-16',
  },
  {
    contextIssueId: 'CI-04',
    kind: 'internal',
    category: 'social',
    description: 'Most staff work from home three days a week',
    effect: 'Endpoints and home networks are part of the attack surface',
    raisedOn: '2024-09-16',
  },
  {
    contextIssueId: 'CI-05',
    kind: 'internal',
    category: 'organisational',
    description: 'One security engineer carries all security operations',
    effect: 'Vulnerability and alert backlogs grow when that person is away',
    raisedOn: '2024-09-16',
    retired: { on: '2025-04-07', reason: 'A second security engineer joined in March 2025 (A-02)' },
  },
  {
    contextIssueId: 'CI-06',
    kind: 'external',
    category: 'environmental',
    description: 'Summer heat waves overload the cooling of the on-site server room',
    effect: 'Systems still on site can fail on hot days; continuity plans must cover it',
    raisedOn: '2025-07-01',
    changes: [
      {
        on: '2026-07-06',
        changedOn: '2026-06-30',
        change: 'The last on-site systems moved to the cloud platform; the server room is a network room only',
        effect: 'Heat now threatens the network room and the offices, not the services customers use',
      },
    ],
  },
  {
    contextIssueId: 'CI-07',
    kind: 'internal',
    category: 'organisational',
    description: 'A new office opens in Lisbon',
    effect: 'A new site, network and team come into the ISMS scope',
    raisedOn: '2025-11-24',
    changes: [{ on: '2026-05-18', changedOn: '2026-05-11', change: 'The Lisbon office opened with twelve staff' }],
  },
  {
    contextIssueId: 'CI-08',
    kind: 'external',
    category: 'technological',
    description: 'Staff use generative AI services, sometimes with customer data',
    effect: 'Customer data can leave the organisation through services outside the ISMS',
    raisedOn: '2026-07-20',
  },
];

/**
 * The climate-change decision of each review cycle, a week before its meeting: not relevant
 * until the heat wave of June 2025, relevant from the July 2025 review on (CI-06).
 */
export const climateDecisionPlans: readonly ClimateDecisionPlan[] = [
  {
    reviewId: 'MR-2024-10',
    on: '2024-10-10',
    relevant: false,
    rationale: 'Offices and services are in a temperate region, and no process depends on climate-sensitive resources',
  },
  {
    reviewId: 'MR-2025-01',
    on: '2025-01-09',
    relevant: false,
    rationale: 'No change since October: no site or supplier is exposed to climate hazards',
  },
  {
    reviewId: 'MR-2025-04',
    on: '2025-04-03',
    relevant: false,
    rationale: 'No change; the cloud migration moves services to a provider with resilient data centres',
  },
  {
    reviewId: 'MR-2025-07',
    on: '2025-07-17',
    relevant: true,
    rationale: 'The June heat wave stopped the server room cooling twice: climate change affects availability',
    contextIssueIds: ['CI-06'],
  },
  {
    reviewId: 'MR-2025-10',
    on: '2025-10-09',
    relevant: true,
    rationale: 'Heat waves remain a risk to the systems still on site',
    contextIssueIds: ['CI-06'],
  },
  {
    reviewId: 'MR-2025-12-ANNUAL',
    on: '2025-12-04',
    relevant: true,
    rationale: 'Heat waves remain a risk until the last systems leave the server room',
    contextIssueIds: ['CI-06'],
  },
  {
    reviewId: 'MR-2026-02',
    on: '2026-02-12',
    relevant: true,
    rationale: 'Unchanged since the annual review',
    contextIssueIds: ['CI-06'],
  },
  {
    reviewId: 'MR-2026-05',
    on: '2026-05-07',
    relevant: true,
    rationale: 'Unchanged; the last systems move before the summer',
    contextIssueIds: ['CI-06'],
  },
  {
    reviewId: 'MR-2026-08',
    on: '2026-07-30',
    relevant: true,
    rationale: 'Heat still affects the offices and the network room, and shareholders ask for climate disclosures',
    contextIssueIds: ['CI-06'],
  },
];
