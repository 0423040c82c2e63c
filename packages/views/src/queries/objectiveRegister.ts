import { type Direction, daysBetween, meetsTarget, type ObjectiveStatus, type Progress } from '@mgmt-review/core';
import type { CitedMeasurementRecord, IndicatorRecord, ObjectiveRecord } from '../performanceRecords.js';
import { citedMeasurementOf } from '../registers/objectives.js';
import type { ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { latestPeriodOf } from './indicatorSeries.js';
import { compareText } from './order.js';

/** A measurement as an objective cites it: one indicator's value for one period (a copy of its record). */
export type CitedMeasurementRow = CitedMeasurementRecord;

/** The latest value of the objective's indicator, against the objective's target. */
export interface ObjectiveMeasurementRow {
  readonly indicatorId: string;
  readonly period: string;
  /** The value in force: a corrected period counts with its correction, once. */
  readonly value: number;
  readonly meetsTarget: boolean;
  /** How many corrections superseded the value first recorded for the period. */
  readonly corrections: number;
}

/** One information-security objective (6.2) on the register, on the day asked about. */
export interface ObjectiveRow {
  readonly objectiveId: string;
  readonly status: ObjectiveStatus;
  readonly statement: string;
  /** 6.2 a: the policy (or its section) the objective is consistent with. */
  readonly policyReference: string;
  readonly ownerId: string;
  readonly setOn: string;
  /** 6.2 b: the measurable target, with its due date; undefined for an objective judged by its criteria. */
  readonly target:
    | {
        readonly indicatorId: string;
        readonly value: number;
        readonly direction: Direction;
        readonly dueDate: string;
      }
    | undefined;
  /** How fulfilment is evaluated, for an objective that is not measurable. */
  readonly fulfilmentCriteria: string | undefined;
  /** 6.2 d: the latest evaluation of progress since the last revision. */
  readonly progress:
    | {
        readonly progress: Progress;
        readonly comment: string;
        readonly evaluatedOn: string;
        readonly evaluatedBy: string;
        readonly measurement: CitedMeasurementRow | undefined;
        readonly meetsTarget: boolean | undefined;
      }
    | undefined;
  /** The latest period measured of the target's indicator, as the indicator holds it now. */
  readonly latestMeasurement: ObjectiveMeasurementRow | undefined;
  /** 6.2 k: when it will be completed. */
  readonly dueDate: string;
  /** Days from the day asked about to the due date (negative once past). */
  readonly daysToDue: number;
  /** Still pursued (`set`) after its due date. */
  readonly overdue: boolean;
  readonly daysOverdue: number;
  readonly revisions: number;
  readonly lastRevisionReason: string | undefined;
  readonly achievedOn: string | undefined;
  readonly missedOn: string | undefined;
  readonly withdrawnOn: string | undefined;
  /** Why it ended: the evaluation's conclusion (achieved or missed) or the reason it was withdrawn. */
  readonly outcomeReason: string | undefined;
  /** The measurement it was achieved or missed on, when one was cited. */
  readonly outcomeMeasurement: CitedMeasurementRow | undefined;
  /** What follows a missed objective. */
  readonly followUp: string | undefined;
}

/** The indicator's latest period against the objective's target (its value, direction and indicator). */
const latestAgainstTarget = (
  target: NonNullable<ObjectiveRecord['target']>,
  indicator: IndicatorRecord | undefined,
): ObjectiveMeasurementRow | undefined => {
  const latest = indicator === undefined ? undefined : latestPeriodOf(indicator);
  return latest === undefined
    ? undefined
    : {
        indicatorId: target.indicatorId,
        period: latest.period,
        value: latest.value,
        meetsTarget: meetsTarget(target.direction, target.value, latest.value),
        corrections: latest.corrections.length,
      };
};

/** One objective record as a read-only row on `today`, with its indicator's latest value from `indicators`. */
export const objectiveRowOf = (
  o: ObjectiveRecord,
  indicators: ReadonlyMap<string, IndicatorRecord>,
  today: string,
): ObjectiveRow => {
  const daysToDue = daysBetween(today, o.dueDate);
  const overdue = o.status === 'set' && daysToDue < 0;
  const outcome = o.outcome;
  const p = o.progress;
  return {
    objectiveId: o.objectiveId,
    status: o.status,
    statement: o.statement,
    policyReference: o.policyReference,
    ownerId: o.ownerId,
    setOn: o.setOn,
    target:
      o.target === undefined
        ? undefined
        : {
            indicatorId: o.target.indicatorId,
            value: o.target.value,
            direction: o.target.direction,
            dueDate: o.dueDate,
          },
    fulfilmentCriteria: o.fulfilmentCriteria,
    progress:
      p === undefined
        ? undefined
        : {
            progress: p.progress,
            comment: p.comment,
            evaluatedOn: p.evaluatedOn,
            evaluatedBy: p.evaluatedBy,
            measurement: citedMeasurementOf(p.measurement),
            meetsTarget: p.meetsTarget,
          },
    latestMeasurement:
      o.target === undefined ? undefined : latestAgainstTarget(o.target, indicators.get(o.target.indicatorId)),
    dueDate: o.dueDate,
    daysToDue,
    overdue,
    daysOverdue: overdue ? -daysToDue : 0,
    revisions: o.revisions,
    lastRevisionReason: o.lastRevisionReason,
    achievedOn: o.status === 'achieved' ? outcome?.on : undefined,
    missedOn: o.status === 'missed' ? outcome?.on : undefined,
    withdrawnOn: o.status === 'withdrawn' ? outcome?.on : undefined,
    outcomeReason: outcome?.reason,
    outcomeMeasurement: citedMeasurementOf(outcome?.measurement),
    followUp: outcome?.followUp,
  };
};

export interface ObjectiveRegisterQuery {
  /** The day (or instant) the register is read on: days to due and overdue are relative to it. */
  readonly now: string;
  /** Only objectives at one of these statuses. */
  readonly status?: readonly ObjectiveStatus[];
  readonly ownerId?: string;
}

/** The objective register (6.2, input 9.3.2 d4) on the day `now`, earliest due date first (then id). */
export const objectiveRegister = (state: ViewsState, query: ObjectiveRegisterQuery): readonly ObjectiveRow[] => {
  const today = dayOfNow(query.now);
  const rows: ObjectiveRow[] = [];
  for (const o of state.objectives.values()) {
    if (query.status !== undefined && !query.status.includes(o.status)) continue;
    if (query.ownerId !== undefined && o.ownerId !== query.ownerId) continue;
    rows.push(objectiveRowOf(o, state.indicators, today));
  }
  return rows.sort((x, y) =>
    x.dueDate === y.dueDate ? compareText(x.objectiveId, y.objectiveId) : compareText(x.dueDate, y.dueDate),
  );
};
