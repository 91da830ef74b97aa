import type { OperationName } from '../../../shared/api';

/**
 * Which cached reads each change makes stale. One table, so a new mutation cannot forget a
 * screen: villages carry team counts, teams carry village names and warnings, people lists
 * carry teams and villages, and the rule check looks at all of them.
 */
// Team and member changes also move what decisions and reports show.
const REGISTER_READS: OperationName[] = [
  'villages.list', 'teams.list', 'teams.get', 'people.search', 'people.get', 'rules.check',
  'decisions.consolidationNeeds', 'reports.activityGrid',
];

export const INVALIDATES: Partial<Record<OperationName, OperationName[]>> = {
  // A restore replaces everything: BackupsPage clears the whole cache itself.
  'backups.create': ['backups.list'],
  // Province consolidation (issue 13)
  'consolidation.addCommunes': ['consolidation.status', 'consolidation.overview'],
  'consolidation.addReports': ['consolidation.status', 'consolidation.overview'],
  'commune.save': ['commune.get', 'teams.list', 'teams.get', 'rules.check'],
  'villages.create': REGISTER_READS,
  'villages.update': REGISTER_READS,
  'villages.setStatus': REGISTER_READS,
  'teams.create': REGISTER_READS,
  'teams.update': REGISTER_READS,
  'teams.setStatus': REGISTER_READS,
  'teams.addMember': REGISTER_READS,
  'teams.addMembers': REGISTER_READS, // daily: several at once
  'teams.changePosition': REGISTER_READS,
  'teams.endMembership': REGISTER_READS,
  'people.create': ['people.search', 'people.get'],
  'people.update': ['people.search', 'people.get', 'teams.list', 'teams.get', 'rules.check'],
  // Deleting a person's data renames their seats and attendance rows everywhere.
  'people.delete': [...REGISTER_READS, 'trainings.list', 'trainings.get'],
  // Other capabilities that change the register behind its back: issuing a decision
  // establishes or dissolves teams; an import creates people and memberships. Their own
  // screens add the reads of their capability here.
  'decisions.issue': [...REGISTER_READS, 'decisions.list', 'decisions.get', 'decisions.consolidationNeeds'],
  'imports.commitMembers': REGISTER_READS,
  // Decision drafts and signatures change only the decision reads (issuing is above).
  'decisions.createDraft': ['decisions.list'],
  'decisions.draftConsolidation': ['decisions.list'],
  'decisions.updateDraft': ['decisions.list', 'decisions.get'],
  'decisions.deleteDraft': ['decisions.list'], // not decisions.get: the page of the deleted draft is left
  'decisions.sign': ['decisions.list', 'decisions.get'],
  'decisions.signWithToken': ['decisions.list', 'decisions.get'],
  'token.setModule': ['token.getModule'],
  'decisions.importSigned': ['decisions.list', 'decisions.get'],
  // Legal acts (issue 8): drafts read the commune's legal bases and show what is missing.
  'decisions.createAmendment': ['decisions.list'],
  'commune.saveLegalBasis': ['commune.legalBases', 'decisions.get'],
  'commune.clearLegalBasis': ['commune.legalBases', 'decisions.get'],
  // Trainings. A mark changes one row and the counts: the attendance screen writes the answer
  // into its cached session itself, so the session is not fetched again per key press.
  'trainings.addTopic': ['trainings.topics'],
  'trainings.create': ['trainings.list'],
  'trainings.update': ['trainings.list', 'trainings.get', 'trainings.personHistory', 'trainings.attendanceDays'],
  'trainings.setStatus': ['trainings.list', 'trainings.get', 'trainings.personHistory', 'trainings.attendanceDays'],
  'trainings.delete': ['trainings.list', 'trainings.personHistory', 'trainings.attendanceDays'],
  'trainings.invite': ['trainings.list', 'trainings.get', 'trainings.personHistory'],
  'trainings.removeInvitee': ['trainings.list', 'trainings.get', 'trainings.personHistory'],
  'trainings.addWalkIn': ['trainings.list', 'trainings.get', 'trainings.attendanceDays'],
  'trainings.mark': ['trainings.list', 'trainings.personHistory', 'trainings.attendanceDays'],
  'trainings.unmark': ['trainings.list', 'trainings.personHistory', 'trainings.attendanceDays'],
  'trainings.markAllPresent': ['trainings.list', 'trainings.personHistory', 'trainings.attendanceDays'],
  // Reports. A saved row or target changes the grid's versions and totals; a built report
  // enters the register and leaves the due list.
  'reports.saveActivity': ['reports.activityGrid'],
  'reports.saveTargets': ['reports.activityGrid'],
  'reports.createIndicator': ['reports.indicators', 'reports.activityGrid'],
  'reports.updateIndicator': ['reports.indicators', 'reports.activityGrid'],
  'reports.build': ['reports.list', 'reports.due', 'reports.nextNumber'],
  // The trust store (signing): adding a CA can make archived signatures trusted.
  'trust.add': ['trust.list', 'decisions.list', 'decisions.get'],
  'trust.remove': ['trust.list'],
};
