import { type AuditorAnswer, askAuditor, askLastDecisions, isQuestionId, questionIds } from '@mgmt-review/auditor';
import { domainRegistry } from '@mgmt-review/core';
import { systemClock } from '@mgmt-review/eventsourcing';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { toJson } from '../io.js';
import { momentOf } from '../moment.js';

export interface AskOptions {
  readonly asOf?: string;
  readonly effective?: boolean;
  readonly strict?: boolean;
  readonly evidence?: string;
}

const mark: Record<AuditorAnswer['verdict'], string> = {
  yes: 'YES',
  no: 'NO',
  partial: 'PARTIAL',
  'not-yet-applicable': 'N/A',
};

/** One answer for a person: the question, the verdict and its sentence, then the evidence cited. */
export const formatAnswer = (answer: AuditorAnswer, evidenceLimit: number): string => {
  const lines = [
    `${answer.number}. ${answer.question} (${answer.clause})`,
    `   ${mark[answer.verdict]}: ${answer.sentence}`,
  ];
  const shown = answer.evidence.slice(0, evidenceLimit);
  for (const e of shown) {
    lines.push(
      `     - ${e.streamId} v${e.streamVersion} ${e.type}, recorded ${e.recordedAt.slice(0, 10)} by ${e.actor.id} (${e.actor.role})`,
    );
  }
  if (answer.evidence.length > shown.length)
    lines.push(`     … and ${answer.evidence.length - shown.length} more events`);
  return lines.join('\n');
};

/**
 * The auditor's questions on clause 9.3, answered from the history with the events each answer
 * rests on. With `--strict`, exits 1 unless every answer is `yes` or `not-yet-applicable`.
 */
export const runAsk = async (
  context: CliContext,
  question: string | undefined,
  options: AskOptions,
): Promise<number> => {
  if (question !== undefined && !isQuestionId(question)) {
    throw new UsageError(`unknown question ${question}; one of: ${questionIds.join(', ')}`);
  }
  const { asOf, now } = momentOf(options, systemClock);
  const store = context.store().forTenant(context.tenant);
  const settings = { asOf, now, registry: domainRegistry };
  const list: readonly AuditorAnswer[] =
    question === undefined ? await askAuditor(store, 'all', settings) : [await askAuditor(store, question, settings)];
  if (context.json) context.io.out(toJson(question === undefined ? list : list[0], 2));
  else {
    const limit = options.evidence === 'all' ? Number.POSITIVE_INFINITY : Number(options.evidence ?? 3);
    context.io.out(list.map((a) => formatAnswer(a, limit)).join('\n\n'));
  }
  const failed = list.some((a) => a.verdict === 'no' || a.verdict === 'partial');
  return options.strict === true && failed ? ExitCode.checkFailed : ExitCode.ok;
};

/** "What was decided last time": the last review held as of the moment, its decisions and their actions. */
export const runLastDecisions = async (context: CliContext, options: AskOptions): Promise<number> => {
  const { asOf, now } = momentOf(options, systemClock);
  const last = await askLastDecisions(context.store().forTenant(context.tenant), {
    asOf,
    now,
    registry: domainRegistry,
  });
  if (context.json) {
    context.io.out(toJson(last, 2));
    return ExitCode.ok;
  }
  if (last === undefined) {
    context.io.out(`No management review had been held as of ${now.slice(0, 10)}.`);
    return ExitCode.ok;
  }
  const lines = [
    `Last review held: ${last.reviewId} on ${last.meetingDay} (${last.reviewStatus}); actions as of ${now.slice(0, 10)}`,
  ];
  for (const decision of last.decisions) {
    lines.push(`- [${decision.kind}] ${decision.description}`);
    for (const action of decision.actions) {
      const slipped = action.slips > 0 ? `, slipped ${action.slips}x from ${action.originalDueDate}` : '';
      lines.push(
        `    ${action.actionId}: ${action.title ?? '(never raised)'} — ${action.status}${action.overdue ? ' OVERDUE' : ''}, due ${action.dueDate ?? '-'}${slipped}`,
      );
    }
  }
  context.io.out(lines.join('\n'));
  return ExitCode.ok;
};
