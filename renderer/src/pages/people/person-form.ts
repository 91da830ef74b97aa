import type { OperationInput, Person } from '../../../../shared/api';
import { parseCount } from '../../lib/numbers';

/** A person as the form holds it: every field as typed. */
export const emptyPersonValues = {
  fullName: '',
  gender: '',
  birthYear: '',
  phone: '',
  cccd: '',
  organisation: '',
  jobTitle: '',
  backgroundRole: 'nguoi_dan',
  villageId: '',
};
export type PersonValues = typeof emptyPersonValues;

export function personValuesOf(p: Person): PersonValues {
  return {
    fullName: p.fullName,
    gender: p.gender ?? '',
    birthYear: p.birthYear?.toString() ?? '',
    phone: p.phone ?? '',
    cccd: p.cccd ?? '',
    organisation: p.organisation ?? '',
    jobTitle: p.jobTitle ?? '',
    backgroundRole: p.backgroundRole,
    villageId: p.villageId ?? '',
  };
}

type PersonInput = OperationInput<'people.create'>['person'];

/**
 * The contract's person fields from the form. Fields this form does not show (birth date,
 * note) are carried over from the record being edited, so an edit never erases them.
 */
export function personInputOf(v: PersonValues, kept?: Pick<Person, 'birthDate' | 'note'>): PersonInput {
  return {
    fullName: v.fullName,
    gender: (v.gender || null) as PersonInput['gender'],
    birthYear: parseCount(v.birthYear),
    phone: v.phone,
    cccd: v.cccd,
    organisation: v.organisation,
    jobTitle: v.jobTitle,
    backgroundRole: v.backgroundRole as PersonInput['backgroundRole'],
    villageId: v.villageId || null,
    birthDate: kept?.birthDate ?? null,
    note: kept?.note ?? null,
  };
}
