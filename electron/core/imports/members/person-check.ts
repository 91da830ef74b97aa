import { personFields } from '../../../../shared/api/people';
import { BACKGROUND_ROLES, GENDERS, type BackgroundRole } from '../../../../shared/domain/vocabulary';
import { checkCccd, normalizePhone } from '../../../../shared/text/identity';
import type { PersonFields } from '../../people/repository';

/**
 * `personFields` (shared/api/people.ts) for one imported row, fast (issue 12: the zod parse was
 * most of a 10,000-row preview's own cost). `fastPersonFields` applies the same rules in one
 * plain pass and answers only for a row that passes all of them; any row it is unsure of, and
 * every row in error, goes to the zod schema itself, so every refusal and its Vietnamese
 * message is the schema's own. test/unit/electron/person-check.test.ts holds the two to the same
 * answer on a generated corpus with the edge cases of every rule.
 */
export function checkPersonFields(raw: Record<string, unknown>): { person: PersonFields; errors: null } | { person: null; errors: string[] } {
  const fast = fastPersonFields(raw);
  if (fast) return { person: fast, errors: null };
  const parsed = personFields.safeParse(raw);
  return parsed.success ? { person: parsed.data, errors: null } : { person: null, errors: parsed.error.issues.map((i) => i.message) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const absent = (v: unknown) => v === undefined || v === null;

/** optionalText: NFC, runs of spaces/tabs folded, trimmed, empty → null; null when over `max` (refused later). */
function optionalText(v: unknown, max: number): string | null | undefined {
  if (absent(v)) return null;
  if (typeof v !== 'string' || v.length > max) return undefined;
  return v.normalize('NFC').replace(/[ \t]+/gu, ' ').trim() || null;
}

/** The schema's output for a row that passes every rule, else null (let zod say why). */
export function fastPersonFields(raw: Record<string, unknown>): PersonFields | null {
  const { fullName: name, gender, birthYear: year, birthDate: date, phone: phoneText, cccd: cccdText, backgroundRole: role, villageId } = raw;
  // requiredText('Họ và tên', 100)
  if (typeof name !== 'string' || name.length > 400) return null;
  const fullName = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (fullName.length < 1 || fullName.length > 100) return null;
  if (!absent(gender) && (typeof gender !== 'string' || !Object.hasOwn(GENDERS, gender))) return null;
  if (!absent(year) && (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > new Date().getFullYear())) return null;
  if (!absent(date)) {
    if (typeof date !== 'string' || date.length > 10 || !ISO_DATE.test(date)) return null;
    const at = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(at.getTime()) || !at.toISOString().startsWith(date)) return null;
    if (Number(date.slice(0, 4)) < 1900 || date > new Date().toISOString().slice(0, 10)) return null;
  }
  let phone: string | null = null;
  if (!absent(phoneText)) {
    if (typeof phoneText !== 'string' || phoneText.length > 30) return null;
    if (phoneText.trim()) {
      const checked = normalizePhone(phoneText);
      if (!checked.ok) return null;
      phone = checked.value;
    }
  }
  let cccd: string | null = null;
  if (!absent(cccdText)) {
    if (typeof cccdText !== 'string' || cccdText.length > 20) return null;
    cccd = cccdText.trim() ? cccdText.replace(/\s/gu, '') : null;
  }
  const organisation = optionalText(raw.organisation, 200);
  const jobTitle = optionalText(raw.jobTitle, 200);
  const note = optionalText(raw.note, 1000);
  if (organisation === undefined || jobTitle === undefined || note === undefined) return null;
  if (role !== undefined && (typeof role !== 'string' || !Object.hasOwn(BACKGROUND_ROLES, role))) return null;
  if (!absent(villageId) && (typeof villageId !== 'string' || villageId.length < 1 || villageId.length > 64)) return null;
  const birthDate = absent(date) ? null : (date as string);
  const birthYear = birthDate ? Number(birthDate.slice(0, 4)) : absent(year) ? null : (year as number);
  if (birthDate && !absent(year) && year !== birthYear) return null;
  if (cccd && !checkCccd(cccd, birthYear).ok) return null;
  return {
    fullName, gender: absent(gender) ? null : (gender as keyof typeof GENDERS), birthYear, birthDate, phone, cccd, organisation, jobTitle,
    backgroundRole: (role as BackgroundRole | undefined) ?? 'nguoi_dan', villageId: absent(villageId) ? null : (villageId as string), note,
  };
}
