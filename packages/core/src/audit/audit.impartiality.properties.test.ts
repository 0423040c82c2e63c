import { fc, it } from '@fast-check/vitest';
import { propertyRuns, runCommands } from '@mgmt-review/eventsourcing/testing';
import { describe, expect } from 'vitest';
import { builtInPolicy, withPolicy } from '../policy/policy.js';
import { people } from '../testing/people.js';
import type { AuditCommand } from './commands.js';
import { auditDecider } from './decide.js';
import type { AuditEvent, AuditedProcess } from './events.js';

const runs = { numRuns: propertyRuns(300) };
const auditId = 'au-1';
const person = fc.constantFrom(people.itLead, people.hrLead, people.auditor, people.ciso);
const process = fc.constantFrom('access management', 'human resources security', 'backup');

type Draft = { readonly type: AuditCommand['type']; readonly data: Record<string, unknown> };

const plan: fc.Arbitrary<Draft> = fc
  .record({
    scope: fc.uniqueArray(fc.record({ process, owner: person }), {
      minLength: 1,
      maxLength: 3,
      selector: (p) => p.process,
    }),
    leadAuditor: person,
    kind: fc.constantFrom('internal' as const, 'external' as const),
  })
  .map((d) => ({
    type: 'PlanAudit' as const,
    data: {
      programmeId: '2026',
      criteria: ['ISO/IEC 27001:2022'],
      window: { from: '2026-05-04', to: '2026-05-08' },
      ...d,
    },
  }));

/** Any audit command: findings on any process (in scope or not), by anyone, of any kind. */
const anyCommand: fc.Arbitrary<Draft> = fc.oneof(
  plan,
  fc.constant({ type: 'StartAudit' as const, data: {} }),
  fc
    .record({
      findingId: fc.constantFrom('f-1', 'f-2', 'f-3', 'f-4'),
      kind: fc.constantFrom(
        'conformity' as const,
        'nonconformity' as const,
        'observation' as const,
        'opportunity' as const,
      ),
      process,
      auditor: person,
    })
    .map((d) => ({
      type: 'RecordAuditFinding' as const,
      data: {
        requirement: 'A.5.18',
        description: 'a finding',
        nonConformityId: d.kind === 'nonconformity' ? `nc-${d.findingId}` : undefined,
        ...d,
      },
    })),
  fc.constant({
    type: 'ReportAudit' as const,
    data: { reportReference: 'AR-1', reportedOn: '2026-05-08', reportedTo: [people.ceo] },
  }),
  fc.constant({ type: 'CloseAudit' as const, data: {} }),
);

/** Sequences that begin by planning the audit, each command an hour after the one before, sent by anyone. */
const commandSequences = fc
  .tuple(plan, fc.array(fc.tuple(anyCommand, person), { maxLength: 12 }))
  .map(([first, rest]) =>
    [[first, people.ciso] as const, ...rest].map(
      ([draft, actor], hour) =>
        ({
          type: draft.type,
          actor,
          data: { auditId, ...draft.data, at: new Date(Date.UTC(2026, 4, 8, 0) + hour * 3_600_000).toISOString() },
        }) as AuditCommand,
    ),
  );

/**
 * The invariant, read from the events alone: the lead auditor owns no process in the planned
 * scope, and each finding is on a process in scope by an auditor who does not own it.
 */
const impartialityProblems = (events: readonly AuditEvent[]): string[] => {
  let scope: readonly AuditedProcess[] = [];
  const problems: string[] = [];
  for (const event of events) {
    if (event.type === 'AuditPlanned') {
      scope = event.data.scope;
      const lead = event.data.leadAuditor.id;
      for (const p of scope) if (p.owner.id === lead) problems.push(`lead auditor ${lead} owns ${p.process}`);
    }
    if (event.type === 'AuditFindingRecorded') {
      const owner = scope.find((p) => p.process === event.data.process)?.owner;
      if (owner === undefined) problems.push(`finding ${event.data.findingId} outside the scope`);
      else if (owner.id === event.data.auditor.id) problems.push(`${owner.id} audited their own ${event.data.process}`);
    }
  }
  return problems;
};

describe('audits are impartial (9.2.2 c)', () => {
  it.prop([commandSequences], runs)(
    'an auditor never audits their own process, whoever sends the commands',
    (commands) => {
      expect(impartialityProblems(runCommands(auditDecider, commands).events)).toEqual([]);
      expect(impartialityProblems(runCommands(withPolicy(auditDecider, builtInPolicy), commands).events)).toEqual([]);
    },
  );

  it('flags a history in which a finding’s auditor owns its process', () => {
    const history: AuditEvent[] = [
      {
        type: 'AuditPlanned',
        data: {
          auditId,
          programmeId: '2026',
          kind: 'internal',
          scope: [{ process: 'backup', owner: people.itLead }],
          criteria: ['ISO/IEC 27001:2022'],
          window: { from: '2026-05-04', to: '2026-05-08' },
          leadAuditor: people.auditor,
          at: '2026-04-01T09:00:00Z',
        },
      },
      {
        type: 'AuditFindingRecorded',
        data: {
          auditId,
          findingId: 'f-1',
          kind: 'conformity',
          process: 'backup',
          requirement: 'A.8.13',
          description: 'restores are tested',
          auditor: people.itLead,
          at: '2026-05-05T09:00:00Z',
        },
      },
    ];
    expect(impartialityProblems(history)).toEqual(['u-it audited their own backup']);
  });

  it('is checked on histories that record findings, and refuse some for impartiality', () => {
    const histories = fc.sample(commandSequences, { numRuns: 1000, seed: 12 });
    const withFindings = histories.filter((commands) =>
      runCommands(auditDecider, commands).events.some((e) => e.type === 'AuditFindingRecorded'),
    );
    const refusedForImpartiality = histories.filter((commands) =>
      commands.some((command, i) => {
        const before = runCommands(auditDecider, commands.slice(0, i)).state;
        const decided = auditDecider.decide(command, before);
        return decided._tag === 'Left' && decided.left._tag === 'RuleBroken' && decided.left.rule === '9.2.2 c';
      }),
    );
    expect(withFindings.length).toBeGreaterThan(20);
    expect(refusedForImpartiality.length).toBeGreaterThan(20);
  });
});
