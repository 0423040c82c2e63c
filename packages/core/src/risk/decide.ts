import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { chronologyRule, lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import { dayOf } from '../shared/time.js';
import type { RiskCommand } from './commands.js';
import type { RiskEvent, RiskScale } from './events.js';
import { evolveRisk, initialRiskState, type Risk } from './state.js';

type Decided = Either<DomainError, readonly RiskEvent[]>;

const one = (event: RiskEvent): Decided => right([event]);

/** 6.1.2 b: ratings on the scale of the day, so assessments give consistent, comparable results. */
const onScale = (scale: RiskScale, likelihood: number, impact: number): Decided | undefined =>
  likelihood > scale.likelihoodLevels
    ? refuse('6.1.2 b', `likelihood ${likelihood} is beyond the scale (1–${scale.likelihoodLevels})`)
    : impact > scale.impactLevels
      ? refuse('6.1.2 b', `impact ${impact} is beyond the scale (1–${scale.impactLevels})`)
      : undefined;

const rated = (d: {
  readonly likelihood: number;
  readonly impact: number;
  readonly scale: RiskScale;
  readonly appetite: number;
}): Decided | undefined => {
  const maxScore = d.scale.likelihoodLevels * d.scale.impactLevels;
  return (
    onScale(d.scale, d.likelihood, d.impact) ??
    (d.appetite > maxScore
      ? refuse('6.1.2 a', `appetite ${d.appetite} is beyond the highest score (${maxScore})`)
      : undefined)
  );
};

const decideExisting = (command: RiskCommand, state: Risk): Decided => {
  const riskId = state.riskId;
  if (state.stage === 'retired') return refuse(lifecycleRule, 'the risk is retired');
  switch (command.type) {
    case 'IdentifyRisk':
      return refuse(lifecycleRule, 'the risk already exists');
    case 'AssessRisk': {
      const d = command.data;
      if (state.stage !== 'identified')
        return refuse(lifecycleRule, 'an assessed risk is reassessed, not assessed again');
      const refused = rated(d);
      if (refused !== undefined) return refused;
      return one({
        type: 'RiskAssessed',
        data: {
          riskId,
          likelihood: d.likelihood,
          impact: d.impact,
          score: d.likelihood * d.impact,
          scale: d.scale,
          criteria: d.criteria,
          appetite: d.appetite,
          at: d.at,
        },
      });
    }
    case 'DecideTreatment': {
      const d = command.data;
      if (state.stage === 'identified') return refuse('6.1.3 a', 'a treatment is chosen for an assessed risk');
      if (state.stage !== 'assessed' && state.stage !== 'treatmentDecided') {
        return refuse(lifecycleRule, 'the treatment plan is approved; reassess the risk to change it');
      }
      // 6.1.3 b: modifying a risk means applying controls.
      if (d.option === 'modify' && d.controls.length === 0) {
        return refuse('6.1.3 b', 'modifying a risk names the Annex A controls it relies on');
      }
      return one({
        type: 'TreatmentDecided',
        data: { riskId, option: d.option, controls: d.controls, justification: d.justification, at: d.at },
      });
    }
    case 'ApproveTreatmentPlan':
      if (state.stage !== 'treatmentDecided')
        return refuse('6.1.3 e', 'a treatment plan is approved once it is decided');
      return one({
        type: 'TreatmentPlanApproved',
        data: { riskId, approvedBy: command.actor.id, at: command.data.at },
      });
    case 'LinkTreatmentActions': {
      const d = command.data;
      if (state.stage === 'identified' || state.stage === 'assessed' || state.stage === 'treatmentDecided') {
        return refuse('8.3', 'treatment actions implement an approved treatment plan');
      }
      const again = d.actionIds.filter((id) => state.actionIds.includes(id));
      if (again.length > 0) return refuse(lifecycleRule, `actions ${again.join(', ')} are already linked`);
      return one({ type: 'TreatmentActionsLinked', data: { riskId, actionIds: d.actionIds, at: d.at } });
    }
    case 'AssessResidualRisk': {
      const d = command.data;
      if (state.stage !== 'treatmentApproved' && state.stage !== 'residualAssessed' && state.stage !== 'accepted') {
        return refuse('6.1.3 f', 'residual risk is assessed once the treatment plan is approved');
      }
      const scale = state.scale;
      if (scale === undefined) return refuse(lifecycleRule, 'the risk has no assessment scale');
      const refused = onScale(scale, d.likelihood, d.impact);
      if (refused !== undefined) return refused;
      const score = d.likelihood * d.impact;
      return one({
        type: 'ResidualRiskAssessed',
        data: {
          riskId,
          likelihood: d.likelihood,
          impact: d.impact,
          score,
          aboveAppetite: score > state.appetite,
          at: d.at,
        },
      });
    }
    case 'AcceptResidualRisk': {
      const d = command.data;
      const residual = state.residual;
      if (state.stage !== 'residualAssessed' || residual === undefined) {
        return refuse('6.1.3 f', 'residual risk is accepted once it is assessed');
      }
      if (d.expiresOn <= dayOf(d.at)) {
        return refuse(chronologyRule, `the acceptance must expire after it is given (${dayOf(d.at)})`);
      }
      const aboveAppetite = residual.score > state.appetite;
      // 6.1.3 f with 6.1.2 a: beyond the acceptance criteria, acceptance is an explicit, justified exception.
      if (aboveAppetite && d.exceptionJustification === undefined) {
        return refuse(
          '6.1.3 f',
          `residual risk ${residual.score} is above appetite ${state.appetite}: accept it only as an exception with a justification`,
        );
      }
      return one({
        type: 'ResidualRiskAccepted',
        data: {
          riskId,
          acceptedBy: command.actor.id,
          score: residual.score,
          aboveAppetite,
          expiresOn: d.expiresOn,
          exceptionJustification: aboveAppetite ? d.exceptionJustification : undefined,
          at: d.at,
        },
      });
    }
    case 'ReassessRisk': {
      const d = command.data;
      if (state.stage === 'identified') return refuse(lifecycleRule, 'a risk is assessed before it is reassessed');
      const refused = rated(d);
      if (refused !== undefined) return refused;
      return one({
        type: 'RiskReassessed',
        data: {
          riskId,
          trigger: d.trigger,
          reason: d.reason,
          likelihood: d.likelihood,
          impact: d.impact,
          score: d.likelihood * d.impact,
          scale: d.scale,
          criteria: d.criteria,
          appetite: d.appetite,
          at: d.at,
        },
      });
    }
    case 'RetireRisk':
      return one({ type: 'RiskRetired', data: { riskId, reason: command.data.reason, at: command.data.at } });
  }
};

/** The risk decider (6.1.2, 6.1.3, 8.2, 8.3). */
export const riskDecider: Decider<RiskCommand, Risk, RiskEvent, DomainError> = {
  initialState: initialRiskState,
  evolve: evolveRisk,
  decide: (command, state) => {
    const exists = state.stage !== 'none';
    const existence =
      command.type === 'IdentifyRisk' ? mustNotExist(exists, 'the risk') : mustExist(exists, 'the risk');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (command.type !== 'IdentifyRisk') return decideExisting(command, state);
    const d = command.data;
    // 6.1.2 c 1: a risk is a loss of confidentiality, integrity or availability.
    if (!d.cia.confidentiality && !d.cia.integrity && !d.cia.availability) {
      return refuse('6.1.2 c', 'a risk affects at least one of confidentiality, integrity and availability');
    }
    return one({
      type: 'RiskIdentified',
      data: { riskId: d.riskId, scenario: d.scenario, asset: d.asset, owner: d.owner, cia: d.cia, at: d.at },
    });
  },
};
