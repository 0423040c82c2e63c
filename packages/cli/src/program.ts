import type { EventStore } from '@mgmt-review/eventsourcing';
import { Command, CommanderError, Option } from 'commander';
import { runAnchor } from './commands/anchor.js';
import { type ExportOptions, exportFormats, registerOptionNames, runExport } from './commands/export.js';
import { runImport } from './commands/import.js';
import { type InputsOptions, runInputs } from './commands/inputs.js';
import { type PackOptions, runPack } from './commands/pack.js';
import { type EraseOptions, type MentionsOptions, runErase, runMentions } from './commands/privacy.js';
import { runProve } from './commands/prove.js';
import { runVerify } from './commands/verify.js';
import { type CliContext, createContext, DEFAULT_DB, DEFAULT_TENANT, type GlobalOptions } from './context.js';
import { ExitCode, UsageError } from './exitCodes.js';
import type { CliIo } from './io.js';

type Action = (context: CliContext, ...args: never[]) => Promise<number>;

/** Runs a subcommand with the global options, closing the store whatever happens. */
const withContext =
  (io: CliIo, setExit: (code: number) => void, action: Action, store?: EventStore) =>
  async (...args: unknown[]): Promise<void> => {
    const command = args.at(-1) as Command;
    const options = command.optsWithGlobals() as GlobalOptions;
    const context = createContext({ db: options.db, tenant: options.tenant, json: options.json === true }, io, store);
    try {
      setExit(await (action as (c: CliContext, ...rest: unknown[]) => Promise<number>)(context, ...args.slice(0, -1)));
    } finally {
      await context.close();
    }
  };

/** Subcommands beyond the core ones register here (views, auditor, KPIs, demo). */
export type Extension = (program: Command, run: (action: Action) => (...args: unknown[]) => Promise<void>) => void;

/**
 * The `mgmt-review` command line. Every subcommand has `--help`; exit codes: 0 success, 1 a failed
 * check, 2 bad usage.
 */
export const createProgram = (
  io: CliIo,
  setExit: (code: number) => void,
  extensions: readonly Extension[] = [],
  /** A store every command uses instead of the `--db` file (left open; see `createContext`). */
  store?: EventStore,
) => {
  const program = new Command('mgmt-review')
    .description(
      'An ISO/IEC 27001:2022 management review history (9.3, 10.2, 6.1) kept as a tamper-evident event log: ask it what an auditor asks.',
    )
    .addOption(new Option('--db <path>', 'the SQLite file holding the history').default(DEFAULT_DB))
    .addOption(new Option('--tenant <id>', 'the organisation (tenant) to read and write').default(DEFAULT_TENANT))
    .option('--json', 'machine output: one JSON document on stdout', false)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  const run = (action: Action) => withContext(io, setExit, action, store);

  program
    .command('verify')
    .description('check the hash chain of the whole file; exits 1 naming the stream, version and check that broke')
    .option('--anchors <file>', 'also check the anchors in this file (one JSON per line, or an array)')
    .action(run((context, options: { anchors?: string }) => runVerify(context, options)) as never);

  program
    .command('anchor')
    .description("print the tree head (anchor) of the tenant's history as JSON, and record it in the history")
    .option('--no-record', 'only print it')
    .action(run((context, options: { record: boolean }) => runAnchor(context, options)) as never);

  program
    .command('prove')
    .description("print the inclusion proof (JSON) of an event in the tenant's Merkle log")
    .argument('<event-id>', 'the event id')
    .option('--anchor <file>', "prove it in this anchor's tree (a file of one anchor)")
    .action(
      run((context, eventId: string, options: { anchor?: string }) => runProve(context, eventId, options)) as never,
    );

  program
    .command('import')
    .description('apply commands from a JSON Lines file (one facade command per line; see docs/commands.md)')
    .argument('<file>', 'the .jsonl file')
    .option('--stop-on-error', 'stop at the first refused line (default: report it and go on)', false)
    .action(
      run(
        (context, file: string, options: { stopOnError: boolean }) =>
          runImport(context, file, options) as Promise<number>,
      ) as never,
    );

  program
    .command('export')
    .description(
      "write the tenant's events as stored (jsonl), its calendar (ics), a register (csv) or its POA&M (oscal-poam), as of any moment",
    )
    .addOption(new Option('--format <format>', 'output format').choices(exportFormats).default('jsonl'))
    .addOption(new Option('--register <name>', 'csv: the register to write').choices(registerOptionNames))
    .option('--as-of <date>', 'export what had been recorded by then (YYYY-MM-DD or an ISO-8601 instant)')
    .option('--effective', 'with --as-of: what had happened by then (business time), not what was recorded')
    .option('--bom', 'csv: start with a UTF-8 byte order mark, for spreadsheets')
    .option('--people <file>', 'ics: JSON of person id → { "email", "name" } for ORGANIZER and ATTENDEE (not stored)')
    .option('--remind-days <n>', 'ics: a reminder this many days before each review and open due date')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(run((context, options: ExportOptions) => runExport(context, options)) as never);

  program
    .command('inputs')
    .description(
      "a review's input pack (9.3.2) computed from the records: each input's sources and summary; --freeze records it, --verify recomputes it",
    )
    .option('--review <id>', 'the review (default: the next one not yet held, else the last one held)')
    .option(
      '--as-of <date>',
      'compute from what had been recorded by then (YYYY-MM-DD or an ISO-8601 instant; default now)',
    )
    .option('--effective', 'with --as-of: what had happened by then (business time), not what was recorded')
    .option('--freeze', 'record the pack into the review (before any input is addressed)', false)
    .option('--verify', 'recompute the frozen pack as of its position; exits 1 naming the parts that differ', false)
    .option('--actor <id>', 'with --freeze: who records it', 'mgmt-review-cli')
    .option('--role <role>', "with --freeze: the actor's role", 'operator')
    .action(run((context, options: InputsOptions) => runInputs(context, options)) as never);

  program
    .command('pack')
    .description(
      "write a review's agenda pack (before the meeting) or minutes pack (after) as HTML, PDF or Markdown, as of any moment",
    )
    .requiredOption('--review <id>', 'the review')
    .addOption(new Option('--kind <kind>', 'which pack').choices(['agenda', 'minutes']).default('agenda'))
    .addOption(
      new Option('--format <format>', 'html, pdf (through /usr/bin/chromium) or md (minutes only)')
        .choices(['html', 'pdf', 'md'])
        .default('html'),
    )
    .requiredOption('--out <file>', 'the file to write')
    .option('--as-of <date>', 'make the pack from what had been recorded by then (YYYY-MM-DD or an ISO-8601 instant)')
    .option('--effective', 'with --as-of: what had happened by then (business time), not what was recorded')
    .action(run((context, options: PackOptions) => runPack(context, options)) as never);

  const collect = (value: string, previous: readonly string[] = []): readonly string[] => [...previous, value];

  program
    .command('mentions')
    .description(
      "list every personal field of the tenant's history whose text contains a term (case-insensitive): event, type, stream, field",
    )
    .option('--term <text>', 'how the host knows its data subject (a name, an e-mail); repeat for more', collect)
    .action(run((context, options: MentionsOptions) => runMentions(context, options)) as never);

  program
    .command('erase')
    .description(
      'erase personal fields (GDPR art. 17): named fields of one event, or every field mentioning a term; verify still holds',
    )
    .option('--event <id>', 'the event whose fields to erase')
    .option(
      '--field <pointer>',
      'a personal field of that event, as a JSON Pointer (/description); repeat for more',
      collect,
    )
    .option('--term <text>', 'instead: erase every personal field mentioning this text; repeat for more', collect)
    .requiredOption('--reason <text>', 'why the fields are erased (recorded)')
    .requiredOption(
      '--basis <text>',
      'the legal basis, e.g. "GDPR art. 17(1)(a)" (recorded, and shown where the text was)',
    )
    .option('--actor <id>', 'who erases (recorded)', 'mgmt-review-cli')
    .option('--role <role>', "the actor's role", 'operator')
    .option('--dry-run', 'with --term: only list the fields that would be erased', false)
    .action(run((context, options: EraseOptions) => runErase(context, options)) as never);

  for (const extend of extensions) extend(program, run);
  for (const command of program.commands) command.exitOverride().showHelpAfterError();
  return program;
};

/** Parses and runs a command line; resolves with the exit code. */
export const runCli = async (
  argv: readonly string[],
  io: CliIo,
  extensions: readonly Extension[] = [],
  /** A store every command uses instead of the `--db` file, left open (a host's, a test's). */
  store?: EventStore,
): Promise<number> => {
  let exit: number = ExitCode.ok;
  const program = createProgram(
    io,
    (code) => {
      exit = code;
    },
    extensions,
    store,
  );
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.help' ||
        error.code === 'commander.version'
        ? ExitCode.ok
        : ExitCode.usage;
    }
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}`);
      return ExitCode.usage;
    }
    io.err(`error: ${(error as Error).stack ?? String(error)}`);
    return ExitCode.checkFailed;
  }
};
