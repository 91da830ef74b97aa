import type { TrainingInvitee } from '../../../../../shared/api/trainings';
import { foldDiacritics } from '../../../../../shared/text/vietnamese';

// Names repeat across sessions and renders; folding each once keeps a keystroke over a few
// hundred invitees well under a millisecond.
const foldedNames = new Map<string, string[]>();

function wordsOf(name: string): string[] {
  let words = foldedNames.get(name);
  if (!words) {
    words = foldDiacritics(name).split(' ');
    foldedNames.set(name, words);
  }
  return words;
}

/** The typed words, folded: "Nguyễn  thi" and "nguyen thi" give the same query. */
export const queryWords = (typed: string) => foldDiacritics(typed).split(' ').filter(Boolean);

/**
 * Who the trainer means: every typed word begins one of the name's words, diacritics and case
 * ignored, in any order ("lan nguyen" finds Nguyễn Thị Lan). Word starts rather than any
 * substring, so "hung" finds Hùng and Hưng but not Phùng, and the top match is the one meant.
 */
export function filterInvitees(invitees: TrainingInvitee[], words: string[]): TrainingInvitee[] {
  if (words.length === 0) return invitees;
  return invitees.filter((i) => {
    const name = wordsOf(i.fullName);
    return words.every((w) => name.some((n) => n.startsWith(w)));
  });
}

/** The row Enter acts on after typing: the first match still unmarked, else the first match. */
export function topMatch(matches: TrainingInvitee[]): TrainingInvitee | undefined {
  return matches.find((i) => !i.mark) ?? matches[0];
}
