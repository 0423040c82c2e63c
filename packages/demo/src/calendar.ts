import type { Clock } from '@mgmt-review/eventsourcing';

/** An instant on `day` at `time` (`HH:MM`, UTC). */
export const at = (day: string, time = '10:00'): string => `${day}T${time}:00Z`;

/**
 * A clock the demo writer drives: before each command it is moved to the command's business time,
 * so a store created with it records each event (`recordedAt`) when it happened in the story, and
 * "as of" a date answers what the organisation had recorded by then. Readings strictly increase
 * (one millisecond apart at least), so it never goes back even if asked to.
 */
export interface DemoClock extends Clock {
  /** Moves the clock forward to `instant` (ISO-8601); an earlier instant leaves it where it is. */
  advanceTo(instant: string): void;
}

/** A demo clock starting at `start` (ISO-8601). */
export const createDemoClock = (start = '2024-09-01T00:00:00.000Z'): DemoClock => {
  let current = Date.parse(start);
  return {
    now: () => {
      const value = new Date(current).toISOString();
      current += 1;
      return value;
    },
    advanceTo: (instant) => {
      current = Math.max(current, Date.parse(instant));
    },
  };
};
