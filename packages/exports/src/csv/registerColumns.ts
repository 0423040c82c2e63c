import {
  type ActionRow,
  type AuditRow,
  actionRegister,
  auditProgramme,
  type ClimateDecisionRow,
  type ConsultationItemRow,
  type ConsultationRow,
  type ContextIssueRow,
  consultationRegister,
  contextRegister,
  type FindingRow,
  type ImprovementRow,
  type IndicatorSeries,
  type InterestedPartyRow,
  improvementLog,
  indicatorSeries,
  interestedPartyRegister,
  type NonConformityRow,
  nonConformityRegister,
  type ObjectiveRow,
  objectiveRegister,
  type PeriodValueRow,
  type RequirementRow,
  type ReviewBoardRow,
  type RiskRow,
  reviewBoard,
  riskRegister,
  type ViewsState,
} from '@mgmt-review/views';

/** A cell as a register gives it; written as text (`true`/`false`, lists joined by `; `, nothing for undefined). */
export type CellValue = string | number | boolean | undefined | readonly string[];

/** One column: its header, and the cell of a row. */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => CellValue;
}

/** One register's CSV: its rows on a day, and its columns in order. */
export interface CsvRegister<Row> {
  readonly rows: (state: ViewsState, now: string) => readonly Row[];
  readonly columns: readonly Column<Row>[];
}

/** Ties a register's rows and columns to one row type. */
const register = <Row>(definition: CsvRegister<Row>): CsvRegister<Row> => definition;

/** A column per field of the row, named as the field, for the fields taken as they are. */
const fields = <Row>(...names: readonly (keyof Row & string)[]): Column<Row>[] =>
  names.map((name) => ({ header: name, cell: (row: Row) => row[name] as CellValue }));

/** One period of an indicator: the value in force, beside the indicator it measures. */
export interface IndicatorPeriodCsvRow {
  readonly indicator: IndicatorSeries;
  readonly period: PeriodValueRow;
}

/** One finding of an audit, beside the audit it was recorded in. */
export interface AuditFindingCsvRow extends FindingRow {
  readonly auditId: string;
}

/** One requirement of an interested party (4.2 b), beside the party. */
export interface PartyRequirementCsvRow {
  readonly party: InterestedPartyRow;
  readonly requirement: RequirementRow;
}

/** One finding or feedback item of a consultation (9.3.2 c, e), beside the consultation. */
export interface FeedbackCsvRow extends ConsultationItemRow {
  readonly consultationId: string;
}

/** A feedback link as one cell: where it leads, then the ids of the record (`action:A-1`, `reviewDecision:R-1/R-1-D1`). */
const linkText = (link: ConsultationItemRow['links'][number]): string => {
  switch (link.to) {
    case 'reviewDecision':
      return `reviewDecision:${link.reviewId}/${link.decisionId}`;
    case 'action':
      return `action:${link.actionId}`;
    case 'requirementChange':
      return `requirementChange:${link.interestedPartyId}/${link.requirementId}`;
    case 'objective':
      return `objective:${link.objectiveId}`;
  }
};

/** The value a period's first correction replaced: the value first recorded; undefined if never corrected. */
const supersededValueOf = (period: PeriodValueRow): number | undefined => period.corrections[0]?.previousValue;

/**
 * The registers a CSV export can write, by name: each one entry of rows and columns, read from the
 * views' register queries. A new register is one entry here.
 */
export const csvRegisters = {
  reviews: register<ReviewBoardRow>({
    rows: (state, now) => reviewBoard(state, { now }),
    columns: [
      ...fields<ReviewBoardRow>(
        'reviewId',
        'status',
        'kind',
        'cadence',
        'chairId',
        'previousReviewId',
        'plannedDate',
        'firstPlannedDate',
        'reschedules',
        'heldOn',
        'heldOnTime',
        'overdue',
      ),
      { header: 'agendaInputs', cell: (r) => r.agenda.inputs },
      { header: 'inputsNotCovered', cell: (r) => r.agenda.notCovered },
      { header: 'inputsNotAddressed', cell: (r) => r.agenda.notAddressed },
      { header: 'agendaCoverage', cell: (r) => r.agenda.coverage },
      { header: 'decisionIds', cell: (r) => r.decisions.map((d) => d.decisionId) },
      { header: 'suitability', cell: (r) => r.verdicts.suitability },
      { header: 'adequacy', cell: (r) => r.verdicts.adequacy },
      { header: 'effectiveness', cell: (r) => r.verdicts.effectiveness },
      ...fields<ReviewBoardRow>('minutes', 'minutesApprovedOn', 'communicatedOn'),
      { header: 'nextReviewPlannedDate', cell: (r) => r.nextReview?.plannedDate },
      { header: 'nextReviewWithinCadence', cell: (r) => r.nextReview?.withinCadence },
      ...fields<ReviewBoardRow>('closedOn', 'cancelledOn', 'cancelReason', 'corrections'),
    ],
  }),
  actions: register<ActionRow>({
    rows: (state, now) => actionRegister(state, { now }),
    columns: fields<ActionRow>(
      'actionId',
      'title',
      'status',
      'ownerId',
      'origin',
      'originId',
      'decisionId',
      'raisedOn',
      'firstDueDate',
      'dueDate',
      'slips',
      'dueDateChanges',
      'slippedDays',
      'percentComplete',
      'completedOn',
      'verifiedOn',
      'verifiedBy',
      'closedOn',
      'cancelledOn',
      'reopened',
      'toDo',
      'overdue',
      'daysOverdue',
      'overdueBucket',
      'ageDays',
      'ageBucket',
    ),
  }),
  nonConformities: register<NonConformityRow>({
    rows: (state, now) => nonConformityRegister(state, { now }),
    columns: [
      ...fields<NonConformityRow>(
        'nonConformityId',
        'source',
        'sourceReference',
        'severity',
        'requirement',
        'ownerId',
        'status',
        'raisedOn',
        'step',
        'stepSince',
        'daysInStep',
      ),
      { header: 'correction', cell: (n) => n.steps.correction },
      { header: 'rootCause', cell: (n) => n.steps.rootCause },
      { header: 'similarAssessed', cell: (n) => n.steps.similarAssessed },
      { header: 'correctiveAction', cell: (n) => n.steps.correctiveAction },
      { header: 'implemented', cell: (n) => n.steps.implemented },
      { header: 'effectivenessVerified', cell: (n) => n.steps.effectivenessVerified },
      ...fields<NonConformityRow>('ageDays', 'reopened', 'ineffectiveVerifications', 'ismsChanges', 'closedOn'),
      { header: 'linkedActionIds', cell: (n) => n.linkedActions.map((a) => a.actionId) },
    ],
  }),
  risks: register<RiskRow>({
    rows: (state, now) => riskRegister(state, { now, includeRetired: true }),
    columns: [
      ...fields<RiskRow>('riskId', 'scenario', 'asset', 'ownerId'),
      { header: 'confidentiality', cell: (r) => r.cia.confidentiality },
      { header: 'integrity', cell: (r) => r.cia.integrity },
      { header: 'availability', cell: (r) => r.cia.availability },
      ...fields<RiskRow>('stage', 'identifiedOn', 'assessedOn', 'appetite'),
      { header: 'inherentLikelihood', cell: (r) => r.inherent?.likelihood },
      { header: 'inherentImpact', cell: (r) => r.inherent?.impact },
      { header: 'inherentScore', cell: (r) => r.inherent?.score },
      { header: 'residualLikelihood', cell: (r) => r.residual?.likelihood },
      { header: 'residualImpact', cell: (r) => r.residual?.impact },
      { header: 'residualScore', cell: (r) => r.residual?.score },
      { header: 'maxScore', cell: (r) => (r.inherent ?? r.residual)?.maxScore },
      ...fields<RiskRow>(
        'currentScore',
        'aboveAppetite',
        'treatment',
        'controls',
        'planApproved',
        'planApprovedOn',
        'planApprovedBy',
        'actionIds',
      ),
      { header: 'acceptedBy', cell: (r) => r.acceptance?.acceptedBy },
      { header: 'acceptedOn', cell: (r) => r.acceptance?.acceptedOn },
      { header: 'acceptanceExpiresOn', cell: (r) => r.acceptance?.expiresOn },
      { header: 'acceptanceExpired', cell: (r) => r.acceptance?.expired },
      { header: 'exceptionJustification', cell: (r) => r.acceptance?.exceptionJustification },
      ...fields<RiskRow>('needsReassessment', 'reassessments', 'retiredOn'),
    ],
  }),
  objectives: register<ObjectiveRow>({
    rows: (state, now) => objectiveRegister(state, { now }),
    columns: [
      ...fields<ObjectiveRow>('objectiveId', 'status', 'statement', 'policyReference', 'ownerId', 'setOn'),
      { header: 'targetIndicatorId', cell: (o) => o.target?.indicatorId },
      { header: 'targetValue', cell: (o) => o.target?.value },
      { header: 'targetDirection', cell: (o) => o.target?.direction },
      ...fields<ObjectiveRow>('fulfilmentCriteria'),
      { header: 'progress', cell: (o) => o.progress?.progress },
      { header: 'progressComment', cell: (o) => o.progress?.comment },
      { header: 'progressEvaluatedOn', cell: (o) => o.progress?.evaluatedOn },
      { header: 'progressEvaluatedBy', cell: (o) => o.progress?.evaluatedBy },
      { header: 'progressMeetsTarget', cell: (o) => o.progress?.meetsTarget },
      { header: 'latestMeasurementPeriod', cell: (o) => o.latestMeasurement?.period },
      { header: 'latestMeasurementValue', cell: (o) => o.latestMeasurement?.value },
      { header: 'latestMeasurementMeetsTarget', cell: (o) => o.latestMeasurement?.meetsTarget },
      ...fields<ObjectiveRow>(
        'dueDate',
        'daysToDue',
        'overdue',
        'daysOverdue',
        'revisions',
        'lastRevisionReason',
        'achievedOn',
        'missedOn',
        'withdrawnOn',
        'outcomeReason',
        'followUp',
      ),
    ],
  }),
  indicators: register<IndicatorPeriodCsvRow>({
    rows: (state, now) =>
      indicatorSeries(state, { now }).flatMap((indicator) => indicator.values.map((period) => ({ indicator, period }))),
    columns: [
      { header: 'indicatorId', cell: (r) => r.indicator.indicatorId },
      { header: 'name', cell: (r) => r.indicator.name },
      { header: 'indicatorStatus', cell: (r) => r.indicator.status },
      { header: 'unit', cell: (r) => r.indicator.unit },
      { header: 'direction', cell: (r) => r.indicator.direction },
      { header: 'target', cell: (r) => r.indicator.target },
      { header: 'threshold', cell: (r) => r.indicator.threshold },
      { header: 'period', cell: (r) => r.period.period },
      { header: 'from', cell: (r) => r.period.from },
      { header: 'to', cell: (r) => r.period.to },
      { header: 'value', cell: (r) => r.period.value },
      { header: 'supersededValue', cell: (r) => supersededValueOf(r.period) },
      { header: 'corrections', cell: (r) => r.period.corrections.length },
      { header: 'lastCorrectionReason', cell: (r) => r.period.corrections.at(-1)?.reason },
      { header: 'sourceReference', cell: (r) => r.period.sourceReference },
      { header: 'measuredBy', cell: (r) => r.period.measuredBy },
      { header: 'recordedOn', cell: (r) => r.period.recordedOn },
      { header: 'meetsTarget', cell: (r) => r.period.meetsTarget },
      { header: 'breach', cell: (r) => r.period.breach },
      { header: 'conclusion', cell: (r) => r.period.analysis?.conclusion },
      { header: 'breachExplanation', cell: (r) => r.period.analysis?.breachExplanation },
      { header: 'analysedBy', cell: (r) => r.period.analysis?.analysedBy },
      { header: 'analysedOn', cell: (r) => r.period.analysis?.analysedOn },
    ],
  }),
  audits: register<AuditRow>({
    rows: (state, now) => auditProgramme(state, { now }).audits,
    columns: [
      ...fields<AuditRow>('auditId', 'programmeId', 'kind', 'auditBody', 'status'),
      { header: 'scope', cell: (a) => a.scope.map((s) => `${s.process} (${s.ownerId})`) },
      ...fields<AuditRow>('criteria'),
      { header: 'windowFrom', cell: (a) => a.window.from },
      { header: 'windowTo', cell: (a) => a.window.to },
      ...fields<AuditRow>('leadAuditorId', 'plannedOn', 'startedOn', 'performance'),
      { header: 'reportReference', cell: (a) => a.report?.reference },
      { header: 'reportedOn', cell: (a) => a.report?.reportedOn },
      { header: 'reportedTo', cell: (a) => a.report?.reportedTo },
      { header: 'reportedBy', cell: (a) => a.report?.reportedBy },
      ...fields<AuditRow>('closedOn', 'cancelledOn', 'cancelReason'),
      { header: 'findingIds', cell: (a) => a.findings.map((f) => f.findingId) },
      { header: 'conformityFindings', cell: (a) => a.findingsByKind.conformity },
      { header: 'nonconformityFindings', cell: (a) => a.findingsByKind.nonconformity },
      { header: 'observationFindings', cell: (a) => a.findingsByKind.observation },
      { header: 'opportunityFindings', cell: (a) => a.findingsByKind.opportunity },
      ...fields<AuditRow>('nonConformityIds', 'overdue', 'daysOverdue'),
    ],
  }),
  auditFindings: register<AuditFindingCsvRow>({
    rows: (state, now) =>
      auditProgramme(state, { now }).audits.flatMap((a) => a.findings.map((f) => ({ ...f, auditId: a.auditId }))),
    columns: fields<AuditFindingCsvRow>(
      'findingId',
      'auditId',
      'kind',
      'process',
      'requirement',
      'description',
      'auditorId',
      'nonConformityId',
      'recordedOn',
    ),
  }),
  context: register<ContextIssueRow>({
    rows: (state, now) => contextRegister(state, { now, includeRetired: true }).issues,
    columns: [
      ...fields<ContextIssueRow>('contextIssueId', 'kind', 'category', 'description', 'effect', 'status', 'raisedOn'),
      { header: 'changes', cell: (i) => i.changes.length },
      { header: 'lastChange', cell: (i) => i.changes.at(-1)?.change },
      { header: 'lastChangedOn', cell: (i) => i.changes.at(-1)?.changedOn },
      ...fields<ContextIssueRow>('retiredOn', 'retireReason', 'lastActivityOn', 'daysSinceLastActivity'),
    ],
  }),
  climateDecisions: register<ClimateDecisionRow>({
    rows: (state, now) => contextRegister(state, { now }).climateDecisions,
    columns: fields<ClimateDecisionRow>(
      'reviewId',
      'relevant',
      'rationale',
      'contextIssueIds',
      'decidedBy',
      'decidedOn',
      'firstDecidedOn',
      'revisions',
      'revisionReason',
    ),
  }),
  parties: register<PartyRequirementCsvRow>({
    rows: (state) =>
      interestedPartyRegister(state, {}).flatMap((party) =>
        party.requirements.map((requirement) => ({ party, requirement })),
      ),
    columns: [
      { header: 'interestedPartyId', cell: (r) => r.party.interestedPartyId },
      { header: 'partyName', cell: (r) => r.party.name },
      { header: 'partyKind', cell: (r) => r.party.kind },
      { header: 'relevance', cell: (r) => r.party.relevance },
      { header: 'registeredOn', cell: (r) => r.party.registeredOn },
      { header: 'requirementId', cell: (r) => r.requirement.requirementId },
      { header: 'status', cell: (r) => r.requirement.status },
      { header: 'latest', cell: (r) => r.requirement.latest },
      { header: 'revision', cell: (r) => r.requirement.revision },
      { header: 'need', cell: (r) => r.requirement.need },
      { header: 'source', cell: (r) => r.requirement.source },
      { header: 'climateRelated', cell: (r) => r.requirement.climateRelated },
      { header: 'addressed', cell: (r) => r.requirement.addressed },
      { header: 'addressedBy', cell: (r) => r.requirement.addressedBy.map((a) => `${a.kind}:${a.reference}`) },
      { header: 'notAddressedReason', cell: (r) => r.requirement.notAddressedReason },
      { header: 'recordedOn', cell: (r) => r.requirement.recordedOn },
      { header: 'lastChangedOn', cell: (r) => r.requirement.lastChangedOn },
      { header: 'withdrawnOn', cell: (r) => r.requirement.withdrawnOn },
    ],
  }),
  consultations: register<ConsultationRow>({
    rows: (state, now) => consultationRegister(state, { now }),
    columns: [
      ...fields<ConsultationRow>(
        'consultationId',
        'channel',
        'interestedPartyIds',
        'topic',
        'opensOn',
        'closesOn',
        'window',
        'ownerId',
        'status',
        'plannedOn',
      ),
      { header: 'conductedOn', cell: (c) => c.results?.conductedOn },
      { header: 'invited', cell: (c) => c.results?.invited },
      { header: 'responses', cell: (c) => c.results?.responses },
      { header: 'responseRate', cell: (c) => c.results?.responseRate },
      { header: 'scale', cell: (c) => c.results?.scale },
      { header: 'score', cell: (c) => c.results?.score },
      { header: 'findings', cell: (c) => c.findings.length },
      { header: 'feedbackItems', cell: (c) => c.feedback.length },
      ...fields<ConsultationRow>('takenIntoAccount', 'pending', 'closedOn', 'cancelledOn', 'cancelReason'),
    ],
  }),
  feedback: register<FeedbackCsvRow>({
    rows: (state, now) =>
      consultationRegister(state, { now }).flatMap((c) =>
        [...c.findings, ...c.feedback].map((item) => ({ ...item, consultationId: c.consultationId })),
      ),
    columns: [
      ...fields<FeedbackCsvRow>(
        'itemId',
        'consultationId',
        'item',
        'kind',
        'summary',
        'recordedOn',
        'interestedPartyId',
        'requirementId',
        'outcome',
        'takenIntoAccount',
        'takenIntoAccountOn',
        'takenBy',
      ),
      { header: 'links', cell: (i) => i.links.map(linkText) },
      ...fields<FeedbackCsvRow>('reasonNotActedOn'),
    ],
  }),
  improvements: register<ImprovementRow>({
    rows: (state, now) => improvementLog(state, { now }).opportunities,
    columns: [
      ...fields<ImprovementRow>(
        'opportunityId',
        'source',
        'sourceReference',
        'description',
        'expectedBenefit',
        'status',
        'loggedOn',
      ),
      { header: 'value', cell: (i) => i.evaluation?.value },
      { header: 'effort', cell: (i) => i.evaluation?.effort },
      { header: 'evaluatedBy', cell: (i) => i.evaluation?.evaluatedBy },
      { header: 'evaluatedOn', cell: (i) => i.evaluation?.evaluatedOn },
      { header: 'decision', cell: (i) => i.decision?.outcome },
      { header: 'decisionReviewId', cell: (i) => i.decision?.decision?.reviewId },
      { header: 'decisionId', cell: (i) => i.decision?.decision?.decisionId },
      { header: 'decidedBy', cell: (i) => i.decision?.decidedBy },
      { header: 'decidedOn', cell: (i) => i.decision?.decidedOn },
      { header: 'actionIds', cell: (i) => (i.decision?.outcome === 'adopt' ? i.decision.actionIds : undefined) },
      { header: 'revisitOn', cell: (i) => (i.decision?.outcome === 'defer' ? i.decision.revisitOn : undefined) },
      { header: 'decisionReason', cell: (i) => (i.decision?.outcome === 'adopt' ? undefined : i.decision?.reason) },
      ...fields<ImprovementRow>('adoptedOn'),
      { header: 'benefitObserved', cell: (i) => i.realisation?.benefitObserved },
      { header: 'evidence', cell: (i) => i.realisation?.evidence },
      { header: 'realisedOn', cell: (i) => i.realisation?.realisedOn },
      ...fields<ImprovementRow>('closedOn', 'closedAs', 'closeReason'),
    ],
  }),
} as const;

/** The name of a register the CSV export writes. */
export type CsvRegisterName = keyof typeof csvRegisters;

/** Every register name, in the table's order. */
export const csvRegisterNames = Object.keys(csvRegisters) as CsvRegisterName[];
