import type { PeopleFilter } from '../../../../shared/api';
import { paramsFromFilter } from '../people/people-filter';

/** The people list's address for a filter: what a click on an overview chart opens. */
export function peopleListAddress(filter: PeopleFilter): string {
  return `/people?${paramsFromFilter(filter).toString()}`;
}
