import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { chronologyRule, lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import { dayOf } from '../shared/time.js';
import type { AuditCommand, AuditCommandData } from './commands.js';
import type { AuditEvent } from './events.js';
import { type Audit, evolveAudit, initialAuditState, ownerOfProcess } from './state.js';

type Decided = Either<DomainError, readonly AuditEvent[]>;

const one = (event: AuditEvent): Decided => right([event]);

/** 9.2.2 b and c: a plan's scope names each process once, and its lead auditor owns none of them. */
const planRefusal = (d: AuditCommandData<'PlanAudit'>): Decided | undefined => {
  if (d.window.to < d.window.from) {
    return refuse(chronologyRule, `the audit window ends (${d.window.to}) before it begins (${d.window.from})`);
  }
  const processes = d.scope.map((p) => p.process);
  const twice = processes.filter((p, i) => processes.indexOf(p) !== i);
  if (twice.length > 0) return refuse('9.2.2 b', `the scope names ${twice.join(', ')} more than once`);
  const own = d.scope.filter((p) => p.owner.id === d.leadAuditor.id).map((p) => p.process);
  if (own.length > 0) {
    return refuse(
      '9.2.2 c',
      `the lead auditor ${d.leadAuditor.id} owns ${own.join(', ')}: an auditor does not audit their own process`,
    );
  }
  return undefined;
};

/** 9.2.2 b, c and 10.2: a finding is on a process in scope, by an auditor who does not own it. */
const findingRefusal = (d: AuditCommandData<'RecordAuditFinding'>, state: Audit): Decided | undefined => {
  if (state.status !== 'inProgress') {
    return refuse(lifecycleRule, `findings are recorded while the audit is in progress (it is ${state.status})`);
  }
  if (state.findings.some((f) => f.findingId === d.findingId)) {
    return refuse(lifecycleRule, `finding ${d.findingId} is already recorded`);
  }
  const owner = ownerOfProcess(state, d.process);
  if (owner === undefined) {
    return refuse(
      '9.2.2 b',
      `${d.process} is not in the audit's scope (${state.scope.map((p) => p.process).join(', ')})`,
    );
  }
  if (owner.id === d.auditor.id) {
    return refuse('9.2.2 c', `${d.auditor.id} owns ${d.process}: an auditor does not audit their own process`);
  }
  // 10.2: a nonconformity an audit finds is dealt with as a NonConformity, whose source is this audit.
  if (d.kind === 'nonconformity' && d.nonConformityId === undefined) {
    return refuse('10.2', 'a nonconformity finding names the NonConformity raised for it (nonConformityId)');
  }
  if (d.kind !== 'nonconformity' && d.nonConformityId !== undefined) {
    return refuse('10.2', `only a nonconformity finding names a NonConformity, not a finding of kind ${d.kind}`);
  }
  return undefined;
};

const decideExisting = (command: AuditCommand, state: Audit): Decided => {
  const auditId = state.auditId;
  switch (command.type) {
    case 'PlanAudit':
      return refuse(lifecycleRule, 'the audit already exists');
    case 'StartAudit':
      if (state.status !== 'planned')
        return refuse(lifecycleRule, `only a planned audit starts (it is ${state.status})`);
      return one({ type: 'AuditStarted', data: { auditId, at: command.data.at } });
    case 'RecordAuditFinding': {
      const d = command.data;
      const refused = findingRefusal(d, state);
      if (refused !== undefined) return refused;
      return one({
        type: 'AuditFindingRecorded',
        data: {
          auditId,
          findingId: d.findingId,
          kind: d.kind,
          process: d.process,
          requirement: d.requirement,
          description: d.description,
          auditor: d.auditor,
          nonConformityId: d.nonConformityId,
          at: d.at,
        },
      });
    }
    case 'ReportAudit': {
      const d = command.data;
      if (state.status !== 'inProgress') {
        return refuse(lifecycleRule, `an audit is reported once, after it has started (it is ${state.status})`);
      }
      const started = dayOf(state.startedAt ?? d.at);
      if (d.reportedOn < started || d.reportedOn > dayOf(d.at)) {
        return refuse(
          chronologyRule,
          `the report is dated between the start of the audit (${started}) and ${dayOf(d.at)}, not ${d.reportedOn}`,
        );
      }
      return one({
        type: 'AuditReported',
        data: {
          auditId,
          reportReference: d.reportReference,
          reportedOn: d.reportedOn,
          reportedTo: d.reportedTo,
          reportedBy: command.actor.id,
          at: d.at,
        },
      });
    }
    case 'CloseAudit':
      // 9.2.2 d: the results are reported to relevant management before the audit is done.
      if (state.status !== 'reported') {
        return refuse('9.2.2 d', `an audit closes once its results are reported (it is ${state.status})`);
      }
      return one({ type: 'AuditClosed', data: { auditId, at: command.data.at } });
    case 'CancelAudit':
      if (state.status !== 'planned' && state.status !== 'inProgress') {
        return refuse(lifecycleRule, `a reported audit is not cancelled (it is ${state.status})`);
      }
      return one({ type: 'AuditCancelled', data: { auditId, reason: command.data.reason, at: command.data.at } });
  }
};

/** The audit decider (9.2). */
export const auditDecider: Decider<AuditCommand, Audit, AuditEvent, DomainError> = {
  initialState: initialAuditState,
  evolve: evolveAudit,
  decide: (command, state) => {
    const exists = state.status !== 'none';
    const existence = command.type === 'PlanAudit' ? mustNotExist(exists, 'the audit') : mustExist(exists, 'the audit');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (state.status === 'closed' || state.status === 'cancelled') {
      return refuse(lifecycleRule, `the audit is ${state.status}`);
    }
    if (command.type !== 'PlanAudit') return decideExisting(command, state);
    const d = command.data;
    const refused = planRefusal(d);
    if (refused !== undefined) return refused;
    return one({
      type: 'AuditPlanned',
      data: {
        auditId: d.auditId,
        programmeId: d.programmeId,
        kind: d.kind,
        scope: d.scope,
        criteria: d.criteria,
        window: d.window,
        leadAuditor: d.leadAuditor,
        auditBody: d.auditBody,
        at: d.at,
      },
    });
  },
};
