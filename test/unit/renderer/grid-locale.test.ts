import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import { describe, expect, it } from 'vitest';
import { GRID_LOCALE_VI } from '../../../renderer/src/components/grid/locale';

describe('ag-grid Vietnamese strings', () => {
  it('keeps every key and writes menu items in Vietnamese sentence case', () => {
    expect(Object.keys(GRID_LOCALE_VI).sort()).toEqual(Object.keys(AG_GRID_LOCALE_VN).sort());
    expect(GRID_LOCALE_VI.sortAscending).toBe('Sắp xếp tăng dần');
    expect(GRID_LOCALE_VI.selectAll).toBe('(Chọn tất cả)');
    expect(GRID_LOCALE_VI.noRowsToShow).toBe('Không có dữ liệu');
    expect(GRID_LOCALE_VI.dateFormatOoo).toBe('dd/mm/yyyy');
    // Upper-case words (conditions, acronyms) stay as they are.
    expect(GRID_LOCALE_VI.andCondition).toBe('VÀ');
    for (const text of Object.values(GRID_LOCALE_VI)) expect(text.normalize('NFC')).toBe(text);
  });
});
