import { describe, expect, it } from 'vitest';
import { applyLine, type LineOutcome } from './importLines.js';
import { facadeFuzzCases, fuzzedFacade } from './testing/fuzzing.js';

const fallbackActor = { id: 'u-ciso', role: 'ismsManager' };

/** The lines of one case: the changed input in a well-formed line, then the line itself broken. */
const linesOf = (command: string, actor: unknown, input: unknown, n: number): readonly [string, string][] => {
  const line = JSON.stringify({ command, actor, input, commandId: `fuzz-${n}` });
  if (n % 10 !== 0) return [['', line]];
  return [
    ['', line],
    ['the line cut in half', line.slice(0, Math.floor(line.length / 2))],
    ['a top-level __proto__ key', `{"__proto__":{"polluted":true},${line.slice(1)}`],
    ['a top-level constructor key', `{"constructor":{"prototype":{"polluted":true}},${line.slice(1)}`],
    ['no actor', JSON.stringify({ command, input })],
    ['an actor of the wrong type', JSON.stringify({ command, actor: 'u-ciso', input })],
    ['a misspelt command', JSON.stringify({ command: `${command}s`, actor, input })],
    ['a line that is a list', JSON.stringify([command, actor, input])],
  ];
};

describe('fuzzing import with near-valid lines', () => {
  it('every near-valid import line is answered with an outcome, a refused line appends nothing and names a field path or a rule', async () => {
    const cases = facadeFuzzCases();
    const { handles, head } = fuzzedFacade();
    const crashes: string[] = [];
    const appendedOnRefusal: string[] = [];
    const unnamed: string[] = [];
    const tally = new Map<string, number>();
    let lines = 0;
    for (const [n, fuzz] of cases.entries()) {
      for (const [broken, text] of linesOf(fuzz.command, fuzz.actor ?? fallbackActor, fuzz.input, n)) {
        lines += 1;
        const what = `${fuzz.command} ${fuzz.mutation}${broken === '' ? '' : `, ${broken}`}`;
        const before = await head();
        let outcome: LineOutcome;
        try {
          outcome = await applyLine(handles, text, lines);
        } catch (error) {
          crashes.push(`${what}: ${(error as Error).stack}`);
          continue;
        }
        const after = await head();
        const tag = outcome.status === 'refused' ? outcome.error : outcome.status;
        tally.set(tag, (tally.get(tag) ?? 0) + 1);
        if (outcome.status !== 'refused') continue;
        if (after !== before) appendedOnRefusal.push(`${what}: ${before} → ${after}`);
        // A line that is not a JSON object is refused at the line itself: its path is the line's top.
        const lineItself = broken === 'the line cut in half' || broken === 'a line that is a list';
        // A problem inside the input names its field: `input.plan.responsible`, not just `input`.
        const vague =
          outcome.error === 'InvalidInput' && fuzz.path !== '' && outcome.problems.some((p) => p.path === 'input');
        if (vague || (outcome.where === '' && !(lineItself && outcome.error === 'InvalidLine'))) {
          unnamed.push(`${what}: ${JSON.stringify(outcome)}`);
        }
        if (({} as Record<string, unknown>).polluted !== undefined) crashes.push(`${what}: polluted Object.prototype`);
      }
    }
    console.info(`import fuzz: ${lines} lines from ${cases.length} cases`, Object.fromEntries(tally));
    expect(crashes).toEqual([]);
    expect(appendedOnRefusal).toEqual([]);
    expect(unnamed.slice(0, 20)).toEqual([]);
    expect(lines).toBeGreaterThanOrEqual(cases.length);
    expect(tally.get('InvalidInput') ?? 0).toBeGreaterThan(cases.length / 2);
  }, 120_000);
});
