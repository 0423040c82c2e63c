import { writeFileSync } from 'node:fs';
import { runCli } from '../program.js';
import { capturingIo, type temporaryDirectory } from './testSupport.js';

/** People of the import tests: host user ids with a role. */
export const chair = { id: 'u-ceo', role: 'topManagement' };
export const ciso = { id: 'u-ciso', role: 'ismsManager' };

/** One import line: a facade command, its actor and input, and any other top-level keys. */
export const lineOf = (
  command: string,
  input: Record<string, unknown>,
  actor: { readonly id: string; readonly role: string } = chair,
  extra: Record<string, unknown> = {},
): string => JSON.stringify({ command, actor, input, ...extra });

/** The input of `reviews.schedule` for a quarterly review planned for 2026-03-31. */
export const scheduleInput = (reviewId: string) => ({
  reviewId,
  plannedDate: '2026-03-31',
  cadence: 'quarterly',
  kind: 'regular',
  chair,
  periodCovered: { from: '2026-01-01', to: '2026-03-31' },
  catalogueId: 'iso27001-2022',
  at: '2026-01-05T09:00:00Z',
});

/** `reviews.schedule` of that review, with fields replaced or added. */
export const scheduleLine = (reviewId: string, extra: Record<string, unknown> = {}): string =>
  lineOf('reviews.schedule', { ...scheduleInput(reviewId), ...extra });

/** `reviews.openMeeting` of that review on its planned day, chaired by `chair`. */
export const openMeetingLine = (reviewId: string): string =>
  lineOf(
    'reviews.openMeeting',
    {
      reviewId,
      attendees: [
        { id: chair.id, role: 'topManagement' },
        { id: ciso.id, role: 'ismsManager' },
      ],
      apologies: [],
      at: '2026-03-31T09:00:00Z',
    },
    ciso,
  );

/**
 * Writes the lines into a file of `dir` and imports it into `db`, as
 * `mgmt-review [--json] import [--stop-on-error] FILE` would.
 */
export const importLines = async (
  dir: ReturnType<typeof temporaryDirectory>,
  db: string,
  lines: readonly string[],
  options: { readonly json?: boolean; readonly stopOnError?: boolean } = {},
) => {
  imported += 1;
  const file = dir.file(`import-${imported}.jsonl`);
  writeFileSync(file, lines.join('\n'));
  const io = capturingIo();
  const code = await runCli(
    [
      '--db',
      db,
      ...(options.json === true ? ['--json'] : []),
      'import',
      ...(options.stopOnError === true ? ['--stop-on-error'] : []),
      file,
    ],
    io,
  );
  return { code, io, file };
};

let imported = 0;

/** The stream id and type of every event of the tenant in `db`, in global order. */
export const eventsIn = async (db: string): Promise<{ streamId: string; type: string }[]> => {
  const io = capturingIo();
  await runCli(['--db', db, 'export'], io);
  return io
    .stdout()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const { streamId, type } = JSON.parse(line) as { streamId: string; type: string };
      return { streamId, type };
    });
};
