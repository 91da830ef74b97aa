import { describe, expect, it } from 'vitest';
import { operations } from '../../../shared/api';
import { villageFields } from '../../../shared/api/villages';
import { ApiError } from '../../../renderer/src/api/errors';
import { formatDate, parseDate, todayTyped } from '../../../renderer/src/lib/dates';
import { serverFieldErrors, splitErrors, validate } from '../../../renderer/src/lib/form-errors';
import { formatCount, parseCount } from '../../../renderer/src/lib/numbers';
import { shortTeamName } from '../../../renderer/src/lib/team-names';
import { emptyPersonValues, personInputOf } from '../../../renderer/src/pages/people/person-form';

describe('dates typed dd/mm/yyyy', () => {
  it('converts what officers type to ISO and back', () => {
    expect(parseDate('05/01/2026')).toBe('2026-01-05');
    expect(parseDate(' 5/1/2026 ')).toBe('2026-01-05');
    expect(parseDate('05-01-2026')).toBe('2026-01-05');
    expect(parseDate('05.01.2026')).toBe('2026-01-05');
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate(null)).toBe('');
    expect(todayTyped(new Date(2026, 0, 5))).toBe('05/01/2026');
  });

  it('lets the contract explain a wrong date in Vietnamese', () => {
    const schema = operations['teams.endMembership'].input;
    const input = (on: string) => ({ membershipId: 'm', version: 0, on: parseDate(on) });
    expect(validate(schema, input('31/02/2026'))).toEqual({ ok: false, errors: { on: 'Ngày không tồn tại.' } });
    expect(validate(schema, input('hôm qua'))).toEqual({ ok: false, errors: { on: 'Ngày không hợp lệ (cần dạng dd/mm/yyyy).' } });
    expect(validate(schema, input('30/06/2026')).ok).toBe(true);
  });
});

describe('counts', () => {
  it('reads Vietnamese thousands separators and leaves garbage for the schema to refuse', () => {
    expect(parseCount('1.250')).toBe(1250);
    expect(parseCount('')).toBeNull();
    expect(parseCount('khoảng 200')).toBeNaN();
    expect(formatCount(1180)).toBe('1.180');
    const checked = validate(villageFields, { name: '', kind: 'thon', households: parseCount('khoảng 200') });
    expect(checked).toEqual({
      ok: false,
      errors: { name: 'Tên thôn/tổ dân phố không được để trống.', households: 'Số hộ phải là số.' },
    });
  });
});

describe('field errors', () => {
  it('puts the contract messages of a new member under the person fields', () => {
    const input = (phone: string) => ({
      teamId: 't', teamVersion: 0, position: 'thanh_vien', startDate: '2026-01-05',
      newPerson: personInputOf({ ...emptyPersonValues, fullName: 'Lê Văn Tám', phone, cccd: '12345' }),
    });
    const personErrors = (phone: string) => {
      const checked = validate(operations['teams.addMember'].input, input(phone));
      return checked.ok ? null : splitErrors(checked.errors, 'newPerson');
    };
    expect(personErrors('0912')).toEqual([{ phone: 'Số điện thoại phải có 10 chữ số (đang có 4).' }, {}]);
    // The CCCD is checked against the birth year once the fields themselves are valid.
    expect(personErrors('0912 345 678')).toEqual([{ cccd: 'Số CCCD phải gồm đúng 12 chữ số.' }, {}]);
  });

  it('maps a server VALIDATION error to fields, and any other error to the whole form', () => {
    const validation = new ApiError('VALIDATION', 'x', { issues: [{ path: 'person.phone', message: 'Sai số' }] });
    expect(serverFieldErrors(validation, 'person')).toEqual({ phone: 'Sai số' });
    const conflict = new ApiError('CONFLICT', 'Dữ liệu đã được người khác thay đổi.');
    expect(serverFieldErrors(conflict)).toEqual({ '': 'Dữ liệu đã được người khác thay đổi.' });
  });

  it('keeps fields the person form does not show when editing', () => {
    const input = personInputOf({ ...emptyPersonValues, fullName: 'A' }, { birthDate: '1990-02-03', note: 'ghi chú' });
    expect(input).toMatchObject({ birthDate: '1990-02-03', note: 'ghi chú', gender: null, villageId: null, birthYear: null });
  });
});

describe('short team names', () => {
  it('drops the words every team name starts with, whatever the keyboard sent', () => {
    expect(shortTeamName('Tổ công nghệ số cộng đồng thôn Tây')).toBe('Thôn Tây');
    expect(shortTeamName('Tổ công nghệ số cộng đồng xã Hòa Bình'.normalize('NFD'))).toBe('Xã Hòa Bình'.normalize('NFD'));
    expect(shortTeamName('Tổ CNSCĐ thôn Đông')).toBe('Tổ CNSCĐ thôn Đông');
    expect(shortTeamName('Tổ công nghệ số cộng đồng')).toBe('Tổ công nghệ số cộng đồng');
  });
});
