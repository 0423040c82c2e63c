import { type Lifecycle, nothingLapses } from '../shared/lifecycle.js';
import type { ReviewEvent } from './events.js';

/**
 * Where a review stands:
 * `unscheduled` → `scheduled` → `meetingOpen` → `minutesApproved` → `closed`, or `cancelled`.
 */
export type ReviewStatus = 'unscheduled' | 'scheduled' | 'meetingOpen' | 'minutesApproved' | 'closed' | 'cancelled';

/**
 * The review's life cycle. Nothing a review records lapses: its minutes are the record of the
 * meeting (9.3.3), corrected only by notes added to it.
 */
export const reviewLifecycle: Lifecycle<ReviewEvent, ReviewStatus> = {
  initial: 'unscheduled',
  statusAfter: (status, event) => {
    switch (event.type) {
      case 'ReviewScheduled':
        return 'scheduled';
      case 'MeetingOpened':
        return 'meetingOpen';
      case 'MinutesApproved':
        return 'minutesApproved';
      case 'ReviewClosed':
        return 'closed';
      case 'ReviewCancelled':
        return 'cancelled';
      default:
        return status;
    }
  },
  lapses: () => nothingLapses,
};
