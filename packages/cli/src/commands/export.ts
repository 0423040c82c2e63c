import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { type AsOf, isWithin, type RecordedEvent, systemClock } from '@mgmt-review/eventsourcing';
import {
  type CalendarAddress,
  type CsvRegisterName,
  csvRegisterNames,
  EmptyPoam,
  exportStateAsOf,
  positionOf,
  toICalendar,
  toOscalPoam,
  toRegisterCsv,
} from '@mgmt-review/exports';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { toJson } from '../io.js';
import { momentOf } from '../moment.js';

/** The formats `export` writes. */
export const exportFormats = ['jsonl', 'ics', 'csv', 'oscal-poam'] as const;
/** One of the formats `export` writes. */
export type ExportFormat = (typeof exportFormats)[number];

/** The options of `export`, as commander parses them. */
export interface ExportOptions {
  readonly format: string;
  readonly register?: string;
  readonly asOf?: string;
  readonly effective?: boolean;
  readonly out?: string;
  /** csv: start with a UTF-8 byte order mark. */
  readonly bom?: boolean;
  /** ics: a JSON file mapping person ids to `{ "email", "name" }`, read for this export only. */
  readonly people?: string;
  /** ics: days before a review or due date a reminder fires. */
  readonly remindDays?: string;
}

const toFile = (out: string | undefined): string | undefined => (out === undefined || out === '-' ? undefined : out);

/**
 * The events as JSON Lines, in global order, exactly as stored (envelope, hashes and payload at its
 * stored schema version; global positions as decimal strings); as of a moment, those within it.
 * Streams: memory holds one batch at a time.
 */
const exportEvents = async (context: CliContext, asOf: AsOf | undefined, out: string | undefined): Promise<number> => {
  const file = out === undefined ? undefined : createWriteStream(out);
  let count = 0;
  for await (const batch of context.store().forTenant(context.tenant).readAll({ batchSize: 5000 })) {
    const within = batch.filter((event) => isWithin(event as RecordedEvent, asOf));
    if (within.length === 0) continue;
    const text = within.map((event) => toJson(event)).join('\n');
    count += within.length;
    if (file === undefined) context.io.out(text);
    else if (!file.write(`${text}\n`)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
  }
  if (file !== undefined) {
    await new Promise<void>((resolve, reject) =>
      file.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    context.io.err(`exported ${count} events of tenant ${context.tenant} to ${out}`);
  }
  return ExitCode.ok;
};

/** The host's address book for the calendar: `{ "<person id>": { "email": "…", "name": "…" } }`. */
const peopleFrom = (file: string | undefined): ((personId: string) => CalendarAddress | undefined) | undefined => {
  if (file === undefined) return undefined;
  let book: unknown;
  try {
    book = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--people ${file}: ${(error as Error).message}`);
  }
  if (book === null || typeof book !== 'object' || Array.isArray(book)) {
    throw new UsageError(`--people ${file}: expected a JSON object of person id → { "email", "name" }`);
  }
  const entries = book as Record<string, { email?: unknown; name?: unknown }>;
  return (personId) => {
    const entry = entries[personId];
    if (entry === undefined || typeof entry.email !== 'string') return undefined;
    return { email: entry.email, ...(typeof entry.name === 'string' ? { name: entry.name } : {}) };
  };
};

/**
 * The name `--register` takes for each register of the table, as the read commands are named (the
 * register's name in lower case); a register that is part of another's record (its findings, its
 * feedback, its climate decisions) is named in words joined by `-`.
 */
const registerOptionNameOf: Readonly<Record<CsvRegisterName, string>> = {
  reviews: 'reviews',
  actions: 'actions',
  nonConformities: 'nonconformities',
  risks: 'risks',
  objectives: 'objectives',
  indicators: 'indicators',
  audits: 'audits',
  auditFindings: 'audit-findings',
  context: 'context',
  climateDecisions: 'climate-decisions',
  parties: 'parties',
  consultations: 'consultations',
  feedback: 'feedback',
  improvements: 'improvements',
};

/** The names `--register` takes, in the register table's order. */
export const registerOptionNames = csvRegisterNames.map((name) => registerOptionNameOf[name]);

const registerOf = (name: string | undefined): CsvRegisterName => {
  const choices = registerOptionNames.join(', ');
  if (name === undefined) throw new UsageError(`--format csv needs --register (one of ${choices})`);
  const register = csvRegisterNames.find((n) => registerOptionNameOf[n] === name.toLowerCase());
  if (register === undefined) throw new UsageError(`--register ${name} is not a register; use one of ${choices}`);
  return register;
};

const remindDaysOf = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 0)
    throw new UsageError(`--remind-days ${text}: expected a whole number of days`);
  return days;
};

/**
 * Writes the tenant's history or registers, as of a moment (`--as-of`, `--effective`, as the read
 * commands) or now: `jsonl` the events as stored; `ics` the calendar (RFC 5545); `csv` one register
 * (`--register`, RFC 4180); `oscal-poam` the OSCAL 1.1.2 POA&M. To a file with `--out`, naming the
 * history position the export was made from on stderr; else to stdout.
 */
export const runExport = async (context: CliContext, options: ExportOptions): Promise<number> => {
  if (!(exportFormats as readonly string[]).includes(options.format)) {
    throw new UsageError(`--format ${options.format} is not supported; use one of ${exportFormats.join(', ')}`);
  }
  const format = options.format as ExportFormat;
  if (options.register !== undefined && format !== 'csv') throw new UsageError('--register goes with --format csv');
  const { asOf, now } = momentOf(options, systemClock);
  const out = toFile(options.out);
  if (format === 'jsonl') return exportEvents(context, asOf, out);
  const register = format === 'csv' ? registerOf(options.register) : undefined;
  const resolvePerson = peopleFrom(options.people);
  const reminderDaysBefore = remindDaysOf(options.remindDays);
  const state = await exportStateAsOf(context.store().forTenant(context.tenant), { asOf });
  const tenantId = context.tenant;
  let text: string;
  if (format === 'ics') {
    text = toICalendar(state, {
      tenantId,
      now,
      ...(resolvePerson === undefined ? {} : { resolvePerson }),
      ...(reminderDaysBefore === undefined ? {} : { reminderDaysBefore }),
    });
  } else if (register !== undefined) {
    text = toRegisterCsv(state, register, { tenantId, now, bom: options.bom === true });
  } else {
    try {
      text = `${JSON.stringify(toOscalPoam(state, { tenantId, now }), null, 2)}\n`;
    } catch (error) {
      if (error instanceof EmptyPoam) throw new UsageError(error.message);
      throw error;
    }
  }
  if (out === undefined) {
    context.io.out(text);
    return ExitCode.ok;
  }
  writeFileSync(out, text);
  const what = register === undefined ? format : `${format} of the ${register} register`;
  context.io.err(`exported ${what} of tenant ${tenantId} at history position ${positionOf(state)} to ${out}`);
  return ExitCode.ok;
};
