import { describe, expect, it } from 'vitest';
import {
  compareVietnameseNames,
  foldDiacritics,
  matchesFolded,
  nameSortKey,
} from '../../shared/text/vietnamese';

const sortNames = (names: string[]) => [...names].sort(compareVietnameseNames);

describe('foldDiacritics', () => {
  it('folds Vietnamese names to plain lower-case ASCII', () => {
    expect(foldDiacritics('Nguyễn Thị Hồng')).toBe('nguyen thi hong');
    expect(foldDiacritics('Đặng Đức Dũng')).toBe('dang duc dung');
    expect(foldDiacritics('  Phạm   Văn  Ước ')).toBe('pham van uoc');
  });

  it('gives the same result for NFD input', () => {
    const nfd = 'Nguyễn Thị Hồng'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hồng');
    expect(foldDiacritics(nfd)).toBe('nguyen thi hong');
  });

  it('matches queries typed without diacritics, word by word', () => {
    expect(matchesFolded('Nguyễn Thị Hồng', 'nguyen thi hong')).toBe(true);
    expect(matchesFolded('Nguyễn Thị Hồng', 'hong nguyen')).toBe(true);
    expect(matchesFolded('Đỗ Văn Đức', 'duc')).toBe(true);
    expect(matchesFolded('Nguyễn Thị Hồng', 'nguyen van')).toBe(false);
  });
});

describe('Vietnamese name order', () => {
  it('sorts by given name first', () => {
    expect(sortNames(['Lê Thị Bình', 'Trần Văn An'])).toEqual(['Trần Văn An', 'Lê Thị Bình']);
  });

  it('then by middle name, then by family name', () => {
    expect(sortNames(['Nguyễn Văn An', 'Trần Thị An', 'Lê Văn An'])).toEqual([
      'Trần Thị An',
      'Lê Văn An',
      'Nguyễn Văn An',
    ]);
  });

  it('puts d before đ', () => {
    expect(sortNames(['Lê Đức', 'Trần Dũng'])).toEqual(['Trần Dũng', 'Lê Đức']);
    expect(sortNames(['Đào Văn Đông', 'Đỗ Văn Dương'])).toEqual(['Đỗ Văn Dương', 'Đào Văn Đông']);
  });

  it('orders a < ă < â, e < ê, o < ô < ơ, u < ư', () => {
    expect(sortNames(['Lê Ân', 'Lê Ăn', 'Lê An'])).toEqual(['Lê An', 'Lê Ăn', 'Lê Ân']);
    expect(sortNames(['Hà Thị Ơn', 'Hà Thị Ôn', 'Hà Thị On'])).toEqual(['Hà Thị On', 'Hà Thị Ôn', 'Hà Thị Ơn']);
    expect(sortNames(['Võ Ưng', 'Võ Ung'])).toEqual(['Võ Ung', 'Võ Ưng']);
    expect(sortNames(['Mai Thị Ê', 'Mai Thị E'])).toEqual(['Mai Thị E', 'Mai Thị Ê']);
  });

  it('puts tones after the base letter: none, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sortNames(['Lê Thị Ánh', 'Lê Thị Ạnh', 'Lê Thị Anh', 'Lê Thị Ảnh', 'Lê Thị Ãnh', 'Lê Thị Ành'])).toEqual([
      'Lê Thị Anh', 'Lê Thị Ành', 'Lê Thị Ảnh', 'Lê Thị Ãnh', 'Lê Thị Ánh', 'Lê Thị Ạnh',
    ]);
    // Tone only breaks ties: "Án" still sorts before "Anh" because n < nh.
    expect(sortNames(['Lê Anh', 'Lê Án'])).toEqual(['Lê Án', 'Lê Anh']);
    // ă with a tone stays after every a.
    expect(sortNames(['Lê Ằng', 'Lê Ạng'])).toEqual(['Lê Ạng', 'Lê Ằng']);
  });

  it('sorts NFD input exactly like NFC input', () => {
    const names = ['Nguyễn Thị Hồng', 'Trần Văn Đức', 'Lê Dũng', 'Phạm Thị Ánh'];
    const nfd = names.map((n) => n.normalize('NFD'));
    expect(sortNames(nfd).map((n) => n.normalize('NFC'))).toEqual(sortNames(names));
    for (const n of names) expect(nameSortKey(n.normalize('NFD'))).toBe(nameSortKey(n));
  });

  it('is not fooled by case or extra spaces', () => {
    expect(nameSortKey('  nguyễn   THỊ hồng ')).toBe(nameSortKey('Nguyễn Thị Hồng'));
  });
});
