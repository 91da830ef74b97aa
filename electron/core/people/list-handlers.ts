import type { Handlers } from '../dispatch';
import { listPeople } from './list';

export const peopleListHandlers: Pick<Handlers, 'people.list'> = {
  'people.list': (input, ctx) => listPeople(ctx.db, input, ctx.today()),
};
