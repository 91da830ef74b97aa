/**
 * VNI-Windows (fonts VNI-Times, VNI-Helve …) → Unicode.
 *
 * VNI writes a Vietnamese vowel as its base letter followed by one accent byte that carries the
 * vowel's modifier and/or tone: "Nguyeãn Vaên Huøng" is "Nguyễn Văn Hùng". Capitals take the
 * upper-case form of the accent byte ("NGUYEÃN"). A few letters are single bytes: ơ ư đ and the
 * toned i's and ỵ. Excel stores each byte as its Windows-1252 character, as shown here.
 */

const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const ACUTE = '\u0301';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

interface Accent {
  modifier?: typeof CIRCUMFLEX | typeof BREVE;
  tone?: string;
}

// Accent bytes as [lower-case form, upper-case form]: both are accepted after either case.
const ACCENT_BYTES: ReadonlyArray<readonly [string, string, Accent]> = [
  ['ø', 'Ø', { tone: GRAVE }],
  ['û', 'Û', { tone: HOOK }],
  ['õ', 'Õ', { tone: TILDE }],
  ['ù', 'Ù', { tone: ACUTE }],
  ['ï', 'Ï', { tone: DOT }],
  ['â', 'Â', { modifier: CIRCUMFLEX }],
  ['à', 'À', { modifier: CIRCUMFLEX, tone: GRAVE }],
  ['å', 'Å', { modifier: CIRCUMFLEX, tone: HOOK }],
  ['ã', 'Ã', { modifier: CIRCUMFLEX, tone: TILDE }],
  ['á', 'Á', { modifier: CIRCUMFLEX, tone: ACUTE }],
  ['ä', 'Ä', { modifier: CIRCUMFLEX, tone: DOT }],
  ['ê', 'Ê', { modifier: BREVE }],
  ['è', 'È', { modifier: BREVE, tone: GRAVE }],
  ['ú', 'Ú', { modifier: BREVE, tone: HOOK }],
  ['ü', 'Ü', { modifier: BREVE, tone: TILDE }],
  ['é', 'É', { modifier: BREVE, tone: ACUTE }],
  ['ë', 'Ë', { modifier: BREVE, tone: DOT }],
];
const ACCENTS = new Map<string, Accent>(
  ACCENT_BYTES.flatMap(([lower, upper, accent]) => [[lower, accent], [upper, accent]] as const),
);

// Letters an accent byte may follow, as the Unicode letter they stand for.
const BASES = new Map<string, string>([
  ...[...'aeouyAEOUY'].map((c) => [c, c] as const),
  ['ô', 'ơ'], ['ö', 'ư'], ['Ô', 'Ơ'], ['Ö', 'Ư'],
]);

// Letters that are one byte on their own.
const SINGLE_LETTERS = new Map<string, string>([
  ['ô', 'ơ'], ['ö', 'ư'], ['ñ', 'đ'], ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'],
  ['î', 'ỵ'],
  ['Ô', 'Ơ'], ['Ö', 'Ư'], ['Ñ', 'Đ'], ['Í', 'Í'], ['Ì', 'Ì'], ['Æ', 'Ỉ'], ['Ó', 'Ĩ'], ['Ò', 'Ị'],
  ['Î', 'Ỵ'],
]);

/** Whether the accent can sit on the base: â/ê/ô take a circumflex, only a takes a breve. */
function fits(base: string, accent: Accent): boolean {
  const plain = base.toLowerCase();
  if (accent.modifier === CIRCUMFLEX) return plain === 'a' || plain === 'e' || plain === 'o';
  if (accent.modifier === BREVE) return plain === 'a';
  return true;
}

/** Converts text typed in a VNI-Windows font to NFC Unicode. */
export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const base = BASES.get(chars[i]);
    const accent = ACCENTS.get(chars[i + 1] ?? '');
    if (base !== undefined && accent !== undefined && fits(base, accent)) {
      out += base + (accent.modifier ?? '') + (accent.tone ?? '');
      i++;
      continue;
    }
    out += SINGLE_LETTERS.get(chars[i]) ?? chars[i];
  }
  return out.normalize('NFC');
}
