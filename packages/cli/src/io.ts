/** Where the CLI writes; injected so tests can read what a person would see. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stdout is a terminal (progress bars are drawn only then). */
  readonly interactive: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: process.stdout.isTTY === true,
};

/**
 * JSON with bigints (global positions) as decimal strings: exact, and readable by any JSON parser.
 * Nothing (`undefined`, e.g. no review held yet) is `null`, so every answer is a JSON document.
 */
export const toJson = (value: unknown, indent?: number): string =>
  JSON.stringify(value ?? null, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), indent);
