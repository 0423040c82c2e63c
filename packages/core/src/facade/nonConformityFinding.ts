import {
  type Clock,
  type CommandError,
  type CommandResult,
  type DomainError,
  decodeStrict,
  formatValidationErrors,
  type IdGenerator,
  invalidInput,
  type LoadError,
  type LoadedState,
} from '@mgmt-review/eventsourcing';
import { isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import type { AuditCommandData } from '../audit/commands.js';
import type { AuditEvent, AuditKind } from '../audit/events.js';
import type { Audit } from '../audit/state.js';
import { type NonConformityCommandData, nonConformityCommandCodecs } from '../nonConformity/commands.js';
import type { NonConformityEvent, NonConformitySource, Severity } from '../nonConformity/events.js';
import type { NonConformity } from '../nonConformity/state.js';
import type { CommandFunction, CommandOptions } from './commandFunction.js';
import { NonConformityFinding } from './workflowInputs.js';

/** A nonconformity found in an audit: the finding, and the NonConformity raised for it. */
export interface NonConformityFindingInput {
  readonly auditId: string;
  readonly findingId?: string;
  readonly nonConformityId?: string;
  /** The process in the audit's scope the finding is on. */
  readonly process: string;
  /** The clause or Annex A control not fulfilled. */
  readonly requirement: string;
  readonly description: string;
  readonly auditor: { readonly id: string; readonly role: string };
  readonly severity: Severity;
  /** Who owns the nonconformity's treatment (10.2). */
  readonly owner: { readonly id: string; readonly role: string };
  /** Where it is recorded; defaults to `audit <auditId>, finding <findingId>`. */
  readonly sourceReference?: string;
  readonly at?: string;
}

export interface NonConformityFindingResult {
  readonly finding: CommandResult<Audit, AuditEvent>;
  readonly nonConformity: CommandResult<NonConformity, NonConformityEvent>;
}

export interface NonConformityFindingDeps {
  readonly loadAudit: (auditId: string) => TaskEither<LoadError, LoadedState<Audit>>;
  readonly recordFinding: CommandFunction<AuditCommandData<'RecordAuditFinding'>, 'findingId', Audit, AuditEvent>;
  readonly raiseNonConformity: CommandFunction<
    NonConformityCommandData<'RaiseNonConformity'>,
    'nonConformityId',
    NonConformity,
    NonConformityEvent
  >;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

const sourceOf: Readonly<Record<AuditKind, NonConformitySource>> = {
  internal: 'internalAudit',
  external: 'externalAudit',
};

/**
 * 9.2 with 10.2: records a nonconformity finding and raises its NonConformity, whose source is the
 * audit (`internalAudit` or `externalAudit`) and which names the audit. The nonconformity's fields
 * are validated before anything is written; the finding is written first (the audit decides
 * whether it may be recorded: in scope, impartial), and a retry with the same `commandId` raises
 * the nonconformity the finding named (the raise's command id is `<commandId>.1`).
 */
export const nonConformityFinding =
  ({ loadAudit, recordFinding, raiseNonConformity, clock, ids }: NonConformityFindingDeps) =>
  (
    input: NonConformityFindingInput,
    commandOptions: CommandOptions,
  ): TaskEither<CommandError<DomainError>, NonConformityFindingResult> =>
  async () => {
    // Strict like every command: an unknown field at any depth is refused before anything is written.
    const strict = decodeStrict(NonConformityFinding, input);
    if (isLeft(strict)) return left(invalidInput(strict.left));
    const commandId = commandOptions.commandId ?? ids.next();
    const at = input.at ?? clock.now();
    const findingId = input.findingId ?? ids.next();
    const nonConformityId = input.nonConformityId ?? ids.next();
    const loaded = await loadAudit(input.auditId)();
    if (isLeft(loaded)) return loaded;
    const raise = (finding: { readonly findingId: string; readonly nonConformityId: string; readonly at: string }) => ({
      nonConformityId: finding.nonConformityId,
      source: sourceOf[loaded.right.state.kind],
      sourceReference: input.sourceReference ?? `audit ${input.auditId}, finding ${finding.findingId}`,
      severity: input.severity,
      requirement: input.requirement,
      description: input.description,
      owner: input.owner,
      auditId: input.auditId,
      at: finding.at,
    });
    const checked = nonConformityCommandCodecs.RaiseNonConformity.decode(raise({ findingId, nonConformityId, at }));
    if (isLeft(checked)) return left(invalidInput(formatValidationErrors(checked.left)));
    const recorded = await recordFinding(
      {
        auditId: input.auditId,
        findingId,
        kind: 'nonconformity',
        process: input.process,
        requirement: input.requirement,
        description: input.description,
        auditor: input.auditor,
        nonConformityId,
        at,
      },
      { ...commandOptions, commandId },
    )();
    if (isLeft(recorded)) return recorded;
    // On a retry, the finding was recorded the first time: raise the nonconformity it named then.
    const event = recorded.right.events.find((e) => e.type === 'AuditFindingRecorded');
    const named = event?.type === 'AuditFindingRecorded' ? event.data : undefined;
    const raised = await raiseNonConformity(
      raise(
        named?.nonConformityId === undefined
          ? { findingId, nonConformityId, at }
          : { ...named, nonConformityId: named.nonConformityId },
      ),
      { ...commandOptions, commandId: `${commandId}.1`, causationId: commandId },
    )();
    if (isLeft(raised)) return raised;
    return right({ finding: recorded.right, nonConformity: raised.right });
  };
