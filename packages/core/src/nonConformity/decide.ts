import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import type { NonConformityCommand } from './commands.js';
import { auditSources, type NonConformityEvent } from './events.js';
import { evolveNonConformity, initialNonConformityState, type NonConformity } from './state.js';

type Decided = Either<DomainError, readonly NonConformityEvent[]>;

const one = (event: NonConformityEvent): Decided => right([event]);

const decideOpen = (command: NonConformityCommand, state: NonConformity): Decided => {
  const nonConformityId = state.nonConformityId;
  switch (command.type) {
    case 'RaiseNonConformity':
      return refuse(lifecycleRule, 'the nonconformity already exists');
    case 'RecordCorrection':
      return one({
        type: 'CorrectionRecorded',
        data: { nonConformityId, description: command.data.description, at: command.data.at },
      });
    case 'RecordRootCause':
      return one({
        type: 'RootCauseRecorded',
        data: { nonConformityId, method: command.data.method, causes: command.data.causes, at: command.data.at },
      });
    case 'AssessSimilarNonConformities': {
      const d = command.data;
      if (d.finding === 'exist' && d.references.length === 0) {
        return refuse('10.2 b', 'similar nonconformities that exist are named by their references');
      }
      return one({
        type: 'SimilarNonConformitiesAssessed',
        data: { nonConformityId, finding: d.finding, references: d.references, comment: d.comment, at: d.at },
      });
    }
    case 'PlanCorrectiveActions': {
      const d = command.data;
      // 10.2 b before 10.2 c: an action that does not address a known cause is not corrective.
      if (!state.rootCauseRecorded) {
        return refuse('10.2 b', 'corrective actions are planned once the root cause is recorded');
      }
      if (state.noCorrectiveActionJustified) {
        return refuse('10.2 c', 'no corrective action was decided for this nonconformity');
      }
      const known = new Set(state.plannedActions.map((a) => a.actionId));
      const again = d.actions.filter((a) => known.has(a.actionId)).map((a) => a.actionId);
      if (again.length > 0) return refuse(lifecycleRule, `actions ${again.join(', ')} are already planned`);
      return one({ type: 'CorrectiveActionsPlanned', data: { nonConformityId, actions: d.actions, at: d.at } });
    }
    case 'DecideNoCorrectiveAction': {
      const d = command.data;
      if (state.severity === 'major') return refuse('10.2 c', 'a major nonconformity always needs corrective action');
      if (state.plannedActions.length > 0) {
        return refuse('10.2 c', 'corrective actions are already planned for this nonconformity');
      }
      if (state.noCorrectiveActionJustified) return refuse(lifecycleRule, 'no corrective action is already decided');
      return one({
        type: 'NoCorrectiveActionDecided',
        data: { nonConformityId, justification: d.justification, at: d.at },
      });
    }
    case 'MarkCorrectiveActionsImplemented':
      if (state.plannedActions.length === 0) return refuse('10.2 c', 'no corrective action is planned');
      if (state.implemented) return refuse(lifecycleRule, 'the planned corrective actions are already implemented');
      return one({
        type: 'CorrectiveActionsImplemented',
        data: { nonConformityId, note: command.data.note, at: command.data.at },
      });
    case 'VerifyNonConformityEffectiveness': {
      const d = command.data;
      if (!state.implemented) {
        return refuse('10.2 d', 'effectiveness is reviewed once the corrective actions are implemented');
      }
      if (state.effectivenessVerified) return refuse(lifecycleRule, 'effectiveness is already verified');
      // 10.2 d: the review of effectiveness is independent of those who did the work.
      if (state.plannedActions.some((a) => a.owner.id === command.actor.id)) {
        return refuse('10.2 d', 'the owner of a corrective action cannot verify its effectiveness');
      }
      return one({
        type: 'NonConformityEffectivenessVerified',
        data: {
          nonConformityId,
          effective: d.effective,
          verifiedBy: command.actor.id,
          evidence: d.evidence,
          comment: d.comment,
          at: d.at,
        },
      });
    }
    case 'RecordIsmsChange':
      return one({
        type: 'IsmsChangeRecorded',
        data: { nonConformityId, description: command.data.description, at: command.data.at },
      });
    case 'CloseNonConformity':
      // 10.2 d: a corrective action counts only once its effectiveness has been reviewed.
      if (!state.effectivenessVerified && !state.noCorrectiveActionJustified) {
        return refuse(
          '10.2 d',
          'a nonconformity closes only after the effectiveness of its corrective action is verified, or with a justified decision that none is needed',
        );
      }
      return one({ type: 'NonConformityClosed', data: { nonConformityId, at: command.data.at } });
    case 'ReopenNonConformity':
      return refuse(lifecycleRule, 'only a closed nonconformity is reopened');
  }
};

/** The nonconformity decider (10.2). */
export const nonConformityDecider: Decider<NonConformityCommand, NonConformity, NonConformityEvent, DomainError> = {
  initialState: initialNonConformityState,
  evolve: evolveNonConformity,
  decide: (command, state) => {
    const exists = state.status !== 'none';
    const existence =
      command.type === 'RaiseNonConformity'
        ? mustNotExist(exists, 'the nonconformity')
        : mustExist(exists, 'the nonconformity');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (command.type === 'RaiseNonConformity') {
      const d = command.data;
      // 9.2: only a nonconformity an audit found is linked to an audit.
      if (d.auditId !== undefined && !auditSources.includes(d.source)) {
        return refuse(
          '9.2',
          `a nonconformity names its audit when an audit found it (source ${auditSources.join(' or ')}), not for source ${d.source}`,
        );
      }
      return one({
        type: 'NonConformityRaised',
        data: {
          nonConformityId: d.nonConformityId,
          source: d.source,
          sourceReference: d.sourceReference,
          severity: d.severity,
          requirement: d.requirement,
          description: d.description,
          owner: d.owner,
          auditId: d.auditId,
          at: d.at,
        },
      });
    }
    if (state.status === 'closed') {
      return command.type === 'ReopenNonConformity'
        ? one({
            type: 'NonConformityReopened',
            data: { nonConformityId: state.nonConformityId, reason: command.data.reason, at: command.data.at },
          })
        : refuse(lifecycleRule, 'the nonconformity is closed; reopen it if it recurs');
    }
    return decideOpen(command, state);
  },
};
