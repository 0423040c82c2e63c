import { type ContextIssueEvent, contextIssueLifecycle, dayOf } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState } from './state.js';

const statusAfter = recordedStatus(contextIssueLifecycle, 'none');

/**
 * Folds one context event into the auditor's state (in place): an issue's status from the
 * context's life cycle (nothing lapses), and each climate-change decision in the order recorded —
 * a revision is the later of its cycle's decisions.
 */
export const applyContextIssueEvent = (state: AuditorState, event: RecordedEvent<ContextIssueEvent>): void => {
  switch (event.type) {
    case 'ClimateDecisionRecorded': {
      const d = event.data;
      state.climateDecisions.push({
        reviewId: d.reviewId,
        relevant: d.relevant,
        rationale: d.rationale,
        contextIssueIds: d.contextIssueIds,
        decidedBy: d.decidedBy,
        day: dayOf(d.at),
        revisionReason: d.revisionReason,
        evidence: evidenceOf(event),
      });
      return;
    }
    case 'ContextIssueRaised':
      state.contextIssues.set(event.data.contextIssueId, {
        contextIssueId: event.data.contextIssueId,
        description: event.data.description,
        raised: evidenceOf(event),
        status: statusAfter(contextIssueLifecycle.initial, event),
      });
      return;
    default: {
      const issue = state.contextIssues.get(event.data.contextIssueId);
      if (issue !== undefined) issue.status = statusAfter(issue.status, event);
    }
  }
};
