import { z } from 'zod';
import { id, op, type FileResult } from './define';
import { peopleFilter } from './people-list';

/** The lists an office prints, as XLSX with the ND30 header (issue 11). */
export const LIST_KINDS = ['people', 'teamMembers', 'villages', 'trainings'] as const;

export const listOperations = {
  'lists.exportXlsx': op<FileResult>()(
    z.discriminatedUnion('list', [
      // The people list as filtered on screen, in Vietnamese name order.
      z.object({ list: z.literal('people'), filter: peopleFilter.default({}) }),
      z.object({ list: z.literal('teamMembers'), teamId: id }),
      z.object({ list: z.literal('villages') }),
      z.object({ list: z.literal('trainings') }),
    ]),
  ),
};
