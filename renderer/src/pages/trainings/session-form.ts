import type { OperationInput } from '../../../../shared/api';
import type { Trainer, TrainingSessionDetail } from '../../../../shared/api/trainings';
import { formatDate, parseDate } from '../../lib/dates';
import { parseTime } from './format';

/** The dialog's text fields, as typed. Topics and trainers are kept beside them as lists. */
export function sessionValues(s: TrainingSessionDetail | null, today: string) {
  return {
    title: s?.title ?? '',
    date: s ? formatDate(s.date) : today,
    startTime: s?.startTime ?? '',
    endTime: s?.endTime ?? '',
    place: s?.place ?? '',
    format: s?.format ?? 'in_person',
    organiserKind: s?.organiserKind ?? 'commune',
    organiserName: s?.organiserName ?? '',
    coOrganised: s?.coOrganised ? 'yes' : 'no',
    audience: s?.audience ?? '',
    note: s?.note ?? '',
  };
}

export type SessionValues = ReturnType<typeof sessionValues>;

/** A trainer row while editing: a register member (personId) or an outside person (name). */
export interface TrainerDraft {
  key: string;
  personId: string | null;
  name: string;
  organisation: string;
}

export const trainerDrafts = (trainers: Trainer[]): TrainerDraft[] =>
  trainers.map((t, i) => ({ key: `t${i}`, personId: t.personId, name: t.name, organisation: t.organisation ?? '' }));

export function sessionInput(v: SessionValues, topicIds: string[], trainers: TrainerDraft[]): OperationInput<'trainings.create'> {
  return {
    title: v.title,
    topicIds,
    date: parseDate(v.date),
    startTime: parseTime(v.startTime),
    endTime: parseTime(v.endTime),
    place: v.place,
    format: v.format as OperationInput<'trainings.create'>['format'],
    organiserKind: v.organiserKind as OperationInput<'trainings.create'>['organiserKind'],
    organiserName: v.organiserName,
    coOrganised: v.organiserKind !== 'commune' && v.coOrganised === 'yes',
    // A member trainer's name and unit come from the register; an outside one's are typed.
    trainers: trainers.map((t) => (t.personId ? { personId: t.personId } : { name: t.name, organisation: t.organisation })),
    audience: v.audience,
    note: v.note,
  };
}
