/** Whether a rise of the KPI is an improvement or a deterioration. */
export type KpiDirection = 'higher-is-better' | 'lower-is-better';

/** What a KPI counts or measures, and how to read it. */
export interface KpiDefinition {
  readonly id: KpiId;
  readonly title: string;
  /** One or two plain sentences: what is counted, over which period, from which facts. */
  readonly definition: string;
  readonly unit: 'count' | 'percent' | 'days' | 'score';
  readonly direction: KpiDirection;
  /** The review input the KPI feeds (ISO/IEC 27001:2022 9.3.2). */
  readonly input: string;
}

export const kpiIds = [
  'reviewsPlanned',
  'reviewsHeld',
  'reviewsHeldOnTime',
  'cadenceAdherence',
  'agendaCoverage',
  'actionsRaised',
  'actionsClosed',
  'actionsClosedOnTime',
  'actionsClosedOnTimeRate',
  'actionsOverdueAtPeriodEnd',
  'dueDateSlips',
  'nonConformitiesOpened',
  'nonConformitiesClosed',
  'meanDaysToClose',
  'p90DaysToClose',
  'closedWithVerifiedEffectiveness',
  'recurrences',
  'correctiveActionsVerified',
  'correctiveActionsPending',
  'risksAboveAppetite',
  'risksUntreated',
  'residualExposure',
  'acceptancesExpired',
] as const;

/** The id of a KPI. */
export type KpiId = (typeof kpiIds)[number];

const define = (
  id: KpiId,
  title: string,
  unit: KpiDefinition['unit'],
  direction: KpiDirection,
  input: string,
  definition: string,
): KpiDefinition => ({ id, title, definition, unit, direction, input });

/**
 * Every KPI, in report order. "At period end" means on the period's last day, after everything
 * dated that day: an action due that day and not done is overdue, an acceptance expiring that day
 * has expired. Days are the business days of the events (`data.at`), in UTC.
 */
export const kpiDefinitions: readonly KpiDefinition[] = [
  define(
    'reviewsPlanned',
    'Reviews planned',
    'count',
    'higher-is-better',
    '9.3.1',
    'Management reviews whose first planned date falls in the period (cancelled ones included).',
  ),
  define(
    'reviewsHeld',
    'Reviews held',
    'count',
    'higher-is-better',
    '9.3.1',
    'Management reviews whose meeting was held in the period.',
  ),
  define(
    'reviewsHeldOnTime',
    'Reviews held on time',
    'count',
    'higher-is-better',
    '9.3.1',
    'Reviews planned in the period that were held no later than the date they were first planned for.',
  ),
  define(
    'cadenceAdherence',
    'Cadence adherence',
    'percent',
    'higher-is-better',
    '9.3.1',
    'Reviews held on time as a share of the reviews planned in the period; empty when none was planned.',
  ),
  define(
    'agendaCoverage',
    'Agenda coverage',
    'percent',
    'higher-is-better',
    '9.3.2',
    'For the reviews held in the period, the mean share of their agenda (the catalogue inputs a–g, d1–d4) presented rather than marked not covered; each review is listed with its own coverage.',
  ),
  define(
    'actionsRaised',
    'Actions raised',
    'count',
    'lower-is-better',
    '9.3.2 a',
    'Actions raised in the period, from any origin (review decision, nonconformity, risk treatment, improvement).',
  ),
  define(
    'actionsClosed',
    'Actions closed',
    'count',
    'higher-is-better',
    '9.3.2 a',
    'Actions closed in the period: completed, verified, and reviewed as effective.',
  ),
  define(
    'actionsClosedOnTime',
    'Actions closed on time',
    'count',
    'higher-is-better',
    '9.3.2 a',
    'Actions closed in the period whose last completion came no later than the due date then in force.',
  ),
  define(
    'actionsClosedOnTimeRate',
    'Actions closed on time (share)',
    'percent',
    'higher-is-better',
    '9.3.2 a',
    'Actions closed on time as a share of the actions closed in the period; empty when none was closed.',
  ),
  define(
    'actionsOverdueAtPeriodEnd',
    'Actions overdue at period end',
    'count',
    'lower-is-better',
    '9.3.2 a',
    'Actions open or in progress at period end whose due date (as then in force) is on or before the last day of the period.',
  ),
  define(
    'dueDateSlips',
    'Due-date slips',
    'count',
    'lower-is-better',
    '9.3.2 a',
    'Due-date changes recorded in the period that moved an action later.',
  ),
  define(
    'nonConformitiesOpened',
    'Nonconformities opened',
    'count',
    'lower-is-better',
    '9.3.2 d 1',
    'Nonconformities raised in the period, with a breakdown by severity and by source. A recurrence is counted under recurrences, not here.',
  ),
  define(
    'nonConformitiesClosed',
    'Nonconformities closed',
    'count',
    'higher-is-better',
    '9.3.2 d 1',
    'Closures of nonconformities in the period (a recurrence closed again counts again), with a breakdown by severity and by source.',
  ),
  define(
    'meanDaysToClose',
    'Mean days to close',
    'days',
    'lower-is-better',
    '9.3.2 d 1',
    'For the closures in the period, the mean number of days from raising (or reopening) to closing; empty when none.',
  ),
  define(
    'p90DaysToClose',
    '90th percentile of days to close',
    'days',
    'lower-is-better',
    '9.3.2 d 1',
    'For the closures in the period, the 90th percentile (nearest rank) of the days from raising (or reopening) to closing; empty when none.',
  ),
  define(
    'closedWithVerifiedEffectiveness',
    'Closed with verified effectiveness',
    'percent',
    'higher-is-better',
    '9.3.2 d 1',
    'Share of the closures in the period whose corrective actions were verified effective (10.2 d), rather than closed on a decision that no corrective action was needed.',
  ),
  define(
    'recurrences',
    'Recurrences',
    'count',
    'lower-is-better',
    '9.3.2 d 1',
    'Nonconformities reopened in the period because they recurred.',
  ),
  define(
    'correctiveActionsVerified',
    'Corrective actions verified',
    'count',
    'higher-is-better',
    '9.3.2 d 1',
    'Verifications in the period of corrective actions (actions raised from, or planned by, a nonconformity).',
  ),
  define(
    'correctiveActionsPending',
    'Corrective actions pending verification',
    'count',
    'lower-is-better',
    '9.3.2 d 1',
    'Corrective actions raised by period end that are neither verified, closed nor cancelled at period end.',
  ),
  define(
    'risksAboveAppetite',
    'Risks above appetite',
    'count',
    'lower-is-better',
    '9.3.2 f',
    'Assessed risks, not retired, whose current score at period end (residual once assessed, else inherent) is above the appetite of their last assessment.',
  ),
  define(
    'risksUntreated',
    'Risks untreated',
    'count',
    'lower-is-better',
    '9.3.2 f',
    'Assessed risks, not retired, without a treatment plan approved by their owner (6.1.3 f) since their last (re)assessment, at period end.',
  ),
  define(
    'residualExposure',
    'Residual exposure',
    'score',
    'lower-is-better',
    '9.3.2 f',
    'The sum, at period end, of the current scores of assessed risks not retired: residual score once assessed, else the inherent score.',
  ),
  define(
    'acceptancesExpired',
    'Acceptances expired',
    'count',
    'lower-is-better',
    '9.3.2 f',
    'Residual-risk acceptances in force at period end (no reassessment since) whose expiry date is on or before the last day of the period.',
  ),
];

/** The definition of a KPI by id. */
export const kpiDefinition = (id: KpiId): KpiDefinition => kpiDefinitions.find((k) => k.id === id)!;
