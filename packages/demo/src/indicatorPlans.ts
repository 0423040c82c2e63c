import type { Direction, MeasuredSubject } from '@mgmt-review/core';
import type { PersonKey } from './people.js';

/** A measurement corrected: the period's new value, and why (the value first recorded stays in the history). */
export interface CorrectionPlan {
  readonly period: string;
  readonly value: number;
  readonly reason: string;
}

/**
 * One indicator of the story (9.1) and its measurements: `values` are the values recorded for the
 * periods from `firstPeriod` on, one a period, in order; each is recorded three days after its
 * period ends, corrected (if it is) two days later, and analysed seven days after the period ends.
 */
export interface IndicatorPlan {
  readonly indicatorId: string;
  readonly name: string;
  readonly subject: MeasuredSubject;
  readonly annexAControl?: string;
  readonly method: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly frequency: 'monthly' | 'quarterly';
  /** 9.1 d: who measures. */
  readonly measuredBy: PersonKey;
  /** 9.1 f: who analyses and evaluates; never the one who measures. */
  readonly analysedBy: PersonKey;
  readonly target: number;
  readonly threshold: number;
  readonly definedOn: string;
  readonly firstPeriod: string;
  /** Where each value is taken from; the period is appended. */
  readonly source: string;
  readonly values: readonly number[];
  readonly corrections?: readonly CorrectionPlan[];
  /** Why a period's value breaches the threshold, by period (9.1 f: the analysis explains it). */
  readonly breachExplanations?: Readonly<Record<string, string>>;
  readonly retired?: { readonly on: string; readonly reason: string };
}

/**
 * Ten indicators, monthly and quarterly, each measured by one person and analysed by another:
 * security incidents per month (lower is better, trending down over the two years, one period
 * corrected and one breach of the threshold), MFA coverage, the phishing click rate, patch
 * compliance, awareness training, supplier assessments (retired with its objective), restore
 * tests, access reviews, the time to triage alerts (one breach) and privacy requests answered in time.
 */
export const indicatorPlans: readonly IndicatorPlan[] = [
  {
    indicatorId: 'IND-01',
    name: 'Security incidents per month',
    subject: { kind: 'process', name: 'incident management' },
    annexAControl: 'A.5.24',
    method: 'Count of tickets closed as confirmed information security incidents in the month',
    unit: 'incidents',
    direction: 'lowerIsBetter',
    frequency: 'monthly',
    measuredBy: 'ops',
    analysedBy: 'ciso',
    target: 4,
    threshold: 10,
    definedOn: '2024-09-10',
    firstPeriod: '2024-09',
    source: 'itsm://reports/security-incidents',
    values: [8, 9, 7, 8, 7, 12, 7, 6, 7, 4, 6, 5, 6, 5, 5, 4, 5, 4, 3, 4, 3, 3, 3, 2],
    corrections: [
      {
        period: '2025-06',
        value: 6,
        reason: 'Two incidents of late June were logged in the ticket system only in July',
      },
    ],
    breachExplanations: {
      '2025-02': 'A phishing wave against finance (INC-2025-007, NC-03) produced five related incidents in two weeks',
    },
  },
  {
    indicatorId: 'IND-02',
    name: 'Remote access accounts with MFA',
    subject: { kind: 'control', name: 'secure authentication' },
    annexAControl: 'A.8.5',
    method: 'Share of VPN and webmail accounts with a second factor enrolled, from the identity platform',
    unit: '%',
    direction: 'higherIsBetter',
    frequency: 'monthly',
    measuredBy: 'it',
    analysedBy: 'ciso',
    target: 98,
    threshold: 60,
    definedOn: '2024-10-24',
    firstPeriod: '2024-10',
    source: 'idp://reports/mfa-enrolment',
    values: [68, 84, 97, 99, 99, 100, 99, 99, 100, 100, 99, 100, 100, 99, 100, 100, 100, 99, 100, 100, 100, 100, 100],
  },
  {
    indicatorId: 'IND-03',
    name: 'Phishing simulation click rate',
    subject: { kind: 'control', name: 'information security awareness, education and training' },
    annexAControl: 'A.6.3',
    method: 'Share of recipients of the month’s simulated phishing e-mail who clicked its link',
    unit: '%',
    direction: 'lowerIsBetter',
    frequency: 'monthly',
    measuredBy: 'hr',
    analysedBy: 'ciso',
    target: 5,
    threshold: 15,
    definedOn: '2025-01-27',
    firstPeriod: '2025-02',
    source: 'awareness://campaigns',
    values: [9, 8, 9, 8, 8, 7, 8, 7, 7, 7, 7, 6, 6, 5, 5, 6, 5, 4, 4],
  },
  {
    indicatorId: 'IND-04',
    name: 'Critical patches applied within 14 days',
    subject: { kind: 'control', name: 'management of technical vulnerabilities' },
    annexAControl: 'A.8.8',
    method: 'Share of critical patches released in the month installed on every affected system within 14 days',
    unit: '%',
    direction: 'higherIsBetter',
    frequency: 'monthly',
    measuredBy: 'it',
    analysedBy: 'ops',
    target: 95,
    threshold: 80,
    definedOn: '2024-09-10',
    firstPeriod: '2024-09',
    source: 'patch://reports/critical',
    values: [88, 90, 91, 89, 92, 93, 94, 94, 95, 93, 92, 94, 95, 96, 94, 95, 96, 95, 97, 96, 94, 93, 95, 91],
  },
  {
    indicatorId: 'IND-05',
    name: 'Security awareness training completed',
    subject: { kind: 'process', name: 'awareness and training' },
    annexAControl: 'A.6.3',
    method: 'Share of staff who completed the yearly security awareness course, at the end of the quarter',
    unit: '%',
    direction: 'higherIsBetter',
    frequency: 'quarterly',
    measuredBy: 'hr',
    analysedBy: 'ciso',
    target: 95,
    threshold: 75,
    definedOn: '2024-09-10',
    firstPeriod: '2024-Q3',
    source: 'lms://reports/security-awareness',
    values: [78, 85, 90, 93, 96, 94, 97, 98],
  },
  {
    indicatorId: 'IND-06',
    name: 'Critical suppliers with a current security assessment',
    subject: { kind: 'control', name: 'information security in supplier relationships' },
    annexAControl: 'A.5.19',
    method: 'Share of critical suppliers whose security questionnaire is less than a year old',
    unit: '%',
    direction: 'higherIsBetter',
    frequency: 'quarterly',
    measuredBy: 'ops',
    analysedBy: 'ciso',
    target: 100,
    threshold: 50,
    definedOn: '2024-09-12',
    firstPeriod: '2024-Q3',
    source: 'vendor://reports/assessments',
    values: [55, 60, 65, 70],
    retired: {
      on: '2025-07-28',
      reason: 'Suppliers are now assessed at each contract renewal under the revised supplier security policy',
    },
  },
  {
    indicatorId: 'IND-07',
    name: 'Backup restore tests passed',
    subject: { kind: 'control', name: 'information backup' },
    annexAControl: 'A.8.13',
    method: 'Share of the quarter’s restore tests of critical systems that restored within the agreed time',
    unit: '%',
    direction: 'higherIsBetter',
    frequency: 'quarterly',
    measuredBy: 'ops',
    analysedBy: 'it',
    target: 100,
    threshold: 75,
    definedOn: '2025-04-02',
    firstPeriod: '2025-Q2',
    source: 'backup://reports/restore-tests',
    values: [80, 100, 100, 90, 100],
  },
  {
    indicatorId: 'IND-08',
    name: 'Access reviews completed on time',
    subject: { kind: 'control', name: 'access rights' },
    annexAControl: 'A.5.18',
    method: 'Share of the quarter’s planned access reviews signed off by their system owners by the due date',
    unit: '%',
    direction: 'higherIsBetter',
    frequency: 'quarterly',
    measuredBy: 'it',
    analysedBy: 'audit',
    target: 100,
    threshold: 80,
    definedOn: '2024-09-12',
    firstPeriod: '2024-Q3',
    source: 'idp://reports/access-reviews',
    values: [85, 90, 100, 95, 100, 100, 100, 100],
  },
  {
    indicatorId: 'IND-09',
    name: 'Mean time to triage security alerts',
    subject: { kind: 'control', name: 'monitoring activities' },
    annexAControl: 'A.8.16',
    method: 'Mean hours from a security alert being raised to its triage, over the month’s alerts',
    unit: 'hours',
    direction: 'lowerIsBetter',
    frequency: 'monthly',
    measuredBy: 'ops',
    analysedBy: 'ciso',
    target: 4,
    threshold: 24,
    definedOn: '2025-09-08',
    firstPeriod: '2025-09',
    source: 'siem://reports/triage-time',
    values: [18, 16, 20, 14, 12, 10, 26, 15, 12, 8, 6, 5],
    breachExplanations: {
      '2026-03':
        'The managed monitoring service was still onboarding and two analysts were on leave: alerts queued for days (NC-12)',
    },
  },
  {
    indicatorId: 'IND-10',
    name: 'Privacy requests answered within 30 days',
    subject: { kind: 'process', name: 'privacy and protection of personal data' },
    annexAControl: 'A.5.34',
    method: 'Share of the quarter’s data subject requests answered within the 30 days the law allows',
    unit: '%',
    direction: 'higherIsBetter',
    frequency: 'quarterly',
    measuredBy: 'dpo',
    analysedBy: 'ciso',
    target: 100,
    threshold: 90,
    definedOn: '2024-09-12',
    firstPeriod: '2024-Q3',
    source: 'privacy://reports/requests',
    values: [100, 95, 92, 100, 100, 96, 100, 100],
  },
];
