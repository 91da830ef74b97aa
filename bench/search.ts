import type { Db } from '../electron/core/db/open';
import { searchPeople } from '../electron/core/people/search';
import { queryWords } from '../shared/text/search';
import { measure, report } from './harness';

/**
 * People search at province scale (issue 12), each query side by side with a raw FTS5 query over
 * the same folded text: the first 50 rowids that match, no order, no rows read, no total. The
 * app's search adds the Vietnamese name order, the page's rows with their teams, and the total.
 */
const QUERIES: [label: string, query: string, offset?: number][] = [
  ['"nguyen thi hong"', 'nguyen thi hong'],
  ['"hong"', 'hong'],
  ['"tran van an"', 'tran van an'],
  ['"ng" (one keystroke in)', 'ng'],
  ['phone prefix "0912"', '0912'],
  ['no match "xyzw"', 'xyzw'],
  ['empty (first page)', ''],
  ['page 100 of "nguyen"', 'nguyen', 5000],
];

export function benchSearch(db: Db, people: number): void {
  const raw = db.prepare('SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT 50');
  const rows = QUERIES.map(([label, query, offset = 0]) => {
    const app = measure(label, 50, () => searchPeople(db, { query, limit: 50, offset }));
    const found = searchPeople(db, { query, limit: 50, offset });
    const words = queryWords(query);
    const fts = words.length ? measure(label, 50, () => raw.all(words.map((w) => `"${w}"*`).join(' AND '))) : null;
    return {
      query: label,
      total: `${found.more ? 'hơn ' : ''}${found.total.toLocaleString('en')}`,
      'median ms': app.medianMs,
      'p95 ms': app.p95Ms,
      'raw FTS5 median ms': fts ? fts.medianMs : '–',
    };
  });
  report(`People search, ${people.toLocaleString('en')} people, first page of 50 (target: median ≤ 5 ms each)`, rows);
}
