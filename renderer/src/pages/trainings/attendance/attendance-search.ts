import type { TrainingInvitee } from '../../../../../shared/api/trainings';
import { queryWords as foldedQueryWords, searchWords, wordsMatch } from '../../../../../shared/text/search';

// Names repeat across sessions and renders; folding each once keeps a keystroke over a few
// hundred invitees well under a millisecond.
const foldedNames = new Map<string, string[]>();

function wordsOf(name: string): string[] {
  let words = foldedNames.get(name);
  if (!words) {
    words = searchWords(name);
    foldedNames.set(name, words);
  }
  return words;
}

/** The typed words, folded: "Nguyễn  thi" and "nguyen thi" give the same query. */
export const queryWords = (typed: string) => foldedQueryWords(typed);

/**
 * Who the trainer means: the one search meaning of shared/text/search.ts (every typed word begins
 * one of the name's words, in any order), the same as the people search in the database.
 */
export function filterInvitees(invitees: TrainingInvitee[], words: string[]): TrainingInvitee[] {
  if (words.length === 0) return invitees;
  return invitees.filter((i) => wordsMatch(wordsOf(i.fullName), words));
}

/** The row Enter acts on after typing: the first match still unmarked, else the first match. */
export function topMatch(matches: TrainingInvitee[]): TrainingInvitee | undefined {
  return matches.find((i) => !i.mark) ?? matches[0];
}
