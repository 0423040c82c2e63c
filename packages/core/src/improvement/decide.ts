import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { chronologyRule, lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import { dayOf } from '../shared/time.js';
import type { ImprovementCommand, ImprovementCommandData } from './commands.js';
import type { ImprovementEvent } from './events.js';
import { evolveImprovement, type ImprovementOpportunity, initialImprovementState } from './state.js';

type Decided = Either<DomainError, readonly ImprovementEvent[]>;

const one = (event: ImprovementEvent): Decided => right([event]);

/** 10.1: continual improvement. */
const improvementClause = '10.1';
/** 9.3.3: the results of the review include decisions on opportunities for continual improvement. */
const decisionClause = '9.3.3';

const pastOf = { adopt: 'adopted', defer: 'deferred', reject: 'rejected' } as const;

const decideOutcome = (
  d: ImprovementCommandData<'DecideImprovementOpportunity'>,
  decidedBy: string,
  state: ImprovementOpportunity,
): Decided => {
  const opportunityId = state.opportunityId;
  if (state.status === 'logged') {
    return refuse(improvementClause, 'an opportunity is decided once evaluated (its value and effort)');
  }
  if (state.status !== 'evaluated' && state.status !== 'deferred') {
    return refuse(lifecycleRule, `the opportunity is ${state.status}: it is decided only once`);
  }
  if ((d.reviewId === undefined) !== (d.decisionId === undefined)) {
    return refuse(decisionClause, 'a review decision is named by its reviewId and its decisionId together');
  }
  if (d.actionIds !== undefined && d.outcome !== 'adopt') {
    return refuse(
      improvementClause,
      `actions are named when an opportunity is adopted, not when it is ${pastOf[d.outcome]}`,
    );
  }
  if (d.revisitOn !== undefined && d.outcome !== 'defer') {
    return refuse(improvementClause, 'a revisit date is given when an opportunity is deferred');
  }
  switch (d.outcome) {
    case 'adopt':
      // 9.3.3: an improvement is adopted by a decision of top management's review.
      if (d.reviewId === undefined || d.decisionId === undefined) {
        return refuse(decisionClause, 'an adopted opportunity names the review decision that adopted it');
      }
      return one({
        type: 'ImprovementOpportunityAdopted',
        data: {
          opportunityId,
          reviewId: d.reviewId,
          decisionId: d.decisionId,
          actionIds: d.actionIds ?? [],
          decidedBy,
          at: d.at,
        },
      });
    case 'defer':
      if (d.revisitOn === undefined)
        return refuse(improvementClause, 'a deferred opportunity has a date to revisit it');
      if (d.revisitOn <= dayOf(d.at)) {
        return refuse(chronologyRule, `the revisit date ${d.revisitOn} is not after ${dayOf(d.at)}`);
      }
      return one({
        type: 'ImprovementOpportunityDeferred',
        data: {
          opportunityId,
          revisitOn: d.revisitOn,
          reason: d.reason,
          reviewId: d.reviewId,
          decisionId: d.decisionId,
          decidedBy,
          at: d.at,
        },
      });
    case 'reject':
      if (d.reason === undefined) return refuse(improvementClause, 'a rejected opportunity gives the reason');
      return one({
        type: 'ImprovementOpportunityRejected',
        data: { opportunityId, reason: d.reason, reviewId: d.reviewId, decisionId: d.decisionId, decidedBy, at: d.at },
      });
  }
};

const decideLogged = (command: ImprovementCommand, state: ImprovementOpportunity): Decided => {
  const opportunityId = state.opportunityId;
  switch (command.type) {
    case 'LogImprovementOpportunity':
      return refuse(lifecycleRule, 'the opportunity is already logged');
    case 'EvaluateImprovementOpportunity': {
      const d = command.data;
      if (state.status !== 'logged' && state.status !== 'evaluated' && state.status !== 'deferred') {
        return refuse(lifecycleRule, `the opportunity is ${state.status}: it is evaluated before it is decided`);
      }
      return one({
        type: 'ImprovementOpportunityEvaluated',
        data: {
          opportunityId,
          value: d.value,
          effort: d.effort,
          comment: d.comment,
          evaluatedBy: command.actor.id,
          at: d.at,
        },
      });
    }
    case 'DecideImprovementOpportunity':
      return decideOutcome(command.data, command.actor.id, state);
    case 'RealiseImprovementOpportunity': {
      const d = command.data;
      if (state.status !== 'adopted')
        return refuse(lifecycleRule, `the opportunity is ${state.status}: only an adopted one is realised`);
      return one({
        type: 'ImprovementOpportunityRealised',
        data: { opportunityId, benefitObserved: d.benefitObserved, evidence: d.evidence, at: d.at },
      });
    }
    case 'CloseImprovementOpportunity': {
      const d = command.data;
      if (state.status === 'realised' || state.status === 'rejected') {
        return one({
          type: 'ImprovementOpportunityClosed',
          data: { opportunityId, closedAs: state.status, reason: d.reason, at: d.at },
        });
      }
      // 10.1: an opportunity is followed to a result; one that leaves the log without says why.
      if (d.reason === undefined) {
        return refuse(
          improvementClause,
          `the opportunity is ${state.status}, neither realised nor rejected: it is withdrawn with a reason`,
        );
      }
      return one({
        type: 'ImprovementOpportunityClosed',
        data: { opportunityId, closedAs: 'withdrawn', reason: d.reason, at: d.at },
      });
    }
  }
};

/** The improvement opportunity decider (10.1, 9.3.2 g, 9.3.3). */
export const improvementDecider: Decider<ImprovementCommand, ImprovementOpportunity, ImprovementEvent, DomainError> = {
  initialState: initialImprovementState,
  evolve: evolveImprovement,
  decide: (command, state) => {
    const exists = state.status !== 'none';
    const existence =
      command.type === 'LogImprovementOpportunity'
        ? mustNotExist(exists, 'the improvement opportunity')
        : mustExist(exists, 'the improvement opportunity');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (state.status === 'closed') return refuse(lifecycleRule, 'the opportunity is closed');
    if (command.type !== 'LogImprovementOpportunity') return decideLogged(command, state);
    const d = command.data;
    return one({
      type: 'ImprovementOpportunityLogged',
      data: {
        opportunityId: d.opportunityId,
        source: d.source,
        description: d.description,
        expectedBenefit: d.expectedBenefit,
        sourceReference: d.sourceReference,
        at: d.at,
      },
    });
  },
};
