/**
 * What a search box means, everywhere (issue 12): each typed word is the beginning of a word
 * of the text, in any order; diacritics and case are ignored, NFC and NFD alike, đ = d.
 * "hung" finds Hùng and Hưng but not Phùng; "lan nguyen" finds Nguyễn Thị Lan.
 *
 * A word is a run of letters and digits, as SQLite FTS5's unicode61 tokenizer cuts words, so the
 * people search in the database (electron/core/people/search.ts) and the attendance screen's
 * in-memory filter agree. Pure: no Node, no DOM.
 */
import { foldDiacritics } from './vietnamese';

/** At most this many words of a query count: each one is a condition, and the cost is capped. */
export const MAX_QUERY_WORDS = 8;

const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** The folded words of a text: "Nguyễn Thị-Hồng (UBND)" → ["nguyen", "thi", "hong", "ubnd"]. */
export function searchWords(text: string): string[] {
  return foldDiacritics(text).match(WORD) ?? [];
}

/** The words of a query, each once, at most MAX_QUERY_WORDS. */
export function queryWords(query: string): string[] {
  return [...new Set(searchWords(query))].slice(0, MAX_QUERY_WORDS);
}

/** The folded, space-joined form the database stores and indexes (person.search_text). */
export function searchTextFrom(...parts: (string | null | undefined)[]): string {
  return searchWords(parts.filter(Boolean).join(' ')).join(' ');
}

/** True when every query word begins some word of the text (already split by searchWords). */
export function wordsMatch(textWords: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => textWords.some((w) => w.startsWith(q)));
}

/** The same test on raw text: `matchesWordPrefixes("Nguyễn Thị Lan", "lan ng")` is true. */
export function matchesWordPrefixes(text: string, query: string): boolean {
  return wordsMatch(searchWords(text), queryWords(query));
}
