import type { MarkResult, TrainingInvitee, TrainingSessionDetail } from '../../../../../shared/api/trainings';
import { compareVietnameseNames } from '../../../../../shared/text/vietnamese';

/**
 * The cached session with one invitee replaced (or, for a new walk-in, added in name order) and
 * the counts, status and version the mark returned: one row changes, the other rows keep their
 * identity, so their memoised components do not render again.
 */
export function applyMark(s: TrainingSessionDetail, r: MarkResult): TrainingSessionDetail {
  const at = s.invitees.findIndex((i) => i.id === r.invitee.id);
  const invitees = at >= 0 ? s.invitees.with(at, r.invitee) : insertByName(s.invitees, r.invitee);
  return {
    ...s, invitees, summary: r.summary, status: r.sessionStatus, version: r.sessionVersion,
    hasAttendance: invitees.some((i) => i.mark !== null),
  };
}

/** What the screen shows at once, before the back end answers: the row's new mark. */
export function applyOptimistic(s: TrainingSessionDetail, inviteeId: string, mark: TrainingInvitee['mark']): TrainingSessionDetail {
  const at = s.invitees.findIndex((i) => i.id === inviteeId);
  return at < 0 ? s : { ...s, invitees: s.invitees.with(at, { ...s.invitees[at], mark }) };
}

function insertByName(list: TrainingInvitee[], added: TrainingInvitee): TrainingInvitee[] {
  const at = list.findIndex((i) => compareVietnameseNames(added.fullName, i.fullName) < 0);
  return at < 0 ? [...list, added] : [...list.slice(0, at), added, ...list.slice(at)];
}
