import { z } from 'zod';
import { keysOf, TEAM_POSITIONS } from '../domain/vocabulary';
import type { TeamDetail } from './teams';
import { id, isoDate, op, version } from './define';

export const teamMemberOperations = {
  /**
   * Several people already in the register join a team at once, in one transaction: all of
   * them or none (one already a member refuses the whole batch and names them).
   */
  'teams.addMembers': op<TeamDetail>()(
    z.object({
      teamId: id,
      teamVersion: version,
      // A team has tens of members, never hundreds: the cap keeps one call cheap.
      personIds: z.array(id).min(1, 'Chọn ít nhất một người.').max(50, 'Mỗi lần thêm tối đa 50 người.')
        .refine((ids) => new Set(ids).size === ids.length, 'Một người được chọn hai lần.'),
      position: z.enum(keysOf(TEAM_POSITIONS), { error: 'Chọn chức danh trong tổ.' }),
      startDate: isoDate,
    }),
  ),
};
