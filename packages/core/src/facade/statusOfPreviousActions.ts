import type { LoadError, LoadedState } from '@mgmt-review/eventsourcing';
import { isLeft, right } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import { type Action, isOverdue } from '../action/state.js';
import type { PreviousAction } from '../queries/previousActions.js';
import type { Review } from '../review/state.js';

type Load<S> = (id: string) => TaskEither<LoadError, LoadedState<S>>;

/**
 * 9.3.2 a: the actions decided in the reviews before `reviewId` (following `previousReviewId`
 * back through the chain), each with its status on `day`. Reads the review and action streams
 * as they are now.
 */
export const statusOfPreviousActionsQuery =
  (loadReview: Load<Review>, loadAction: Load<Action>) =>
  (reviewId: string, day: string): TaskEither<LoadError, readonly PreviousAction[]> =>
  async () => {
    const actions: PreviousAction[] = [];
    const seen = new Set<string>([reviewId]);
    const current = await loadReview(reviewId)();
    if (isLeft(current)) return current;
    let previousId = current.right.state.previousReviewId;
    while (previousId !== undefined && !seen.has(previousId)) {
      seen.add(previousId);
      const previous = await loadReview(previousId)();
      if (isLeft(previous)) return previous;
      for (const decision of previous.right.state.decisions) {
        for (const actionId of decision.actionIds) {
          const loaded = await loadAction(actionId)();
          if (isLeft(loaded)) return loaded;
          const a = loaded.right.state;
          actions.push({
            reviewId: previousId,
            decisionId: decision.decisionId,
            actionId,
            status: a.status === 'none' ? 'unknown' : a.status,
            title: a.title,
            ownerId: a.owner?.id,
            dueDate: a.status === 'none' ? undefined : a.dueDate,
            dueDateChanges: a.dueDateChanges,
            overdue: isOverdue(a, day),
          });
        }
      }
      previousId = previous.right.state.previousReviewId;
    }
    return right(actions);
  };
