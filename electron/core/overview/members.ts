/**
 * "Members" on Tổng quan and in the people list's filter mean the same rows: people holding a
 * current seat in a team that is not dissolved, each counted once.
 */
export const CURRENT_MEMBER_IDS = `SELECT m.person_id FROM membership m JOIN team t ON t.id = m.team_id
  WHERE m.end_date IS NULL AND t.status <> 'dissolved'`;

/** A person who attended (present or late) at least one held session. */
export const TRAINED_PERSON_IDS = `SELECT i.person_id FROM training_invitee i JOIN training_session s ON s.id = i.session_id
  WHERE s.status = 'held' AND i.attendance IN ('present', 'late') AND i.person_id IS NOT NULL`;
