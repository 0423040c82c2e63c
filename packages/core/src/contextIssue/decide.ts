import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { chronologyRule, lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import { dayOf } from '../shared/time.js';
import type { ContextIssueCommand, ContextIssueCommandData } from './commands.js';
import type { ContextIssueEvent } from './events.js';
import {
  type ContextIssue,
  climateDecisionFor,
  climateEntityId,
  evolveContextIssue,
  initialContextIssueState,
} from './state.js';

type Decided = Either<DomainError, readonly ContextIssueEvent[]>;

const one = (event: ContextIssueEvent): Decided => right([event]);

/** The clause Amendment 1:2024 adds to 4.1: whether climate change is a relevant issue. */
export const climateClause = '4.1 Amd 1:2024';

const decideClimate = (
  d: ContextIssueCommandData<'RecordClimateDecision'>,
  decidedBy: string,
  state: ContextIssue,
): Decided => {
  if (state.status === 'current' || state.status === 'retired') {
    return refuse(lifecycleRule, `climate decisions are recorded on context-${climateEntityId}, not on an issue`);
  }
  const contextIssueIds = d.contextIssueIds ?? [];
  if (d.relevant && contextIssueIds.length === 0) {
    return refuse(climateClause, 'climate change decided relevant names the context issues that describe its effect');
  }
  if (!d.relevant && contextIssueIds.length > 0) {
    return refuse(climateClause, 'climate change decided not relevant names no context issues');
  }
  const earlier = climateDecisionFor(state, d.reviewId);
  if (earlier !== undefined && d.revisionReason === undefined) {
    return refuse(
      lifecycleRule,
      `climate change is already decided for review ${d.reviewId}: a revision gives its revisionReason`,
    );
  }
  if (earlier === undefined && d.revisionReason !== undefined) {
    return refuse(lifecycleRule, `nothing to revise: climate change is not decided for review ${d.reviewId} yet`);
  }
  return one({
    type: 'ClimateDecisionRecorded',
    data: {
      contextIssueId: climateEntityId,
      reviewId: d.reviewId,
      relevant: d.relevant,
      rationale: d.rationale,
      contextIssueIds,
      decidedBy,
      revisionReason: d.revisionReason,
      at: d.at,
    },
  });
};

const decideIssue = (command: ContextIssueCommand, state: ContextIssue): Decided => {
  const contextIssueId = state.contextIssueId;
  if (state.status === 'decided') {
    return refuse(lifecycleRule, `context-${climateEntityId} holds the climate decisions; it is not an issue`);
  }
  if (state.status === 'retired') return refuse(lifecycleRule, 'the context issue is retired');
  switch (command.type) {
    case 'RecordContextIssueChange': {
      const d = command.data;
      if (d.changedOn > dayOf(d.at)) {
        return refuse(chronologyRule, `a change is recorded once it happened: ${d.changedOn} is after ${dayOf(d.at)}`);
      }
      return one({
        type: 'ContextIssueChanged',
        data: { contextIssueId, change: d.change, changedOn: d.changedOn, effect: d.effect, at: d.at },
      });
    }
    case 'RetireContextIssue':
      return one({
        type: 'ContextIssueRetired',
        data: { contextIssueId, reason: command.data.reason, at: command.data.at },
      });
    case 'RaiseContextIssue':
    case 'RecordClimateDecision':
      return refuse(lifecycleRule, `${command.type} is not a command to an existing issue`);
  }
};

/** The context decider (4.1, Amd 1:2024; 9.3.2 b): its issues, and the climate decision per review cycle. */
export const contextIssueDecider: Decider<ContextIssueCommand, ContextIssue, ContextIssueEvent, DomainError> = {
  initialState: initialContextIssueState,
  evolve: evolveContextIssue,
  decide: (command, state) => {
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (command.type === 'RecordClimateDecision') {
      return isLeft(chronology) ? chronology : decideClimate(command.data, command.actor.id, state);
    }
    const exists = state.status !== 'none';
    const existence =
      command.type === 'RaiseContextIssue'
        ? mustNotExist(exists, 'the context issue')
        : mustExist(exists, 'the context issue');
    if (isLeft(existence)) return existence;
    if (isLeft(chronology)) return chronology;
    if (command.type !== 'RaiseContextIssue') return decideIssue(command, state);
    const d = command.data;
    if (d.contextIssueId === climateEntityId) {
      return refuse(lifecycleRule, `the id ${climateEntityId} is kept for the climate decisions (context-climate)`);
    }
    return one({
      type: 'ContextIssueRaised',
      data: {
        contextIssueId: d.contextIssueId,
        kind: d.kind,
        category: d.category,
        description: d.description,
        effect: d.effect,
        at: d.at,
      },
    });
  },
};
