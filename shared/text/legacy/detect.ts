/**
 * Which encoding a piece of spreadsheet text was typed in, and its Unicode (NFC) form.
 * The cell's font decides when it names a legacy font; otherwise each word is read as Unicode,
 * TCVN3 and VNI, and the reading that yields more well-formed Vietnamese syllables wins.
 * Unicode wins ties, so plain ASCII, proper Vietnamese and foreign words stay as they are.
 */
import { isVietnameseSyllable } from './syllable';
import { tcvn3HToUnicode, tcvn3ToUnicode } from './tcvn3';
import { vniToUnicode } from './vni';

export type LegacyEncoding = 'unicode' | 'tcvn3' | 'tcvn3-h' | 'vni';

export interface UnicodeText {
  text: string;
  encoding: LegacyEncoding;
}

/**
 * Letters only Unicode has (ă đ ĩ ũ ơ ư, the U+1EA0 block) and combining marks (NFD): legacy
 * fonts store bytes shown as Latin-1/Windows-1252, so text with these was never legacy.
 */
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{M}/u;

/** .VnTime, .VnArial → TCVN3; .VnTimeH, .VnArial NarrowH → TCVN3 capitals; VNI-Times → VNI. */
export function encodingOfFont(fontName?: string): LegacyEncoding | undefined {
  const name = fontName?.trim() ?? '';
  if (/^vni[-\s_]/iu.test(name)) return 'vni';
  if (/^\.vn/iu.test(name)) return name.endsWith('H') ? 'tcvn3-h' : 'tcvn3';
  return undefined;
}

const ASCII_PUNCTUATION_AT_ENDS = /^[!-/:-@[-`{-~]+|[!-/:-@[-`{-~]+$/gu;

/**
 * Words that carry evidence: those with a character beyond ASCII. Lone characters are left out:
 * quotes like « » read as the one-letter syllables ô and ằ in TCVN3.
 */
function evidenceWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((word) => word.replace(ASCII_PUNCTUATION_AT_ENDS, ''))
    .filter((word) => [...word].length >= 2 && /[^\0-\x7f]/u.test(word));
}

const AS_UNICODE = 1;
const AS_TCVN3 = 2;
const AS_VNI = 4;

// Vietnamese has a few thousand syllables, so words repeat a lot down a list: remember which
// readings of a word are well formed. Bounded, so a hostile file cannot grow it without end.
const readingsCache = new Map<string, number>();
const CACHE_LIMIT = 20_000;

function readingsOf(word: string): number {
  const cached = readingsCache.get(word);
  if (cached !== undefined) return cached;
  const valid = (converted: string) => converted !== word && isVietnameseSyllable(converted);
  const readings =
    (isVietnameseSyllable(word) ? AS_UNICODE : 0) |
    (valid(tcvn3ToUnicode(word)) ? AS_TCVN3 : 0) |
    (valid(vniToUnicode(word)) ? AS_VNI : 0);
  if (readingsCache.size >= CACHE_LIMIT) readingsCache.clear();
  readingsCache.set(word, readings);
  return readings;
}

/** Typed in a capitals font, or with caps lock: every Latin letter is a capital. */
function allCapitals(text: string): boolean {
  const latin = text.match(/[A-Za-z]/gu) ?? [];
  return latin.length >= 2 && latin.every((c) => c >= 'A' && c <= 'Z');
}

function guessEncoding(text: string): LegacyEncoding {
  if (!/[^\0-\x7f]/u.test(text)) return 'unicode';
  let asUnicode = 0;
  let asTcvn3 = 0;
  let asVni = 0;
  for (const word of evidenceWords(text)) {
    const readings = readingsOf(word);
    if (readings & AS_UNICODE) asUnicode++;
    if (readings & AS_TCVN3) asTcvn3++;
    if (readings & AS_VNI) asVni++;
  }
  if (Math.max(asTcvn3, asVni) <= asUnicode) return 'unicode';
  if (asVni > asTcvn3) return 'vni';
  return allCapitals(text) ? 'tcvn3-h' : 'tcvn3';
}

export function detectLegacyEncoding(text: string, fontName?: string): LegacyEncoding {
  if (UNICODE_ONLY.test(text)) return 'unicode';
  return encodingOfFont(fontName) ?? guessEncoding(text);
}

/** Converts text known to be in the given encoding; always NFC. */
export function convertFrom(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return tcvn3ToUnicode(text);
    case 'tcvn3-h':
      return tcvn3HToUnicode(text);
    case 'vni':
      return vniToUnicode(text);
    case 'unicode':
      return text.normalize('NFC');
  }
}

/**
 * Like convertFrom for text whose encoding was decided for a whole file (a CSV), except that
 * text holding Unicode-only letters is taken as Unicode.
 */
export function toUnicodeAs(text: string, encoding: LegacyEncoding): UnicodeText {
  const actual = UNICODE_ONLY.test(text) ? 'unicode' : encoding;
  return { text: convertFrom(text, actual), encoding: actual };
}

/** Detects the encoding (font first) and returns the NFC Unicode text. */
export function toUnicode(text: string, fontName?: string): UnicodeText {
  const encoding = detectLegacyEncoding(text, fontName);
  return { text: convertFrom(text, encoding), encoding };
}
