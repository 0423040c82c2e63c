import type { TaskEvent } from './taskEvents.js';

/** What both replays compute: a summary over every task, updated in place (no spreads in the fold). */
export interface TaskSummary {
  opened: number;
  closedDone: number;
  closedDropped: number;
  reassigned: number;
  progressTotal: number;
  highPriority: number;
}

export const emptySummary = (): TaskSummary => ({
  opened: 0,
  closedDone: 0,
  closedDropped: 0,
  reassigned: 0,
  progressTotal: 0,
  highPriority: 0,
});

/** The fold over decoded events (current schema versions only). */
export const evolveSummary = (s: TaskSummary, event: TaskEvent): TaskSummary => {
  switch (event.type) {
    case 'TaskOpened':
      s.opened += 1;
      if (event.data.priority === 'high') s.highPriority += 1;
      return s;
    case 'TaskProgressed':
      s.progressTotal += event.data.percent;
      return s;
    case 'TaskReassigned':
      s.reassigned += 1;
      return s;
    case 'TaskClosed':
      if (event.data.outcome === 'done') s.closedDone += 1;
      else s.closedDropped += 1;
      return s;
  }
};
