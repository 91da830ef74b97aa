import { z } from 'zod';
import { BACKGROUND_ROLES, GENDERS, keysOf } from '../domain/vocabulary';
import { AGE_GROUPS } from '../overview/age-groups';
import type { PersonRow } from './people';
import { id, op } from './define';

/** Columns the people list sorts by, each in Vietnamese order (names given name first). */
export const PEOPLE_SORT_COLUMNS = ['fullName', 'birthYear', 'phone', 'organisation', 'backgroundRole', 'villageName'] as const;
export type PeopleSortColumn = (typeof PEOPLE_SORT_COLUMNS)[number];

export const peopleFilter = z.object({
  villageId: id.optional(),
  teamId: id.optional(),
  role: z.enum(keysOf(BACKGROUND_ROLES)).optional(),
  /** 'unknown': gender not recorded. */
  gender: z.enum(['unknown', ...keysOf(GENDERS)] as [string, ...string[]]).optional(),
  /** An age group of the overview, or 'unknown' (no birth year). */
  age: z.enum(['unknown', ...AGE_GROUPS.map((g) => g.id)] as [string, ...string[]]).optional(),
  /** Only current members of a team that is not dissolved. */
  membersOnly: z.boolean().optional(),
  /** Only people never marked present or late at a held session. */
  neverTrained: z.boolean().optional(),
});
export type PeopleFilter = z.infer<typeof peopleFilter>;

export const peopleListOperations = {
  /**
   * One page of the whole register, filtered and sorted in SQL, with the true total: the
   * people list's infinite rows. (people.search is the search box's own operation.)
   */
  'people.list': op<{ rows: PersonRow[]; total: number }>()(
    z.object({
      filter: peopleFilter.default({}),
      sort: z.object({ column: z.enum(PEOPLE_SORT_COLUMNS), dir: z.enum(['asc', 'desc']) }).default({ column: 'fullName', dir: 'asc' }),
      // A page is what the grid asks for at once; the cap keeps one call cheap.
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).max(10_000_000).default(0),
    }),
  ),
};
