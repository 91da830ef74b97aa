/**
 * Matching the village written in an office's list to the commune's catalogue. Lists abbreviate
 * the kind ("TDP 1", "Tổ DP 1", "Th. Đông", "KP 3", "Ấp Bình An") and write numbers with or
 * without "số" and leading zeros ("Tổ dân phố số 01"); all of those name the same place.
 */
import type { VillageKind } from '../../../../shared/domain/vocabulary';
import { foldDiacritics } from '../../../../shared/text/vietnamese';

// Folded words of each kind, longest first so "to dan pho" wins over "to".
const KIND_WORDS: [VillageKind, string][] = [
  ['to_dan_pho', 'to dan pho'],
  ['to_dan_pho', 'to dp'],
  ['to_dan_pho', 'tdp'],
  ['to_dan_pho', 't d p'],
  ['khu_pho', 'k p'],
  ['khu_pho', 'khu pho'],
  ['khu_pho', 'kp'],
  ['to_dan_pho', 'to'],
  ['thon', 'thon'],
  ['thon', 'th'],
  ['ban', 'ban'],
  ['ap', 'ap'],
];

export interface VillageName {
  kind: VillageKind | null;
  /** The proper name without the kind: "dong", "1" (numbers without "số" or leading zeros). */
  rest: string;
}

/** "Tổ dân phố số 01" → { kind: 'to_dan_pho', rest: '1' }; "Th. Đông" → { kind: 'thon', rest: 'dong' }. */
export function parseVillageName(text: string): VillageName {
  let words = foldDiacritics(text).replace(/[^a-z0-9]+/gu, ' ').trim();
  let kind: VillageKind | null = null;
  for (const [k, prefix] of KIND_WORDS) {
    if (words === prefix) break; // "Thôn" alone is no name
    if (words.startsWith(prefix + ' ')) {
      kind = k;
      words = words.slice(prefix.length + 1);
      break;
    }
  }
  const rest = words
    .replace(/^so (?=\d)/u, '')
    .replace(/\b0+(?=\d)/gu, '');
  return { kind, rest };
}

/** Active villages of the commune, found by any of the usual ways of writing their name. */
export class VillageMatcher {
  private readonly byKindAndName = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();
  /** Answers by the text as written: a list repeats its few village names on every row. */
  private readonly answers = new Map<string, string | null>();

  constructor(villages: { id: string; name: string; kind: VillageKind }[]) {
    for (const v of villages) {
      const parsed = parseVillageName(v.name);
      const kind = parsed.kind ?? v.kind;
      this.byKindAndName.set(`${kind}|${parsed.rest}`, v.id);
      const same = this.byName.get(parsed.rest) ?? [];
      if (!same.includes(v.id)) same.push(v.id);
      this.byName.set(parsed.rest, same);
    }
  }

  /** The village's id, or null when none or several could be meant. */
  find(text: string): string | null {
    let answer = this.answers.get(text);
    if (answer === undefined) {
      answer = this.lookUp(text);
      if (this.answers.size < 10_000) this.answers.set(text, answer);
    }
    return answer;
  }

  private lookUp(text: string): string | null {
    const parsed = parseVillageName(text);
    if (!parsed.rest) return null;
    if (parsed.kind) {
      const exact = this.byKindAndName.get(`${parsed.kind}|${parsed.rest}`);
      if (exact) return exact;
    }
    // Kind left out or written differently ("Thôn 1" for a village the catalogue calls "Ấp 1"):
    // only when one village has that name.
    const named = this.byName.get(parsed.rest) ?? [];
    return named.length === 1 ? named[0] : null;
  }
}
