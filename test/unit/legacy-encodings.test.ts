import { describe, expect, it } from 'vitest';
import {
  TCVN3_TO_UNICODE,
  detectLegacyEncoding,
  encodingOfFont,
  isVietnameseSyllable,
  tcvn3ToUnicode,
  toUnicode,
  toUnicodeAs,
  vniToUnicode,
} from '../../shared/text/legacy';

const SHY = '\u00ad'; // TCVN3 "ư" is byte 0xAD, shown by Excel as a soft hyphen

describe('TCVN3 table', () => {
  it('covers each of the 67 lower-case Vietnamese letters with a diacritic exactly once', () => {
    const marks = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
    const expected = new Set<string>(['đ']);
    for (const vowel of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']) {
      for (const mark of marks) expected.add((vowel + mark).normalize('NFC'));
    }
    for (const plain of 'aeiouy') expected.delete(plain);
    expect(expected.size).toBe(67);
    const lower = [...TCVN3_TO_UNICODE.values()].filter((c) => c === c.toLowerCase());
    expect(lower).toHaveLength(67);
    expect(new Set(lower)).toEqual(expected);
  });

  it('has the seven capitals of VN3 at 0xA1–0xA7', () => {
    const capitals = [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7].map((code) =>
      TCVN3_TO_UNICODE.get(String.fromCharCode(code)),
    );
    expect(capitals.join('')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('matches the standard at well-known codes', () => {
    const at = (code: number) => TCVN3_TO_UNICODE.get(String.fromCharCode(code));
    expect([0xb5, 0xb6, 0xb7, 0xb8, 0xb9].map(at).join('')).toBe('àảãáạ');
    expect([0xd2, 0xd3, 0xd4, 0xd5, 0xd6].map(at).join('')).toBe('ềểễếệ');
    expect([0xf5, 0xf6, 0xf7, 0xf8, 0xf9].map(at).join('')).toBe('ừửữứự');
    expect([0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae].map(at).join('')).toBe('ăâêôơưđ');
    expect(at(0xe0)).toBeUndefined(); // à is not a TCVN3 code
  });
});

describe('TCVN3 text (.VnTime)', () => {
  const cases: Array<[string, string]> = [
    ['NguyÔn V¨n Hïng', 'Nguyễn Văn Hùng'],
    [`TrÇn ThÞ Thu H${SHY}êng`, 'Trần Thị Thu Hường'],
    ['§Æng §øc Dòng', 'Đặng Đức Dũng'],
    ['Lª V¨n Quý', 'Lê Văn Quý'],
    ['Ph¹m Ngäc Lan', 'Phạm Ngọc Lan'],
    ['Hoµng ThÞ Thóy', 'Hoàng Thị Thúy'],
    ['Th«n §«ng, x· Hoµ B×nh', 'Thôn Đông, xã Hoà Bình'],
    ['Bïi ThÕ Tr¾ng', 'Bùi Thế Trắng'],
    ['Vò ThÞ Ngo·n', 'Vũ Thị Ngoãn'],
  ];
  it.each(cases)('%s → %s', (legacy, unicode) => {
    expect(toUnicode(legacy, '.VnTime')).toEqual({ text: unicode, encoding: 'tcvn3' });
    // The characters alone are enough to recognise it.
    expect(toUnicode(legacy)).toEqual({ text: unicode, encoding: 'tcvn3' });
  });

  it('upper-cases words typed in capitals, since VN3 has no capital toned letters', () => {
    expect(toUnicode('NGUYÔN V¡N HïNG', '.VnTime').text).toBe('NGUYỄN VĂN HÙNG');
    expect(toUnicode('§ÆNG', '.VnArial').text).toBe('ĐẶNG');
    // Title case stays title case, also for two-letter names.
    expect(tcvn3ToUnicode('Hµ Lª Vò')).toBe('Hà Lê Vũ');
  });
});

describe('TCVN3 capitals fonts (.VnTimeH)', () => {
  it('turns lower-case codes into capitals', () => {
    expect(toUnicode('nguyÔn thÞ hång', '.VnTimeH')).toEqual({
      text: 'NGUYỄN THỊ HỒNG',
      encoding: 'tcvn3-h',
    });
    expect(toUnicode('DANH S¸CH THµNH VI£N', '.VnTimeH').text).toBe('DANH SÁCH THÀNH VIÊN');
    expect(toUnicode(`tr${SHY}êng ®¹i häc`, '.VnArial NarrowH').text).toBe('TRƯỜNG ĐẠI HỌC');
  });

  it('is guessed from all-capital text without a font name', () => {
    expect(toUnicode('ñY BAN NH¢N D¢N X·')).toEqual({
      text: 'ỦY BAN NHÂN DÂN XÃ',
      encoding: 'tcvn3-h',
    });
  });
});

describe('VNI-Windows text', () => {
  const cases: Array<[string, string]> = [
    ['Nguyeãn Vaên Huøng', 'Nguyễn Văn Hùng'],
    ['Traàn Thò Thu Höôøng', 'Trần Thị Thu Hường'],
    ['Ñaëng Ñöùc Duõng', 'Đặng Đức Dũng'],
    ['Phaïm Ngoïc AÙnh', 'Phạm Ngọc Ánh'],
    ['Leâ Vaên Quyù', 'Lê Văn Quý'],
    ['Hoaøng Thò Thuùy', 'Hoàng Thị Thúy'],
    ['Nguyeãn Thò Mî', 'Nguyễn Thị Mỵ'],
    ['Buøi Vaên Thaéng', 'Bùi Văn Thắng'],
    ['Thoân Ñoâng, xaõ Hoaø Bình', 'Thôn Đông, xã Hoà Bình'],
  ];
  it.each(cases)('%s → %s', (legacy, unicode) => {
    expect(toUnicode(legacy, 'VNI-Times')).toEqual({ text: unicode, encoding: 'vni' });
    expect(toUnicode(legacy)).toEqual({ text: unicode, encoding: 'vni' });
  });

  it('converts capitals written with upper-case accent bytes', () => {
    expect(vniToUnicode('NGUYEÃN THÒ HOAØNG')).toBe('NGUYỄN THỊ HOÀNG');
    expect(vniToUnicode('ÑAËNG ÑÖÙC DUÕNG')).toBe('ĐẶNG ĐỨC DŨNG');
    expect(vniToUnicode('HUYØNH THÒ THUÛY MÎ')).toBe('HUỲNH THỊ THỦY MỴ');
    expect(vniToUnicode('ÔÛ ÖÔÙC ÆÓ')).toBe('Ở ƯỚC ỈĨ');
  });

  it('round-trips names through an independent VNI encoder', () => {
    for (const name of NAMES) {
      expect(vniToUnicode(encodeVni(name))).toBe(name);
      expect(vniToUnicode(encodeVni(name.toUpperCase()))).toBe(name.toUpperCase());
      expect(toUnicode(encodeVni(name)).encoding).toBe('vni');
    }
  });
});

describe('no false positives', () => {
  const unicodeTexts = [
    'Nguyễn Thị Hồng',
    'Nguyễn Thị Hồng'.normalize('NFD'),
    'Đà Nẵng',
    'Võ Lê Hà',
    'Ô Môn',
    'Lê',
    'Hoà Toàn Thái',
    'John Smith',
    'François Müller',
    'café crème, résumé, naïve, Zoë, São Paulo, Straße, Ça va',
    'Hôtel de Ville « Paris »',
    'Email: nguyen.van.a@example.com',
    '+84 912 345 678',
    '=SUM(A1:A3)',
    '12/05/1990',
    '',
  ];
  it.each(unicodeTexts)('%s stays unicode', (text) => {
    expect(detectLegacyEncoding(text)).toBe('unicode');
    expect(toUnicode(text).text).toBe(text.normalize('NFC'));
  });

  it('normalises NFD to NFC', () => {
    const nfd = 'Trần Thị Thu Hường'.normalize('NFD');
    expect(toUnicode(nfd)).toEqual({ text: 'Trần Thị Thu Hường', encoding: 'unicode' });
  });

  it('keeps Unicode text Unicode even in a legacy-font cell', () => {
    // Someone typed with a Unicode keyboard into a .VnTime cell: ù must not become ự.
    expect(toUnicode('Nguyễn Văn Hùng', '.VnTime')).toEqual({
      text: 'Nguyễn Văn Hùng',
      encoding: 'unicode',
    });
    expect(toUnicodeAs('Đặng Hùng', 'vni')).toEqual({ text: 'Đặng Hùng', encoding: 'unicode' });
  });
});

describe('font names', () => {
  it('maps legacy fonts and leaves others to the heuristics', () => {
    expect(encodingOfFont('.VnTime')).toBe('tcvn3');
    expect(encodingOfFont('.VnArial Narrow')).toBe('tcvn3');
    expect(encodingOfFont('.VnTimeH')).toBe('tcvn3-h');
    expect(encodingOfFont('.VnArialH ')).toBe('tcvn3-h');
    expect(encodingOfFont('VNI-Times')).toBe('vni');
    expect(encodingOfFont('VNI-Helve')).toBe('vni');
    expect(encodingOfFont('Times New Roman')).toBeUndefined();
    expect(encodingOfFont(undefined)).toBeUndefined();
  });

  it('decides over the text when present', () => {
    // Plain ASCII in a capitals font is shown, and so meant, in capitals.
    expect(toUnicode('danh sach', '.VnTimeH')).toEqual({ text: 'DANH SACH', encoding: 'tcvn3-h' });
    // "Tèng" alone is ambiguous (a real Unicode syllable); the font settles it: Tống.
    expect(toUnicode('Tèng', '.VnTime').text).toBe('Tống');
    expect(toUnicode('Tèng').text).toBe('Tèng');
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts real syllables and rejects garbled ones', () => {
    for (const w of ['Nguyễn', 'hùng', 'QUỲNH', 'nghiêng', 'khuya', 'giữ', 'Trường', 'Oanh', 'ý']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
    for (const w of ['NguyÔn', 'Vaên', 'Huøng', 'Müller', 'François', 'nguyeẽn', 'strong']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});

const NAMES = [
  'Nguyễn Văn Hùng', 'Trần Thị Thu Hường', 'Lê Hoàng Yến', 'Phạm Ngọc Ánh', 'Đặng Đức Dũng',
  'Bùi Thị Mỵ', 'Hồ Quỳnh Như', 'Võ Thành Lợi', 'Đỗ Khánh Huyền', 'Dương Quốc Thắng',
  'Huỳnh Thị Ước', 'Lý Gia Bảo', 'Ngô Thị Ẩn', 'Vũ Ngọc Khuê', 'Tạ Quang Thưởng', 'Hà Thị Nguyệt',
];

/** VNI encoder written independently of the converter: decompose, then base + accent byte. */
function encodeVni(text: string): string {
  const tone: Record<string, string> = {
    '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0301': 'ù', '\u0323': 'ï',
  };
  const circ: Record<string, string> = {
    '': 'â', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0301': 'á', '\u0323': 'ä',
  };
  const breve: Record<string, string> = {
    '': 'ê', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0301': 'é', '\u0323': 'ë',
  };
  const iTones: Record<string, string> = {
    '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0301': 'í', '\u0323': 'ò',
  };
  let out = '';
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const base = cluster[0];
    const marks = cluster.slice(1);
    const upper = base !== base.toLowerCase();
    const cased = (s: string) => (upper ? s.toUpperCase() : s);
    const t = [...marks].find((m) => m in tone) ?? '';
    if (base === 'đ' || base === 'Đ') { out += cased('ñ'); continue; }
    if (/[iI]/u.test(base) && t) { out += cased(iTones[t]); continue; }
    if (/[yY]/u.test(base) && t === '\u0323') { out += cased('î'); continue; }
    if (marks.includes('\u0302')) { out += base + cased(circ[t]); continue; }
    if (marks.includes('\u0306')) { out += base + cased(breve[t]); continue; }
    const head = marks.includes('\u031b') ? cased(base.toLowerCase() === 'o' ? 'ô' : 'ö') : base;
    out += head + (t ? cased(tone[t]) : '');
  }
  return out;
}
