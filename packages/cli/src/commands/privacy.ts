import { createManagementReview, type Mention } from '@mgmt-review/core';
import { systemClock, uuidV7Ids } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { toJson } from '../io.js';
import { renderTable } from '../table.js';

export interface MentionsOptions {
  readonly term?: readonly string[];
}

export interface EraseOptions {
  readonly event?: string;
  readonly field?: readonly string[];
  readonly term?: readonly string[];
  readonly reason: string;
  readonly basis: string;
  readonly actor: string;
  readonly role: string;
  readonly dryRun?: boolean;
}

const privacyOf = (context: CliContext) =>
  createManagementReview({ store: context.store(), clock: systemClock, ids: uuidV7Ids }).forTenant(context.tenant)
    .privacy;

/** Terms as given, each one checked: a blank term would match every field. */
const termsOf = (terms: readonly string[] | undefined): readonly string[] => {
  if (terms === undefined || terms.length === 0) throw new UsageError('give at least one --term');
  if (terms.some((term) => term.trim() === ''))
    throw new UsageError('a --term may not be blank: it would match every field');
  return terms;
};

const printMentions = (context: CliContext, mentions: readonly Mention[], none: string): void => {
  if (mentions.length === 0) {
    context.io.out(none);
    return;
  }
  context.io.out(
    renderTable(
      ['event', 'type', 'stream', 'field'],
      mentions.map((m) => [m.eventId, m.type, `${m.streamId} v${m.streamVersion}`, m.pointer]),
    ),
  );
};

/**
 * Lists every personal field of the tenant's history, not yet erased, whose text contains one of
 * the terms (case-insensitive): event id, type, stream and the field's JSON Pointer.
 */
export const runMentions = async (context: CliContext, options: MentionsOptions): Promise<number> => {
  const terms = termsOf(options.term);
  const found = await privacyOf(context).mentions({ terms })();
  if (isLeft(found)) throw new UsageError(found.left.message);
  if (context.json) context.io.out(toJson(found.right, 2));
  else
    printMentions(context, found.right, `no personal field of tenant ${context.tenant} mentions ${terms.join(', ')}`);
  return ExitCode.ok;
};

const refused = (context: CliContext, message: string): number => {
  context.io.err(`refused: ${message}`);
  return ExitCode.checkFailed;
};

/**
 * Erases personal fields, with who, why and the legal basis: named fields of one event (`--event`
 * with `--field`), or every field `mentions` finds for the terms (`--term`; `--dry-run` only lists
 * them). A refusal (a field that is not personal, an event this tenant does not hold, a field
 * already erased) exits 1 and, for one event, erases nothing.
 */
export const runErase = async (context: CliContext, options: EraseOptions): Promise<number> => {
  const byEvent = options.event !== undefined || (options.field ?? []).length > 0;
  const byTerm = (options.term ?? []).length > 0;
  if (byEvent === byTerm) throw new UsageError('give either --event ID with --field POINTER, or --term TEXT');
  if (options.reason.trim() === '') throw new UsageError('--reason may not be blank');
  if (options.basis.trim() === '') throw new UsageError('--basis may not be blank');
  const privacy = privacyOf(context);
  const actor = { actor: { id: options.actor, role: options.role } };
  if (byEvent) {
    if (options.event === undefined) throw new UsageError('--field needs --event ID');
    if (options.field === undefined || options.field.length === 0)
      throw new UsageError('--event needs --field POINTER');
    if (options.dryRun === true) throw new UsageError('--dry-run goes with --term');
    const erased = await privacy.erase(
      { eventId: options.event, pointers: options.field, reason: options.reason, basis: options.basis },
      actor,
    )();
    if (isLeft(erased)) return refused(context, erased.left.message);
    if (context.json) context.io.out(toJson(erased.right, 2));
    else
      context.io.out(`erased ${options.field.length} field(s) of event ${options.event}: ${options.field.join(', ')}`);
    return ExitCode.ok;
  }
  const terms = termsOf(options.term);
  if (options.dryRun === true) {
    const found = await privacy.mentions({ terms })();
    if (isLeft(found)) throw new UsageError(found.left.message);
    if (context.json) context.io.out(toJson({ dryRun: true, fields: found.right }, 2));
    else printMentions(context, found.right, `nothing to erase: no personal field mentions ${terms.join(', ')}`);
    return ExitCode.ok;
  }
  const erased = await privacy.eraseMentions({ terms, reason: options.reason, basis: options.basis }, actor)();
  if (isLeft(erased)) return refused(context, erased.left.message);
  if (context.json) context.io.out(toJson(erased.right, 2));
  else {
    printMentions(context, erased.right.fields, `nothing to erase: no personal field mentions ${terms.join(', ')}`);
    context.io.out(
      `erased ${erased.right.fields.length} personal field(s) in ${erased.right.erasures.length} event(s)`,
    );
  }
  return ExitCode.ok;
};
