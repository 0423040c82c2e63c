import { randomUUID } from 'node:crypto';

/**
 * A stored history of `count` task events as JSON strings, as a store would hand them over
 * (envelope fields a reader needs, and the payload), about 300 bytes each. Deterministic apart
 * from event ids. Streams are ten events long: opened, progressed ×6 (half at schema version 1),
 * reassigned ×2, closed.
 */
export const taskHistoryJson = (count: number): string[] => {
  const out: string[] = new Array(count);
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  for (let i = 0; i < count; i++) {
    const task = Math.floor(i / 10);
    const version = (i % 10) + 1;
    const taskId = `task-${task.toString().padStart(7, '0')}`;
    const occurredAt = new Date(base + i * 1000).toISOString();
    const common = {
      eventId: randomUUID(),
      streamId: taskId,
      streamVersion: version,
      globalPosition: i + 1,
    };
    const metadata = { actor: { id: `user-${task % 97}`, role: 'owner' }, occurredAt };
    let event: { type: string; schemaVersion: number; data: unknown };
    if (version === 1) {
      const priority = task % 3 === 0 ? 'high' : task % 3 === 1 ? 'medium' : 'low';
      event = {
        type: 'TaskOpened',
        schemaVersion: 1,
        data: {
          taskId,
          title: `Supplier contract ${task}`,
          owner: `user-${task % 97}`,
          priority,
          labels: ['supplier', 'q1'],
        },
      };
    } else if (version <= 7) {
      const percent = (version - 1) * 15;
      event =
        i % 2 === 0
          ? { type: 'TaskProgressed', schemaVersion: 1, data: { taskId, progress: `${percent}%`, note: 'on track' } }
          : { type: 'TaskProgressed', schemaVersion: 2, data: { taskId, percent, note: 'on track' } };
    } else if (version <= 9) {
      event = {
        type: 'TaskReassigned',
        schemaVersion: 1,
        data: { taskId, from: `user-${task % 97}`, to: `user-${(task + version) % 97}`, reason: 'workload balance' },
      };
    } else {
      event = {
        type: 'TaskClosed',
        schemaVersion: 1,
        data: { taskId, outcome: task % 5 === 0 ? 'dropped' : 'done', summary: 'evidence reviewed' },
      };
    }
    out[i] = JSON.stringify({
      ...common,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata,
    });
  }
  return out;
};
