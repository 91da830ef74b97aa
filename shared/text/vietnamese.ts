/**
 * Vietnamese text utilities shared by the back end (SQL functions, imports, CLI)
 * and the renderer (grid quick search, sorting). Pure: no Node, no DOM.
 */

/** Every stored or compared string goes through NFC: keyboards send NFD and NFC alike. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** NFC, trimmed, inner runs of white space folded to one space. */
export function cleanText(text: string): string {
  return nfc(text).replace(/\s+/gu, ' ').trim();
}

const COMBINING_MARKS = /[\u0300-\u036f]/gu;

/**
 * Diacritic-insensitive form for search: "Nguyễn Thị Hồng" → "nguyen thi hong",
 * "Đức" → "duc". Works the same for NFC and NFD input.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * True when every word of the query occurs anywhere in the text, ignoring diacritics and case.
 * Search boxes use the word-prefix meaning of shared/text/search.ts (matchesWordPrefixes) instead.
 */
export function matchesFolded(text: string, query: string): boolean {
  const haystack = foldDiacritics(text);
  return foldDiacritics(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

// Vietnamese alphabet order: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư.
// f, j, w, z are not Vietnamese letters but occur in names of other origins.
const ALPHABET = [
  'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
  'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z',
];
const LETTER_RANK = new Map(ALPHABET.map((letter, i) => [letter, i]));

// Tone marks in dictionary order (CLDR vi): none < huyền < hỏi < ngã < sắc < nặng.
const TONE_RANK = new Map([
  ['\u0300', 1], // huyền
  ['\u0309', 2], // hỏi
  ['\u0303', 3], // ngã
  ['\u0301', 4], // sắc
  ['\u0323', 5], // nặng
]);
const VOWEL_MODIFIERS = new Set(['\u0306', '\u0302', '\u031b']); // breve, circumflex, horn

// Key characters: separators lowest, then digits, then letters, then anything else.
const WORD_SEPARATOR = '\u0001';
const TONE_SEPARATOR = '\u0002';
const DIGIT_BASE = 0x20;
const LETTER_BASE = 0x40;
const OTHER_BASE = 0x100;

interface Letter {
  base: string; // the letter with its vowel modifier, without tone, lower case
  tone: number;
}

/** Splits a word into letters, separating the tone mark from the vowel's own modifier. */
function lettersOf(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const cluster of word.toLowerCase().normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    let base = cluster[0];
    let tone = 0;
    for (const mark of cluster.slice(1)) {
      if (TONE_RANK.has(mark)) tone = TONE_RANK.get(mark)!;
      else if (VOWEL_MODIFIERS.has(mark)) base += mark;
    }
    letters.push({ base: base.normalize('NFC'), tone });
  }
  return letters;
}

function primaryChar(base: string): string {
  const rank = LETTER_RANK.get(base);
  if (rank !== undefined) return String.fromCharCode(LETTER_BASE + rank);
  if (/^[0-9]$/u.test(base)) return String.fromCharCode(DIGIT_BASE + Number(base));
  return String.fromCharCode(OTHER_BASE + (base.codePointAt(0) ?? 0) % 0xd000);
}

/** Key of one word: its letters in alphabet order, then its tones as a tie-breaker. */
function wordKey(word: string): string {
  const letters = lettersOf(word);
  const primary = letters.map((l) => primaryChar(l.base)).join('');
  const tones = letters.map((l) => String.fromCharCode(0x30 + l.tone)).join('');
  return primary + TONE_SEPARATOR + tones;
}

/** Key of any text in Vietnamese collation, word by word. */
export function vietnameseSortKey(text: string): string {
  return cleanText(text).split(' ').filter(Boolean).map(wordKey).join(WORD_SEPARATOR);
}

/**
 * Key for sorting people lists the Vietnamese way: given name (tên, the last word) first,
 * then middle names, then family name; each word in Vietnamese collation. Plain binary
 * comparison of keys gives the right order, so SQLite can index and ORDER BY it.
 */
export function nameSortKey(fullName: string): string {
  const words = cleanText(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return '';
  const given = words[words.length - 1];
  const family = words.length > 1 ? [words[0]] : [];
  const middle = words.slice(1, -1);
  return [given, ...middle, ...family].map(wordKey).join(WORD_SEPARATOR);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareVietnameseNames(a: string, b: string): number {
  return compareKeys(nameSortKey(a), nameSortKey(b));
}

export function compareVietnamese(a: string, b: string): number {
  return compareKeys(vietnameseSortKey(a), vietnameseSortKey(b));
}

/** The given name (tên): the last word of a full name. */
export function givenName(fullName: string): string {
  const words = cleanText(fullName).split(' ');
  return words[words.length - 1] ?? '';
}

/** Vietnamese upper case ("xã Hòa Bình" → "XÃ HÒA BÌNH"), NFC: titles of administrative documents. */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}
