import type { PeopleFilter } from '../../../../shared/api';

/** The people list's address for a filter: what a click on an overview chart opens. */
export function peopleListAddress(filter: PeopleFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === false) continue;
    params.set(key, value === true ? '1' : String(value));
  }
  return `/people?${params.toString()}`;
}
