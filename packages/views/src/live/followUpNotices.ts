import type { Clock, TenantEventStore } from '@mgmt-review/eventsourcing';
import { combineLatest, defer, from, isObservable, map, mergeMap, type Observable } from 'rxjs';
import { type FollowUpNotice, followUps } from '../queries/followUps.js';
import type { ViewsState } from '../state.js';
import { viewStates } from './viewStates.js';

/** When follow-ups are evaluated: on every tick of `now$`, or on every new state with `clock`. */
export type FollowUpTime = { readonly now$: Observable<string> } | { readonly clock: Clock };

export type FollowUpNoticeOptions = FollowUpTime & {
  /** How many days ahead counts as "soon". */
  readonly horizon: number;
  /** Days a nonconformity may stay at one step of 10.2 before it is stalled; default 30. */
  readonly stalledAfterDays?: number;
};

/**
 * The follow-up notices of one tenant as they arise, for a host to turn into reminders. Follow-ups
 * are evaluated on each state (from `viewStates`, or from a store) at the time given by `now$` or
 * the clock; each notice is emitted once per subscription, the first time its key appears. A host
 * that outlives the subscription keeps the keys it has sent to remind once per situation.
 */
export const followUpNotices = (
  source: Observable<ViewsState> | TenantEventStore,
  options: FollowUpNoticeOptions,
): Observable<FollowUpNotice> => {
  const states$ = isObservable(source) ? source : viewStates(source);
  const evaluations$: Observable<readonly FollowUpNotice[]> =
    'now$' in options
      ? combineLatest([states$, options.now$]).pipe(
          map(([state, now]) =>
            followUps(state, { now, horizon: options.horizon, stalledAfterDays: options.stalledAfterDays }),
          ),
        )
      : states$.pipe(
          map((state) =>
            followUps(state, {
              now: options.clock.now(),
              horizon: options.horizon,
              stalledAfterDays: options.stalledAfterDays,
            }),
          ),
        );
  // One set of keys per subscription: each subscriber gets every notice once.
  return defer(() => {
    const sent = new Set<string>();
    return evaluations$.pipe(
      mergeMap((notices) => {
        const fresh = notices.filter((n) => !sent.has(n.key));
        for (const n of fresh) sent.add(n.key);
        return from(fresh);
      }),
    );
  });
};
