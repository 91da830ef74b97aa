/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime, .VnArial …) → Unicode.
 *
 * TCVN3 is a single-byte font encoding: Excel stores each byte as the Windows-1252 / Latin-1
 * character of the same code, so "NguyÔn V¨n Hïng" is "Nguyễn Văn Hùng" typed in .VnTime.
 * VN3 has every lower-case Vietnamese letter but, of the capitals, only Ă Â Ê Ô Ơ Ư Đ; the
 * "H" fonts (.VnTimeH …) draw capitals from the lower-case codes, so their text is upper-cased.
 */

const GRAVE = '\u0300'; // huyền
const HOOK = '\u0309'; // hỏi
const TILDE = '\u0303'; // ngã
const ACUTE = '\u0301'; // sắc
const DOT = '\u0323'; // nặng
const TONES = [GRAVE, HOOK, TILDE, ACUTE, DOT];

// Per vowel: its own code, then its codes with huyền, hỏi, ngã, sắc, nặng (the standard's order).
const VOWEL_ROWS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a', [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

// The only capitals VN3 encodes, plus đ.
const OTHER_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xae, 'đ'],
];

function buildTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [vowel, codes] of VOWEL_ROWS) {
    codes.forEach((code, i) => {
      if (code < 0x80) return; // plain a e i o u y are themselves
      const letter = i === 0 ? vowel : (vowel + TONES[i - 1]).normalize('NFC');
      table.set(String.fromCharCode(code), letter);
    });
  }
  for (const [code, letter] of OTHER_LETTERS) table.set(String.fromCharCode(code), letter);
  return table;
}

/** Latin-1 character (as Excel shows a TCVN3 byte) → Unicode letter. 74 entries. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = buildTable();

const TCVN3_CHAR = new RegExp(`[${[...TCVN3_TO_UNICODE.keys()].join('')}]`, 'gu');

/**
 * A normal TCVN3 font cannot show a capital toned letter, so words meant as capitals were
 * typed "HïNG" (displayed "HùNG"). A word whose Latin letters are all capitals (at least two)
 * is such a word: upper-case it whole.
 */
function capitaliseShoutedWords(text: string): string {
  return text.replace(/\S+/gu, (word) => {
    const latin = word.match(/[A-Za-z]/gu) ?? [];
    return latin.length >= 2 && latin.every((c) => c >= 'A' && c <= 'Z') ? word.toUpperCase() : word;
  });
}

/** Converts text typed in a TCVN3 font (.VnTime, .VnArial …) to NFC Unicode. */
export function tcvn3ToUnicode(text: string): string {
  const converted = text.replace(TCVN3_CHAR, (c) => TCVN3_TO_UNICODE.get(c) ?? c);
  return capitaliseShoutedWords(converted).normalize('NFC');
}

/** Converts text typed in a TCVN3 capitals font (.VnTimeH, .VnArialH …): all capitals. */
export function tcvn3HToUnicode(text: string): string {
  return text.replace(TCVN3_CHAR, (c) => TCVN3_TO_UNICODE.get(c) ?? c).toUpperCase().normalize('NFC');
}
