import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from './commands/import.js';
import { chair, eventsIn, importLines, lineOf, openMeetingLine, scheduleLine } from './testing/importFiles.js';
import { temporaryDirectory } from './testing/testSupport.js';

const decision = (reviewId: string) =>
  lineOf('reviews.recordDecision', {
    reviewId,
    kind: 'improvement',
    description: 'd',
    rationale: 'r',
    actionIds: [],
    at: '2026-01-06T09:00:00Z',
  });

describe('mgmt-review import', () => {
  const dir = temporaryDirectory();
  afterAll(() => dir.remove());

  it('reports every line in order in one JSON document, and appends nothing of the refused ones', async () => {
    const db = dir.file('history.db');
    const { code, io } = await importLines(
      dir,
      db,
      [
        scheduleLine('q1'),
        '',
        '# a comment',
        scheduleLine('q2', { plannedDate: '31/03/2026' }),
        '{ not json',
        lineOf('reviews.fly', {}),
        decision('q1'),
        scheduleLine('q3'),
      ],
      { json: true },
    );
    expect(code).toBe(1);
    expect(io.stderr()).toBe('');
    const report = JSON.parse(io.stdout()) as ImportReport;
    expect(report).toMatchObject({ applied: 2, alreadyApplied: 0, refused: 4, stopped: false });
    expect(report.lines.map((l) => [l.line, l.status, l.status === 'refused' ? l.error : '', l.command])).toEqual([
      [1, 'applied', '', 'reviews.schedule'],
      [4, 'refused', 'InvalidInput', 'reviews.schedule'],
      [5, 'refused', 'InvalidLine', undefined],
      [6, 'refused', 'InvalidLine', 'reviews.fly'],
      [7, 'refused', 'RuleBroken', 'reviews.recordDecision'],
      [8, 'applied', '', 'reviews.schedule'],
    ]);
    const first = report.lines[0];
    expect(first?.status === 'applied' && first.events).toEqual([
      { type: 'ReviewScheduled', streamId: 'review-q1', streamVersion: 1, eventId: expect.any(String) },
    ]);
    const refusedDate = report.lines[1];
    expect(refusedDate?.status === 'refused' && [refusedDate.where, refusedDate.message]).toEqual([
      'input.plannedDate',
      'input.plannedDate: expected an ISO-8601 date such as 2026-03-31, got "31/03/2026"',
    ]);
    const rule = report.lines[4];
    expect(rule?.status === 'refused' && rule.where).toBe('9.3.3');
    expect((await eventsIn(db)).map((e) => e.streamId)).toEqual(['review-q1', 'review-q3']);
  });

  it('reports every line in order on stdout in text mode, the events of each applied line under it', async () => {
    const { code, io } = await importLines(dir, dir.file('text.db'), [
      scheduleLine('q1'),
      lineOf('reviews.shedule', {}),
      scheduleLine('q1'),
      scheduleLine('q1', { at: '2026-01-06T09:00:00Z' }),
    ]);
    expect(code).toBe(1);
    expect(io.stderr()).toBe('');
    const lines = io.stdout().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('line 1: applied reviews.schedule: 1 event');
    expect(lines[1]).toMatch(/^ {4}ReviewScheduled review-q1 v1 \(event [0-9a-f-]{36}\)$/);
    expect(lines[2]).toBe(
      'line 2: refused reviews.shedule: InvalidLine: command: unknown command reviews.shedule — did you mean reviews.schedule?; see docs/commands.md',
    );
    expect(lines[3]).toBe('line 3: already applied reviews.schedule: 1 event');
    expect(lines[4]).toBe(lines[1]);
    expect(lines[5]).toMatch(/^line 4: refused reviews\.schedule: RuleBroken: .+\(lifecycle\)$/);
    expect(lines[6]).toMatch(/: 1 applied, 1 already applied, 2 refused$/);
  });

  it('applies each line once when the same file is imported twice, naming the events of the first time', async () => {
    const db = dir.file('once.db');
    const first = await importLines(dir, db, [scheduleLine('q1')], { json: true });
    expect(first.code).toBe(0);
    const again = await importLines(dir, db, [scheduleLine('q1')], { json: true });
    expect(again.code).toBe(0);
    const [before] = (JSON.parse(first.io.stdout()) as ImportReport).lines;
    const [after] = (JSON.parse(again.io.stdout()) as ImportReport).lines;
    expect(after).toEqual({ ...before, status: 'already-applied' });
    expect(await eventsIn(db)).toHaveLength(1);
  });

  it('stops at the first refused line with --stop-on-error, reporting no line after it', async () => {
    const db = dir.file('stop.db');
    const lines = [scheduleLine('q1', { cadence: 'weekly' }), scheduleLine('q2')];
    const { code, io, file } = await importLines(dir, db, lines, { stopOnError: true });
    expect(code).toBe(1);
    expect(io.stdout().split('\n')).toEqual([
      "line 1: refused reviews.schedule: InvalidInput: input.cadence: expected one of 'monthly', 'quarterly', 'semiAnnual', 'annual', got \"weekly\"",
      `import ${file}: 0 applied, 0 already applied, 1 refused (stopped at the first refused line)`,
    ]);
    const json = await importLines(dir, db, lines, { json: true, stopOnError: true });
    expect(JSON.parse(json.io.stdout()) as ImportReport).toMatchObject({ refused: 1, stopped: true });
    expect(await eventsIn(db)).toEqual([]);
  });

  it('applies the workflows: a decision with its actions, and the status of previous actions', async () => {
    const db = dir.file('workflows.db');
    const owner = { id: 'u-ciso', role: 'ismsManager' };
    const { code, io } = await importLines(
      dir,
      db,
      [
        scheduleLine('q1'),
        openMeetingLine('q1'),
        lineOf('reviews.presentStatusOfPreviousActions', { reviewId: 'q1', at: '2026-03-31T09:05:00Z' }, chair),
        lineOf(
          'reviews.decideWithActions',
          {
            reviewId: 'q1',
            decisionId: 'd-1',
            kind: 'improvement',
            description: 'enforce MFA for administrators',
            rationale: 'two audit findings',
            actions: [
              { actionId: 'A-1', title: 'roll out MFA', owner, dueDate: '2026-06-30' },
              { actionId: 'A-2', title: 'train administrators', owner, dueDate: '2026-05-31' },
            ],
            at: '2026-03-31T09:30:00Z',
          },
          chair,
        ),
      ],
      { json: true },
    );
    const report = JSON.parse(io.stdout()) as ImportReport;
    expect(report.lines.map((l) => l.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(code).toBe(0);
    const decided = report.lines[3];
    expect(decided?.status === 'applied' && decided.events.map((e) => [e.type, e.streamId])).toEqual([
      ['DecisionRecorded', 'review-q1'],
      ['ActionRaised', 'action-A-1'],
      ['ActionRaised', 'action-A-2'],
    ]);
    const presented = report.lines[2];
    expect(presented?.status === 'applied' && presented.events.map((e) => e.type)).toEqual(['InputPresented']);
  });
});
