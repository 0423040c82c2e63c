import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from './commands/import.js';
import { chair, ciso, eventsIn, importLines, lineOf, scheduleInput } from './testing/importFiles.js';
import { temporaryDirectory } from './testing/testSupport.js';

const at = '2026-03-31T09:00:00Z';
const raise = {
  actionId: 'A-1',
  origin: 'improvement',
  originId: 'i-1',
  title: 'roll out MFA',
  owner: ciso,
  dueDate: '2026-06-30',
  at,
};
const schedule = scheduleInput('q1');
const { dueDate: _dueDate, ...raiseWithoutDueDate } = raise;
const actorJson = JSON.stringify(chair);

/** One bad line: what is wrong with it, its text, and the error and message it must be refused with. */
interface BadLine {
  readonly wrong: string;
  readonly text: string;
  readonly error: string;
  readonly message: string | RegExp;
}

const table: readonly BadLine[] = [
  {
    wrong: 'a misspelt optional field',
    text: lineOf('actions.raise', { ...raise, descripton: 'for administrators' }),
    error: 'InvalidInput',
    message: 'input.descripton: unknown field — did you mean description?',
  },
  {
    wrong: 'a misspelt required field',
    text: lineOf('actions.raise', { ...raiseWithoutDueDate, dueDat: '2026-06-30' }),
    error: 'InvalidInput',
    message:
      'input.dueDat: unknown field — did you mean dueDate?; input.dueDate: expected an ISO-8601 date such as 2026-03-31, got nothing',
  },
  {
    wrong: 'a misspelt field of a nested object',
    text: lineOf('reviews.schedule', { ...schedule, chair: { id: 'u-ceo', rol: 'topManagement' } }),
    error: 'InvalidInput',
    message:
      'input.chair.rol: unknown field — did you mean role?; input.chair.role: expected a non-empty string, got nothing',
  },
  {
    wrong: 'a misspelt field in a list of objects',
    text: lineOf(
      'reviews.openMeeting',
      {
        reviewId: 'q1',
        attendees: [
          { id: 'u-ceo', role: 'topManagement' },
          { id: 'u-ciso', roel: 'ismsManager' },
        ],
        apologies: [],
        at,
      },
      ciso,
    ),
    error: 'InvalidInput',
    message:
      "input.attendees.1.roel: unknown field — did you mean role?; input.attendees.1.role: expected one of 'topManagement', 'ismsManager', 'processOwner', 'other', got nothing",
  },
  {
    wrong: 'a misspelt field four levels down',
    text: lineOf('nonConformities.planCorrectiveActions', {
      nonConformityId: 'NC-1',
      actions: [{ actionId: 'A-1', owner: { id: 'u-ciso', rloe: 'ismsManager' } }],
      at,
    }),
    error: 'InvalidInput',
    message:
      'input.actions.0.owner.rloe: unknown field — did you mean role?; input.actions.0.owner.role: expected a non-empty string, got nothing',
  },
  {
    wrong: 'a misspelt field in a workflow’s list of actions',
    text: lineOf('reviews.decideWithActions', {
      reviewId: 'q1',
      kind: 'improvement',
      description: 'enforce MFA',
      rationale: 'two audit findings',
      actions: [{ titel: 'roll out MFA', owner: ciso, dueDate: '2026-06-30' }],
    }),
    error: 'InvalidInput',
    message:
      'input.actions.0.titel: unknown field — did you mean title?; input.actions.0.title: expected a non-empty string, got nothing',
  },
  {
    wrong: 'an unknown field with no known field near it',
    text: lineOf('actions.raise', { ...raise, priority: 'high' }),
    error: 'InvalidInput',
    message: 'input.priority: unknown field',
  },
  {
    wrong: 'a misspelt key of the line itself',
    text: JSON.stringify({ comand: 'reviews.schedule', actor: chair, input: schedule }),
    error: 'InvalidLine',
    message: 'comand: unknown field — did you mean command?; command: expected text, got nothing',
  },
  {
    wrong: 'an extra key of the line',
    text: lineOf('reviews.schedule', schedule, chair, { tenant: 'other' }),
    error: 'InvalidLine',
    message: 'tenant: unknown field',
  },
  {
    wrong: 'an extra key of the actor',
    text: lineOf('reviews.schedule', schedule, { ...chair, name: 'Alice' } as typeof chair),
    error: 'InvalidLine',
    message: 'actor.name: unknown field',
  },
  {
    wrong: 'an unknown command',
    text: lineOf('risks.identfy', {}),
    error: 'InvalidLine',
    message: 'command: unknown command risks.identfy — did you mean risks.identify?; see docs/commands.md',
  },
  {
    wrong: 'an unknown command with nothing near it',
    text: lineOf('reviews.fly', {}),
    error: 'InvalidLine',
    message: 'command: unknown command reviews.fly; see docs/commands.md',
  },
  {
    wrong: 'values of the wrong types',
    text: lineOf('reviews.schedule', { ...schedule, plannedDate: true, cadence: 5, chair: 'u-ceo' }),
    error: 'InvalidInput',
    message:
      "input.plannedDate: expected an ISO-8601 date such as 2026-03-31, got true; input.cadence: expected one of 'monthly', 'quarterly', 'semiAnnual', 'annual', got 5; input.chair: expected an object, got \"u-ceo\"",
  },
  {
    wrong: 'text where a number or a yes/no is expected',
    text: lineOf('actions.noteProgress', { actionId: 'A-1', note: 'half way', percentComplete: 'half', at }),
    error: 'InvalidInput',
    message: 'input.percentComplete: expected a number, got "half"',
  },
  {
    wrong: 'a word that is not one of the allowed ones',
    text: lineOf('actions.reviewEffectiveness', { actionId: 'A-1', effective: 'yes', comment: 'ok', at }),
    error: 'InvalidInput',
    message: 'input.effective: expected true or false, got "yes"',
  },
  {
    wrong: 'a string where a list is expected',
    text: lineOf('reviews.communicateResults', {
      reviewId: 'q1',
      audiences: 'board',
      channel: 'intranet',
      communicatedOn: '2026-04-02',
      at,
    }),
    error: 'InvalidInput',
    message: 'input.audiences: expected a list, got "board"',
  },
  {
    wrong: 'a string where the input object is expected',
    text: JSON.stringify({ command: 'reviews.schedule', actor: chair, input: 'q1' }),
    error: 'InvalidLine',
    message: 'input: expected an object, got "q1"',
  },
  {
    wrong: 'no input at all',
    text: JSON.stringify({ command: 'reviews.schedule', actor: chair }),
    error: 'InvalidLine',
    message: 'input: expected an object, got nothing',
  },
  {
    wrong: 'a __proto__ key in the input, carrying every field',
    text: `{"command":"reviews.schedule","actor":${actorJson},"input":{"__proto__":${JSON.stringify(schedule)}}}`,
    error: 'InvalidLine',
    message: 'input.__proto__: unknown field',
  },
  {
    wrong: 'a __proto__ key in a nested object of the input',
    text: `{"command":"reviews.schedule","actor":${actorJson},"input":${JSON.stringify(schedule).replace('"chair":{', '"chair":{"__proto__":{"polluted":true},')}}`,
    error: 'InvalidInput',
    message: 'input.chair.__proto__: unknown field',
  },
  {
    wrong: 'a __proto__ key of the line itself',
    text: `{"__proto__":{"command":"reviews.schedule"},"actor":${actorJson},"input":${JSON.stringify(schedule)}}`,
    error: 'InvalidLine',
    message: '__proto__: unknown field; command: expected text, got nothing',
  },
  {
    wrong: 'a constructor key in the input',
    text: `{"command":"reviews.schedule","actor":${actorJson},"input":{"constructor":{"prototype":{"polluted":true}},${JSON.stringify(schedule).slice(1)}}`,
    error: 'InvalidLine',
    message: 'input.constructor: unknown field',
  },
  {
    wrong: 'constructor and prototype keys in a nested object',
    text: `{"command":"reviews.schedule","actor":${actorJson},"input":${JSON.stringify(schedule).replace('"periodCovered":{', '"periodCovered":{"constructor":{"prototype":{"polluted":true}},"prototype":{},')}}`,
    error: 'InvalidInput',
    message: 'input.periodCovered.constructor: unknown field; input.periodCovered.prototype: unknown field',
  },
  {
    wrong: 'a line that is not JSON',
    text: '{"command": "reviews.schedule",',
    error: 'InvalidLine',
    message: /^not JSON: /,
  },
];

describe('mgmt-review import, given bad input', () => {
  const dir = temporaryDirectory();
  afterAll(() => dir.remove());

  it('refuses every bad line with its message, appends nothing, and leaves object prototypes alone', async () => {
    const db = dir.file('bad.db');
    const { code, io } = await importLines(
      dir,
      db,
      table.map((row) => row.text),
      { json: true },
    );
    expect(code).toBe(1);
    const report = JSON.parse(io.stdout()) as ImportReport;
    expect(report).toMatchObject({ applied: 0, alreadyApplied: 0, refused: table.length });
    for (const [i, row] of table.entries()) {
      const outcome = report.lines[i];
      expect(outcome?.line, row.wrong).toBe(i + 1);
      expect(outcome?.status === 'refused' && outcome.error, row.wrong).toBe(row.error);
      const message = outcome?.status === 'refused' ? outcome.message : '';
      if (typeof row.message === 'string') expect(message, row.wrong).toBe(row.message);
      else expect(message, row.wrong).toMatch(row.message);
    }
    expect(await eventsIn(db)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('refuses the same lines in text mode, one report line each, in order', async () => {
    const { io } = await importLines(
      dir,
      dir.file('bad-text.db'),
      table.map((row) => row.text),
    );
    const lines = io.stdout().split('\n');
    expect(lines).toHaveLength(table.length + 1);
    for (const [i, row] of table.entries()) {
      expect(lines[i], row.wrong).toMatch(new RegExp(`^line ${i + 1}: refused( \\S+)?: ${row.error}: `));
    }
  });
});
