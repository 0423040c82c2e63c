import { createManagementReview, domainRegistry, type ImprovementCommandData } from '@mgmt-review/core';
import { createInMemoryEventStore, type StoredEvent, sequentialIds } from '@mgmt-review/eventsourcing';

/**
 * A year of the records a review rests on, for one organisation, written through the domain's
 * facade (so every event is one the deciders accepted): three indicators measured month by month
 * or quarter by quarter, analysed, two values corrected; three objectives evaluated each quarter and
 * achieved or missed at the end of the year; an internal and an external audit with their findings;
 * four context issues and the climate decisions of two review cycles; three interested parties and
 * their requirements; a survey and a standing complaint channel whose feedback is taken into
 * account; four improvement opportunities adopted, deferred, rejected and realised. About two
 * hundred events, the template the records' kernel replay repeats.
 */

const ceo = { id: 'u-ceo', role: 'ceo' };
const ciso = { id: 'u-ciso', role: 'ciso' };
const itLead = { id: 'u-it', role: 'itLead' };
const hrLead = { id: 'u-hr', role: 'hrLead' };
const auditor = { id: 'u-audit', role: 'internalAuditor' };
const certifier = { id: 'u-cb', role: 'externalAuditor' };

/** `2026-MM-DD` at 09:00 UTC, plus `hours`; months past 12 run into 2027. */
const on = (month: number, dayOfMonth: number, hours = 0): string =>
  new Date(Date.UTC(2026, month - 1, dayOfMonth, 9 + hours)).toISOString();

/** The period of month `month` of 2026, `2026-MM`. */
const monthPeriod = (month: number): string => `2026-${String(month).padStart(2, '0')}`;

interface IndicatorPlan {
  readonly indicatorId: string;
  readonly frequency: 'monthly' | 'quarterly';
  readonly direction: 'lowerIsBetter' | 'higherIsBetter';
  readonly target: number;
  readonly threshold: number;
  /** The value of each period of the year, in order. */
  readonly values: readonly number[];
}

const indicators: readonly IndicatorPlan[] = [
  {
    indicatorId: 'ind-incidents',
    frequency: 'monthly',
    direction: 'lowerIsBetter',
    target: 4,
    threshold: 8,
    values: [7, 6, 9, 5, 5, 4, 3, 4, 3, 2, 3, 2],
  },
  {
    indicatorId: 'ind-patching',
    frequency: 'monthly',
    direction: 'higherIsBetter',
    target: 95,
    threshold: 85,
    values: [88, 90, 84, 92, 93, 95, 96, 94, 96, 97, 97, 98],
  },
  {
    indicatorId: 'ind-training',
    frequency: 'quarterly',
    direction: 'higherIsBetter',
    target: 90,
    threshold: 70,
    values: [72, 80, 88, 93],
  },
];

/** Writes the year and returns its stored events, in global order. */
export const recordsHistory = async (): Promise<readonly StoredEvent[]> => {
  let now = on(1, 1);
  const clock = { now: () => now };
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const t = createManagementReview({ store, clock, ids: sequentialIds('cmd') }).forTenant('records');
  /** Sends one command at `at`; a refusal is a mistake in this story. */
  const send = async (at: string, command: () => Promise<{ _tag: string; left?: { message: string } }>) => {
    // The store stamps recordedAt with the clock, which never goes back; each stream's business times follow.
    if (at > now) now = at;
    const result = await command();
    if (result._tag === 'Left') throw new Error(`the records' history was refused at ${at}: ${result.left?.message}`);
  };
  const by = { actor: ciso };

  for (const i of indicators) {
    await send(on(1, 5), () =>
      t.indicators.define(
        {
          indicatorId: i.indicatorId,
          name: i.indicatorId,
          subject: { kind: 'process', name: 'security operations' },
          method: 'counted from the ticket system',
          unit: 'count',
          direction: i.direction,
          frequency: i.frequency,
          measuredBy: itLead,
          analysedBy: ciso,
          target: i.target,
          threshold: i.threshold,
          at: on(1, 5),
        },
        by,
      )(),
    );
  }
  const objectives = [
    { objectiveId: 'obj-incidents', indicator: indicators[0]! },
    { objectiveId: 'obj-patching', indicator: indicators[1]! },
  ];
  for (const { objectiveId, indicator } of objectives) {
    await send(on(1, 6), () =>
      t.objectives.set(
        {
          objectiveId,
          statement: `${indicator.indicatorId} on target by the end of the year`,
          policyReference: 'information security policy v4',
          owner: ciso,
          target: { indicatorId: indicator.indicatorId, value: indicator.target, direction: indicator.direction },
          plan: {
            activities: 'awareness campaign and monthly patch days',
            resources: 'two days of the security team a month',
            responsible: itLead,
            resultsEvaluation: 'each quarter by the security committee',
          },
          dueDate: '2026-12-31',
          at: on(1, 6),
        },
        by,
      )(),
    );
  }
  await send(on(1, 6), () =>
    t.objectives.set(
      {
        objectiveId: 'obj-roles',
        statement: 'security responsibilities in every job description',
        policyReference: 'information security policy v4',
        owner: hrLead,
        fulfilmentCriteria: 'the HR lead confirms every job description',
        plan: {
          activities: 'review the job descriptions',
          resources: 'the HR team',
          responsible: hrLead,
          resultsEvaluation: 'sampled by the internal auditor',
        },
        dueDate: '2026-06-30',
        at: on(1, 6),
      },
      by,
    )(),
  );
  const issues = [
    { contextIssueId: 'ctx-nis2', kind: 'external', category: 'legal' },
    { contextIssueId: 'ctx-cloud', kind: 'internal', category: 'technological' },
    { contextIssueId: 'ctx-heat', kind: 'external', category: 'environmental' },
    { contextIssueId: 'ctx-staff', kind: 'internal', category: 'organisational' },
  ] as const;
  for (const issue of issues) {
    await send(on(1, 7), () =>
      t.contextIssues.raise(
        { ...issue, description: `${issue.contextIssueId} affects the ISMS`, effect: 'controls change', at: on(1, 7) },
        by,
      )(),
    );
  }
  const parties = [
    { interestedPartyId: 'ip-bank', kind: 'customer' },
    { interestedPartyId: 'ip-regulator', kind: 'regulator' },
    { interestedPartyId: 'ip-staff', kind: 'employee' },
  ] as const;
  for (const party of parties) {
    const { interestedPartyId } = party;
    await send(on(1, 8), () =>
      t.interestedParties.register(
        { ...party, name: interestedPartyId, relevance: 'its requirements bind the ISMS', at: on(1, 8) },
        by,
      )(),
    );
    await send(on(1, 8, 1), () =>
      t.interestedParties.recordRequirement(
        {
          interestedPartyId,
          requirementId: `${interestedPartyId}-conf`,
          need: 'data stays confidential',
          source: 'contract §12',
          climateRelated: false,
          addressedBy: [{ kind: 'control', reference: 'A.8.24' }],
          at: on(1, 8, 1),
        },
        by,
      )(),
    );
    await send(on(1, 8, 2), () =>
      t.interestedParties.recordRequirement(
        {
          interestedPartyId,
          requirementId: `${interestedPartyId}-carbon`,
          need: 'report the carbon footprint of the services',
          source: 'questionnaire 2026',
          climateRelated: true,
          notAddressedReason: 'the sustainability report answers it',
          at: on(1, 8, 2),
        },
        by,
      )(),
    );
  }
  for (const opportunityId of ['imp-1', 'imp-2', 'imp-3', 'imp-4']) {
    await send(on(1, 9), () =>
      t.improvements.log(
        {
          opportunityId,
          source: 'staffSuggestion',
          description: 'automate the access reviews',
          expectedBenefit: 'two days a month back',
          at: on(1, 9),
        },
        { actor: itLead },
      )(),
    );
    await send(on(1, 20), () =>
      t.improvements.evaluate({ opportunityId, value: 'high', effort: 'medium', at: on(1, 20) }, by)(),
    );
  }
  const audits = [
    { auditId: 'au-internal', kind: 'internal', leadAuditor: auditor, month: 5 },
    { auditId: 'au-external', kind: 'external', leadAuditor: certifier, month: 10 },
  ] as const;
  for (const audit of audits) {
    await send(on(1, 10), () =>
      t.audits.plan(
        {
          auditId: audit.auditId,
          programmeId: `programme-${audit.kind}`,
          kind: audit.kind,
          scope: [
            { process: 'access management', owner: itLead },
            { process: 'human resources security', owner: hrLead },
          ],
          criteria: ['ISO/IEC 27001:2022'],
          window: { from: on(audit.month, 4).slice(0, 10), to: on(audit.month, 8).slice(0, 10) },
          leadAuditor: audit.leadAuditor,
          auditBody: audit.kind === 'external' ? 'the certification body' : undefined,
          at: on(1, 10),
        },
        by,
      )(),
    );
  }
  await send(on(1, 20), () =>
    t.consultations.plan(
      {
        consultationId: 'cons-survey',
        channel: 'survey',
        interestedPartyIds: ['ip-bank', 'ip-staff'],
        topic: 'satisfaction with the security of our services',
        window: { opensOn: '2026-02-01', closesOn: '2026-02-28' },
        owner: ciso,
        scale: 'satisfaction',
        at: on(1, 20),
      },
      by,
    )(),
  );
  await send(on(1, 20), () =>
    t.consultations.plan(
      {
        consultationId: 'cons-complaints',
        channel: 'complaintChannel',
        interestedPartyIds: ['ip-bank', 'ip-regulator', 'ip-staff'],
        topic: 'complaints about security',
        window: { opensOn: '2026-02-01', closesOn: '2026-12-31' },
        owner: ciso,
        at: on(1, 20),
      },
      by,
    )(),
  );

  // Month by month: the month before is measured and analysed; each quarter, the objectives are evaluated.
  for (let month = 2; month <= 13; month++) {
    const period = month - 1;
    for (const i of indicators) {
      const quarter = period % 3 === 0 ? period / 3 : undefined;
      const label = i.frequency === 'monthly' ? monthPeriod(period) : quarter && `2026-Q${quarter}`;
      const value = i.frequency === 'monthly' ? i.values[period - 1] : quarter && i.values[quarter - 1];
      if (!label || value === undefined) continue;
      await send(on(month, 2), () =>
        t.indicators.recordMeasurement(
          { indicatorId: i.indicatorId, period: label, value, sourceReference: `report ${label}`, at: on(month, 2) },
          { actor: itLead },
        )(),
      );
      if (month === 4 || month === 9) {
        await send(on(month, 2, 2), () =>
          t.indicators.correctMeasurement(
            {
              indicatorId: i.indicatorId,
              period: label,
              value: value + (i.direction === 'lowerIsBetter' ? 1 : -1),
              reason: 'tickets reclassified',
              sourceReference: `report ${label}, corrected`,
              at: on(month, 2, 2),
            },
            { actor: itLead },
          )(),
        );
      }
      const breach = i.direction === 'lowerIsBetter' ? value > i.threshold : value < i.threshold;
      await send(on(month, 2, 5), () =>
        t.indicators.analysePeriod(
          {
            indicatorId: i.indicatorId,
            period: label,
            conclusion: 'in line with the trend',
            breachExplanation: breach ? 'a phishing wave' : undefined,
            at: on(month, 2, 5),
          },
          by,
        )(),
      );
    }
    if (period % 3 === 0 && month <= 12) {
      for (const { objectiveId, indicator } of objectives) {
        // The first quarter's last month was corrected (see above) before it was evaluated.
        const recorded = indicator.values[period - 1]!;
        const value = period === 3 ? recorded + (indicator.direction === 'lowerIsBetter' ? 1 : -1) : recorded;
        await send(on(month, 3), () =>
          t.objectives.evaluateProgress(
            {
              objectiveId,
              progress: month < 10 ? 'atRisk' : 'onTrack',
              comment: 'as measured',
              measurement: { indicatorId: indicator.indicatorId, period: monthPeriod(period), value },
              at: on(month, 3),
            },
            by,
          )(),
        );
      }
      const change = { change: `quarter ${period / 3}`, changedOn: on(month, 3).slice(0, 10), at: on(month, 3) };
      for (const { contextIssueId } of issues) {
        await send(on(month, 3), () => t.contextIssues.recordChange({ contextIssueId, ...change }, by)());
      }
    }
    if (month <= 12) {
      await send(on(month, 15), () =>
        t.consultations.recordFeedback(
          {
            consultationId: 'cons-complaints',
            feedbackId: `complaint-${month}`,
            interestedPartyId: parties[month % 3]!.interestedPartyId,
            kind: 'complaint',
            summary: 'slow incident notices',
            at: on(month, 15),
          },
          by,
        )(),
      );
      await send(on(month, 20), () =>
        t.consultations.takeIntoAccount(
          month % 2 === 0
            ? {
                consultationId: 'cons-complaints',
                itemId: `complaint-${month}`,
                links: [{ to: 'objective', objectiveId: 'obj-incidents' }],
                at: on(month, 20),
              }
            : {
                consultationId: 'cons-complaints',
                itemId: `complaint-${month}`,
                reasonNotActedOn: 'notices already go out within 24 hours',
                at: on(month, 20),
              },
          by,
        )(),
      );
    }
  }

  // The survey: feedback, results with a finding, each taken into account, closed.
  for (const [n, interestedPartyId] of ['ip-bank', 'ip-staff', 'ip-bank'].entries()) {
    await send(on(2, 10 + n), () =>
      t.consultations.recordFeedback(
        {
          consultationId: 'cons-survey',
          feedbackId: `survey-${n + 1}`,
          interestedPartyId,
          kind: 'request',
          summary: 'encrypt backups with keys we hold',
          requirementId: `${interestedPartyId}-conf`,
          at: on(2, 10 + n),
        },
        by,
      )(),
    );
  }
  await send(on(3, 2, 1), () =>
    t.consultations.recordResults(
      {
        consultationId: 'cons-survey',
        conductedOn: '2026-02-28',
        invited: 40,
        responses: 30,
        findings: [{ findingId: 'survey-notices', summary: 'customers want faster incident notices' }],
        score: 4.2,
        at: on(3, 2, 1),
      },
      by,
    )(),
  );
  for (const itemId of ['survey-1', 'survey-2', 'survey-3', 'survey-notices']) {
    await send(on(3, 5), () =>
      t.consultations.takeIntoAccount(
        itemId === 'survey-notices'
          ? { consultationId: 'cons-survey', itemId, reasonNotActedOn: 'already met', at: on(3, 5) }
          : {
              consultationId: 'cons-survey',
              itemId,
              links: [{ to: 'requirementChange', interestedPartyId: 'ip-bank', requirementId: 'ip-bank-conf' }],
              at: on(3, 5),
            },
        by,
      )(),
    );
  }
  await send(on(3, 10), () => t.consultations.close({ consultationId: 'cons-survey', at: on(3, 10) }, by)());
  await send(on(3, 11), () =>
    t.interestedParties.changeRequirement(
      {
        interestedPartyId: 'ip-bank',
        requirementId: 'ip-bank-conf',
        reason: 'keys the customer holds',
        addressedBy: [{ kind: 'policy', reference: 'POL-CRYPTO v2' }],
        at: on(3, 11),
      },
      by,
    )(),
  );
  await send(on(8, 1), () =>
    t.interestedParties.withdrawRequirement(
      { interestedPartyId: 'ip-staff', requirementId: 'ip-staff-carbon', reason: 'dropped', at: on(8, 1) },
      by,
    )(),
  );

  // The audits, each in its month: started, four findings (a nonconformity raised by the audit), reported, closed.
  for (const audit of audits) {
    const { auditId, leadAuditor, month } = audit;
    await send(on(month, 4), () => t.audits.start({ auditId, at: on(month, 4) }, { actor: leadAuditor })());
    for (const [n, kind] of (['conformity', 'observation', 'opportunity'] as const).entries()) {
      await send(on(month, 5, n), () =>
        t.audits.recordFinding(
          {
            auditId,
            findingId: `${auditId}-f${n + 1}`,
            kind,
            process: n % 2 === 0 ? 'access management' : 'human resources security',
            requirement: 'A.5.18',
            description: `${kind} on access reviews`,
            auditor: leadAuditor,
            at: on(month, 5, n),
          },
          { actor: leadAuditor },
        )(),
      );
    }
    await send(on(month, 6), () =>
      t.audits.recordNonConformityFinding(
        {
          auditId,
          findingId: `${auditId}-f4`,
          nonConformityId: `${auditId}-nc`,
          process: 'access management',
          requirement: 'A.5.18',
          description: 'leavers keep access for weeks',
          auditor: leadAuditor,
          severity: 'minor',
          owner: itLead,
          at: on(month, 6),
        },
        { actor: leadAuditor },
      )(),
    );
    await send(on(month, 12), () =>
      t.audits.report(
        {
          auditId,
          reportReference: `report ${auditId}`,
          reportedOn: on(month, 12).slice(0, 10),
          reportedTo: [ceo, ciso],
          at: on(month, 12),
        },
        { actor: leadAuditor },
      )(),
    );
    await send(on(month, 20), () => t.audits.close({ auditId, at: on(month, 20) }, by)());
  }

  // The climate decisions of two review cycles, the second revised.
  await send(on(3, 1), () =>
    t.contextIssues.recordClimateDecision(
      { reviewId: 'r1', relevant: true, rationale: 'heat waves', contextIssueIds: ['ctx-heat'], at: on(3, 1) },
      { actor: ceo },
    )(),
  );
  await send(on(9, 1), () =>
    t.contextIssues.recordClimateDecision(
      { reviewId: 'r2', relevant: true, rationale: 'heat waves', contextIssueIds: ['ctx-heat'], at: on(9, 1) },
      { actor: ceo },
    )(),
  );
  await send(on(10, 1), () =>
    t.contextIssues.recordClimateDecision(
      { reviewId: 'r2', relevant: false, rationale: 'the server room moved', revisionReason: 'moved', at: on(10, 1) },
      { actor: ceo },
    )(),
  );
  await send(on(11, 1), () =>
    t.contextIssues.retire({ contextIssueId: 'ctx-staff', reason: 'the reorganisation is over', at: on(11, 1) }, by)(),
  );

  // The improvement log: adopted and realised, deferred then rejected, rejected, adopted.
  type Decision = Omit<ImprovementCommandData<'DecideImprovementOpportunity'>, 'opportunityId' | 'at'>;
  const decide = (opportunityId: string, at: string, decision: Decision) =>
    send(at, () => t.improvements.decide({ opportunityId, at, ...decision }, { actor: ceo })());
  await decide('imp-1', on(3, 31), { outcome: 'adopt', reviewId: 'r1', decisionId: 'd1', actionIds: ['act-1'] });
  await send(on(7, 1), () =>
    t.improvements.realise(
      { opportunityId: 'imp-1', benefitObserved: 'monthly', evidence: ['log'], at: on(7, 1) },
      by,
    )(),
  );
  await send(on(7, 15), () => t.improvements.close({ opportunityId: 'imp-1', at: on(7, 15) }, by)());
  await decide('imp-2', on(3, 31), { outcome: 'defer', revisitOn: '2026-09-30', reason: 'after the migration' });
  await send(on(10, 1), () =>
    t.improvements.evaluate({ opportunityId: 'imp-2', value: 'medium', effort: 'high', at: on(10, 1) }, by)(),
  );
  await decide('imp-2', on(10, 2), { outcome: 'reject', reason: 'costs more than it saves' });
  await send(on(10, 3), () => t.improvements.close({ opportunityId: 'imp-2', at: on(10, 3) }, by)());
  await decide('imp-3', on(3, 31), { outcome: 'reject', reason: 'out of scope' });
  await decide('imp-4', on(9, 30), { outcome: 'adopt', reviewId: 'r2', decisionId: 'd1', actionIds: [] });

  // The end of the year: the objectives achieved or missed on December's measurement.
  for (const { objectiveId, indicator } of objectives) {
    const value = indicator.values[11]!;
    const measurement = { indicatorId: indicator.indicatorId, period: '2026-12', value };
    const met = indicator.direction === 'lowerIsBetter' ? value <= indicator.target : value >= indicator.target;
    await send(on(13, 10), () =>
      met
        ? t.objectives.achieve({ objectiveId, measurement, at: on(13, 10) }, by)()
        : t.objectives.miss(
            {
              objectiveId,
              measurement,
              evaluation: { conclusion: 'above the target', evidence: ['report 2026-12'] },
              followUp: 'a new objective for 2027',
              at: on(13, 10),
            },
            by,
          )(),
    );
  }
  await send(on(6, 25), () =>
    t.objectives.achieve(
      {
        objectiveId: 'obj-roles',
        evaluation: { conclusion: 'every job description names them', evidence: ['HR register'] },
        at: on(6, 25),
      },
      by,
    )(),
  );

  const events: StoredEvent[] = [];
  for await (const batch of store.forTenant('records').readAll()) events.push(...batch);
  return events;
};
