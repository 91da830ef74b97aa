import { foldDiacritics } from '../../../shared/text/vietnamese';

const PREFIX_WORDS = 6; // "Tổ công nghệ số cộng đồng"
const PREFIX = 'to cong nghe so cong dong';

/**
 * Where space is short (a column listing several teams), the words every team name starts
 * with add nothing: "Tổ công nghệ số cộng đồng thôn Tây" → "Thôn Tây". Other names stay whole.
 */
export function shortTeamName(name: string): string {
  const words = name.trim().split(/\s+/u);
  if (words.length <= PREFIX_WORDS || foldDiacritics(words.slice(0, PREFIX_WORDS).join(' ')) !== PREFIX) return name;
  const rest = words.slice(PREFIX_WORDS).join(' ');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}
