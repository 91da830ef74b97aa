import { describe, expect, it } from 'vitest';
import { cellAfterKey } from '../../../renderer/src/pages/reports/activity-entry';

// The entry grid's keyboard moves by the rows' places in the grid, since only the rows in view are
// drawn (issue 11). Five team rows; row 2 is read-only (its quarter was entered by months); row 5
// is the targets row, which has the indicator boxes but no note.
const table = { teams: 5, columns: ['a', 'b', 'note'], editable: (row: number) => row !== 2 };
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });

describe('where a key sends the focus in the activity table', () => {
  it('Enter and ↓ go down the same column, skipping read-only rows, into the targets', () => {
    expect(cellAfterKey(key('Enter'), { row: 1, column: 'a' }, table)).toEqual({ row: 3, column: 'a' });
    expect(cellAfterKey(key('ArrowDown'), { row: 4, column: 'b' }, table)).toEqual({ row: 5, column: 'b' });
    expect(cellAfterKey(key('ArrowDown'), { row: 5, column: 'b' }, table)).toBeNull();
    // The targets have no note: ↓ from the last note stays.
    expect(cellAfterKey(key('ArrowDown'), { row: 4, column: 'note' }, table)).toBeNull();
  });

  it('Shift+Enter and ↑ go up, from the targets into the team rows', () => {
    expect(cellAfterKey(key('Enter', true), { row: 3, column: 'a' }, table)).toEqual({ row: 1, column: 'a' });
    expect(cellAfterKey(key('ArrowUp'), { row: 5, column: 'a' }, table)).toEqual({ row: 4, column: 'a' });
    expect(cellAfterKey(key('ArrowUp'), { row: 0, column: 'a' }, table)).toBeNull();
  });

  it('Tab past the note goes to the next typed row; Shift+Tab back from the first box; inside a row the browser moves', () => {
    expect(cellAfterKey(key('Tab'), { row: 1, column: 'note' }, table)).toEqual({ row: 3, column: 'a' });
    expect(cellAfterKey(key('Tab'), { row: 4, column: 'note' }, table)).toEqual({ row: 5, column: 'a' });
    expect(cellAfterKey(key('Tab', true), { row: 3, column: 'a' }, table)).toEqual({ row: 1, column: 'note' });
    expect(cellAfterKey(key('Tab', true), { row: 5, column: 'a' }, table)).toEqual({ row: 4, column: 'note' });
    expect(cellAfterKey(key('Tab', true), { row: 0, column: 'a' }, table)).toBeNull();
    expect(cellAfterKey(key('Tab'), { row: 1, column: 'a' }, table)).toBeNull();
    expect(cellAfterKey(key('Tab'), { row: 5, column: 'b' }, table)).toBeNull();
    expect(cellAfterKey(key('x'), { row: 1, column: 'a' }, table)).toBeNull();
  });
});
