import { defaultTrendPeriods } from '@mgmt-review/views';
import { Option } from 'commander';
import { type AskOptions, runAsk, runLastDecisions } from './commands/ask.js';
import { runDemo } from './commands/demo.js';
import { type KpiOptions, runKpis } from './commands/kpis.js';
import {
  type IndicatorOptions,
  objectiveStatuses,
  runAudits,
  runIndicators,
  runObjectives,
} from './commands/performance.js';
import { type RegisterOptions, runActions, runNonConformities, runReviews, runRisks } from './commands/registers.js';
import { runReplay } from './commands/replay.js';
import { runConsultations, runContext, runImprovements, runParties } from './commands/stakeholders.js';
import type { Extension } from './program.js';

const asOfOption = () =>
  new Option('--as-of <date>', 'answer from what had been recorded by then (YYYY-MM-DD or an ISO-8601 instant)');
const effectiveOption = () =>
  new Option('--effective', 'with --as-of: what had happened by then (business time), not what was recorded');

/** The subcommands built on the read models: demo, auditor answers, KPIs, registers, replay. */
export const extensions: readonly Extension[] = [
  (program, run) => {
    program
      .command('demo')
      .description("write a sample organisation's two-year history into the file, then ask it an auditor's questions")
      .action(run((context) => runDemo(context)));

    program
      .command('ask')
      .description("the auditor's questions on clause 9.3, answered with the events each answer rests on")
      .argument('[question]', 'one question id (e.g. minutes-kept, next-meeting); all ten when left out')
      .addOption(asOfOption())
      .addOption(effectiveOption())
      .option('--evidence <n>', 'evidence events shown per answer (a number, or "all")', '3')
      .option('--strict', 'exit 1 when any answer is "no" or "partial"', false)
      .action(
        run((context, question: string | undefined, options: AskOptions) =>
          runAsk(context, question, options),
        ) as never,
      );

    program
      .command('last-decisions')
      .description('what was decided at the last review held, and where its actions stand')
      .addOption(asOfOption())
      .addOption(effectiveOption())
      .action(run((context, options: AskOptions) => runLastDecisions(context, options)) as never);

    program
      .command('kpis')
      .description('the trend table for review input d), per month or quarter, with ↑ better / ↓ worse')
      .option('--from <date>', 'first day of the range (default: two years before --to)')
      .option('--to <date>', 'last day of the range (default: today, or --as-of)')
      .addOption(new Option('--period <period>', 'period length').choices(['month', 'quarter']).default('quarter'))
      .addOption(asOfOption())
      .addOption(effectiveOption())
      .option('--indicators', 'also print each indicator as its own series over the same periods')
      .action(run((context, options: KpiOptions) => runKpis(context, options)) as never);

    const register = (name: string, description: string, action: typeof runActions, filters: Option[]) => {
      const command = program
        .command(name)
        .description(description)
        .addOption(asOfOption())
        .addOption(effectiveOption());
      for (const filter of filters) command.addOption(filter);
      command.action(run((context, options: RegisterOptions) => action(context, options)) as never);
    };
    register('actions', 'the action register: status, owner, origin, due date, slips, overdue', runActions, [
      new Option('--open', 'only actions still to be done or verified'),
      new Option('--overdue', 'only actions past their due date'),
      new Option('--owner <id>', "only this owner's actions"),
    ]);
    register(
      'nonconformities',
      'the nonconformity register: where each stands in the steps of 10.2',
      runNonConformities,
      [new Option('--open', 'only open nonconformities')],
    );
    register('risks', 'the risk register: levels, treatment, plan approval, acceptance and expiry', runRisks, [
      new Option('--above-appetite', 'only risks above the appetite'),
      new Option('--owner <id>', "only this owner's risks"),
    ]);
    register(
      'reviews',
      'the review board: status, dates, agenda coverage, decisions, minutes, next review',
      runReviews,
      [new Option('--open', 'only reviews not closed or cancelled')],
    );
    register(
      'context',
      'the context register (4.1): internal and external issues, their changes, and the climate-change decision of each review cycle',
      runContext,
      [
        new Option(
          '--since <day>',
          'only issues raised, changed or retired since that day, and the climate decisions since',
        ),
        new Option('--all', 'retired issues too'),
      ],
    );
    register(
      'parties',
      'interested parties (4.2) and their requirements: need, source, addressed through the ISMS and how, climate-related, history',
      runParties,
      [new Option('--since <day>', 'only requirements recorded, changed or withdrawn since that day')],
    );
    register(
      'consultations',
      'consultations and feedback (9.3.2 c, e): channel, parties, window, results, and what was done with each finding and feedback item',
      runConsultations,
      [],
    );
    register(
      'improvements',
      'the continual-improvement log (10.1, 9.3.2 g): each opportunity to its decision and result, and logged, adopted, realised per period',
      runImprovements,
      [new Option('--period <period>', 'period length').choices(['month', 'quarter', 'year']).default('quarter')],
    );

    register(
      'objectives',
      'the objective register (6.2): status, target, latest measurement against it, progress, due date',
      runObjectives,
      [
        new Option('--status <status...>', 'only objectives at these statuses').choices(objectiveStatuses),
        new Option('--owner <id>', "only this owner's objectives"),
      ],
    );

    program
      .command('indicators')
      .description('the indicators (9.1): one row each with its trend line; with an ID, its series period by period')
      .argument('[id]', 'one indicator: its values by period, corrections, breaches, analyses and trend')
      .addOption(asOfOption())
      .addOption(effectiveOption())
      .option('--from <date>', 'leave out periods that end before this day')
      .option('--to <date>', 'leave out periods that begin after this day (default: today, or --as-of)')
      .option('--periods <n>', 'the trend is taken over the last n values', String(defaultTrendPeriods))
      .action(
        run((context, id: string | undefined, options: IndicatorOptions) =>
          runIndicators(context, id, options),
        ) as never,
      );

    register(
      'audits',
      'the audit programme (9.2): audits, findings by kind, NCs raised, planned against performed per year',
      runAudits,
      [
        new Option('--programme <id>', 'only the audits of this programme'),
        new Option('--kind <kind>', 'only internal or external audits').choices(['internal', 'external']),
        new Option('--year <year>', 'only audits whose planned window begins in this year'),
      ],
    );

    program
      .command('replay')
      .description('rebuild every read model from position 0, with a progress bar and the events/s reached')
      .action(run((context) => runReplay(context)));
  },
];
