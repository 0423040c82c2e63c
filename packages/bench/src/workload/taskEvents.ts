import { createEventRegistry, defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';

/**
 * The benchmark's workload domain: tasks that are opened, progressed, reassigned and closed. Its
 * payloads use the codec shapes real domains use (objects, literal unions, arrays, numbers).
 * `TaskProgressed` is at schema version 2 (v1 kept progress as a `"40%"` string), so half the stored
 * history goes through an upcaster on read.
 */
export const taskOpened = defineEvent({
  type: 'TaskOpened',
  codec: t.type({
    taskId: t.string,
    title: t.string,
    owner: t.string,
    priority: t.union([t.literal('low'), t.literal('medium'), t.literal('high')]),
    labels: t.array(t.string),
  }),
});

export const taskProgressed = defineEvent({
  type: 'TaskProgressed',
  schemaVersion: 2,
  codec: t.type({ taskId: t.string, percent: t.number, note: t.string }),
  upcasters: {
    1: (data) => {
      const v1 = data as { taskId: string; progress: string; note: string };
      return { taskId: v1.taskId, percent: Number.parseInt(v1.progress, 10), note: v1.note };
    },
  },
});

export const taskReassigned = defineEvent({
  type: 'TaskReassigned',
  codec: t.type({ taskId: t.string, from: t.string, to: t.string, reason: t.string }),
});

export const taskClosed = defineEvent({
  type: 'TaskClosed',
  codec: t.type({ taskId: t.string, outcome: t.union([t.literal('done'), t.literal('dropped')]), summary: t.string }),
});

export const taskRegistry = createEventRegistry([taskOpened, taskProgressed, taskReassigned, taskClosed]);

export type TaskEvent =
  | EventOf<typeof taskOpened>
  | EventOf<typeof taskProgressed>
  | EventOf<typeof taskReassigned>
  | EventOf<typeof taskClosed>;
