import { describe, expect, it } from 'vitest';
import { filterInvitees, queryWords as attendanceWords } from '../../renderer/src/pages/trainings/attendance/attendance-search';
import type { TrainingInvitee } from '../../shared/api/trainings';
import { matchesWordPrefixes, queryWords, searchTextFrom, searchWords } from '../../shared/text/search';

/** One meaning of a search box everywhere (issue 12): each word a word prefix, folded. */
describe('word-prefix search', () => {
  it('splits and folds text into words as FTS5 unicode61 does', () => {
    expect(searchWords('Nguyễn Thị-Hồng (UBND xã)')).toEqual(['nguyen', 'thi', 'hong', 'ubnd', 'xa']);
    expect(searchTextFrom('Đặng Đức', '0912345678', null)).toBe('dang duc 0912345678');
  });

  it('ignores diacritics and case, NFC and NFD alike, đ = d', () => {
    for (const query of ['nguyen thi hong', 'NGUYỄN THỊ HỒNG', 'Nguyễn Thị Hồng'.normalize('NFD'), 'hồng nguyễn', 'ng th ho']) {
      expect(matchesWordPrefixes('Nguyễn Thị Hồng', query), query).toBe(true);
    }
    expect(matchesWordPrefixes('Đỗ Văn Đức', 'do duc')).toBe(true);
    expect(matchesWordPrefixes('Đỗ Văn Đức', 'đ đ')).toBe(true);
  });

  it('matches word starts only, not any substring', () => {
    expect(matchesWordPrefixes('Phùng Văn Hùng', 'hung')).toBe(true);
    expect(matchesWordPrefixes('Phùng Văn Sơn', 'hung')).toBe(false); // "hung" inside Phùng is not a word start
    expect(matchesWordPrefixes('Lê Thị Xuân', 'an')).toBe(false);
    expect(matchesWordPrefixes('Nguyễn Thị Lan', 'nguyen van')).toBe(false);
  });

  it('caps the words of a query and ignores punctuation', () => {
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
    expect(queryWords(' "nguyen"* OR hong; ')).toEqual(['nguyen', 'or', 'hong']);
  });

  it('is the attendance screen\'s meaning too', () => {
    const invitee = (fullName: string) => ({ id: fullName, fullName }) as TrainingInvitee;
    const list = ['Nguyễn Thị Lan', 'Phùng Văn Sơn', 'Trần Hùng', 'Lê Thị Xuân'].map(invitee);
    for (const typed of ['lan nguyen', 'hung', 'an', 'Xuân', 'đ']) {
      const words = attendanceWords(typed);
      expect(filterInvitees(list, words).map((i) => i.fullName), typed).toEqual(list.filter((i) => matchesWordPrefixes(i.fullName, typed)).map((i) => i.fullName));
    }
  });
});
