import { describe, expect, it } from 'vitest';
import { personFields } from '../../../shared/api/people';
import { checkPersonFields, fastPersonFields } from '../../../electron/core/imports/members/person-check';

/**
 * The import's fast check (issue 12) must accept exactly what the zod schema accepts, with the
 * same output, and leave every refusal (with its Vietnamese message) to the schema. A corpus of
 * rows built from each field's edge cases, combined at random with a fixed seed.
 */
const thisYear = new Date().getFullYear();
const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const EDGES: Record<string, unknown[]> = {
  fullName: [
    'Nguyễn Văn An', '  Trần   Thị\tBình  ', 'Nguye\u0302\u0303n Thị Hồng', '', '   ', 'A', 'x'.repeat(100), 'x'.repeat(101), ` ${'y'.repeat(100)} `,
    ' '.repeat(300) + 'Lê', 'z'.repeat(401), 42, null, undefined, 'Lê\u00a0Văn\u2003Tám',
  ],
  gender: [undefined, null, 'nam', 'nu', 'khac', 'Nam', '', 1],
  birthYear: [undefined, null, 1899, 1900, 1985, thisYear, thisYear + 1, 1985.5, Number.NaN, Infinity, '1985', 0, 9999],
  birthDate: [
    undefined, null, '1985-03-15', '1899-12-31', '1900-01-01', '1985-02-29', '1984-02-29', '1985-13-01', '1985-3-15', '15/03/1985',
    today, tomorrow, '9999-12-31', '0000-01-01', '', '1985-03-15T00:00', 19850315,
  ],
  phone: [
    undefined, null, '', '   ', '0912345678', '0912 345 678', '+84912345678', '84912345678', '01689123456', '0212345678', '091234567',
    'abc', '0912-345-678', '(091) 234.5678', '0'.repeat(31), 912345678,
  ],
  cccd: [
    undefined, null, '', '  ', '001085012345', '001 085 012 345', '001185012345', '001285012345', '999085012345', '00108501234',
    '0010850123456', 'abcdefghijkl', '0'.repeat(21), 1085012345,
  ],
  organisation: [undefined, null, '', '  ', 'UBND xã', ' Trường \t THCS  ', 'o'.repeat(200), 'o'.repeat(201), 7],
  jobTitle: [undefined, null, '', 'Bí thư', 'j'.repeat(201)],
  note: [undefined, null, '', 'ghi chú', 'n'.repeat(1000), 'n'.repeat(1001)],
  backgroundRole: [undefined, 'nguoi_dan', 'cong_an', 'y_te', 'khong_co', null, '', 'toString', '__proto__'],
  villageId: [undefined, null, '', 'v1', 'v'.repeat(64), 'v'.repeat(65), 3],
};

function* corpus(size: number): Generator<Record<string, unknown>> {
  let seed = 12;
  // The high bits of a linear congruential generator (its low bits repeat every few draws).
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >>> 12;
  // Each edge once against an ordinary row, then random combinations.
  const ordinary = { fullName: 'Nguyễn Văn An', birthYear: 1985, phone: '0912345678', backgroundRole: 'nguoi_dan' };
  for (const [field, values] of Object.entries(EDGES)) for (const v of values) yield { ...ordinary, [field]: v };
  for (let i = 0; i < size; i++) {
    // Each field an edge case one time in four (absent when the edge is undefined), else ordinary.
    const row: Record<string, unknown> = { ...ordinary };
    for (const [field, values] of Object.entries(EDGES)) {
      if (next() % 4) continue;
      const v = values[next() % values.length];
      if (v === undefined) delete row[field];
      else row[field] = v;
    }
    // Agreeing birth year / date / CCCD often enough that many rows pass every rule.
    if (next() % 3 === 0) Object.assign(row, { birthDate: '1985-03-15', birthYear: 1985, cccd: '001085012345' });
    yield row;
  }
}

describe('the import\'s fast person check (issue 12)', () => {
  it('accepts exactly what personFields accepts, with the same output, on 20,000 generated rows', () => {
    let accepted = 0;
    let refused = 0;
    for (const raw of corpus(20_000)) {
      const zod = personFields.safeParse(raw);
      const fast = fastPersonFields(raw);
      if (zod.success) {
        accepted++;
        expect(fast, JSON.stringify(raw)).toStrictEqual(zod.data);
      } else {
        refused++;
        expect(fast, JSON.stringify(raw)).toBeNull();
      }
      const checked = checkPersonFields(raw);
      expect(checked.person).toStrictEqual(zod.success ? zod.data : null);
      expect(checked.errors).toStrictEqual(zod.success ? null : zod.error.issues.map((i) => i.message));
    }
    // The corpus exercises both sides.
    expect(accepted).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(1000);
  });

  it('leaves the Vietnamese refusals to the schema', () => {
    expect(checkPersonFields({ fullName: '  ', phone: 'abc' }).errors).toEqual([
      'Họ và tên không được để trống.',
      'Số điện thoại chỉ được chứa chữ số (có thể bắt đầu bằng +84).',
    ]);
    expect(checkPersonFields({ fullName: 'An', birthYear: 1990, cccd: '001085012345' }).errors).toEqual([
      'Số CCCD ứng với năm sinh 1985, không khớp năm sinh đã nhập (1990).',
    ]);
  });
});
