/**
 * Whether a word is a well-formed Vietnamese syllable. Used to tell which reading of a string
 * (as Unicode, TCVN3 or VNI) gives real Vietnamese: garbled readings fail it.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

// Vowel nuclei (with their off-glides) of Vietnamese rhymes, without tone.
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi',
  'ơi', 'oo', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
];

const FINALS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't'];

const byLengthDesc = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');

const SYLLABLE = new RegExp(
  `^(?:${byLengthDesc(INITIALS)})?(?:${byLengthDesc(NUCLEI)})(?:${byLengthDesc(FINALS)})?$`,
  'u',
);

/** "Nguyễn", "hùng", "QUỲNH" → true; "NguyÔn", "Vaên", "Müller" → false. At most one tone. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}
