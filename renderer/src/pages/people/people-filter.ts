import type { PeopleFilter } from '../../../../shared/api';

/**
 * The people list's filter lives in the address (#/people?village=…&role=…), so a click on an
 * overview chart, the back button and a bookmark all open the same list.
 */
export function filterFromParams(params: URLSearchParams): PeopleFilter {
  const text = (key: string) => params.get(key) || undefined;
  const filter: PeopleFilter = {
    villageId: text('villageId'),
    teamId: text('teamId'),
    role: text('role') as PeopleFilter['role'],
    gender: text('gender'),
    age: text('age'),
    membersOnly: params.get('membersOnly') === '1' || undefined,
    neverTrained: params.get('neverTrained') === '1' || undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as PeopleFilter;
}

export function paramsFromFilter(filter: PeopleFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === false || value === '') continue;
    params.set(key, value === true ? '1' : String(value));
  }
  return params;
}
