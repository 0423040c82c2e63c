import {
  type ActionRow,
  actionRegister,
  type NonConformityRow,
  nonConformityRegister,
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
} as const;

/** The name of a register the CSV export writes. */
export type CsvRegisterName = keyof typeof csvRegisters;

/** Every register name, in the table's order. */
export const csvRegisterNames = Object.keys(csvRegisters) as CsvRegisterName[];
