import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { packStateOf, renderPack } from '@mgmt-review/report';
import { fastest } from '../measure.js';
import type { Scenario } from '../scenario.js';

/**
 * The review pack: the minutes pack of the demo's last review, made from its stored two-year
 * history (the pack fold over every event, then the HTML), as a host makes it after the meeting;
 * and the agenda pack with its charts rendered to SVG, for comparison.
 */
export const scenarios: readonly Scenario[] = [
  {
    name: 'report-minutes-pack',
    description: "minutes pack (HTML) of the demo's last review, from its stored history: fold and render",
    targets: [{ metric: 'time', valueAtMost: 1_000 }],
    run: async ({ log }) => {
      const { tenant } = await createInMemoryDemoHistory();
      const options = { reviewId: demoFacts.lastHeldReviewId, now: demoFacts.now, format: 'html' } as const;
      log('report: minutes pack of the last review');
      const minutes = await fastest(async () => {
        await renderPack(await packStateOf(tenant), { ...options, kind: 'minutes' });
      });
      log('report: agenda pack with its charts');
      const agenda = await fastest(async () => {
        await renderPack(await packStateOf(tenant), { ...options, kind: 'agenda' });
      });
      return [
        { metric: 'time', value: minutes.wallMs, unit: 'ms' },
        { metric: 'cpu time', value: minutes.cpuMs, unit: 'ms' },
        { metric: 'agenda pack time', value: agenda.wallMs, unit: 'ms' },
      ];
    },
  },
];
