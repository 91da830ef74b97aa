import type { TeamDetail } from '../../../shared/api';
import type { Handlers } from '../dispatch';
import { teamHandlers } from './handlers';

/**
 * Adds several registered people through the one addMember path (its checks, history and
 * audit), inside one transaction: each step names the version the previous one produced.
 */
export const teamMemberHandlers: Pick<Handlers, 'teams.addMembers'> = {
  'teams.addMembers': (input, ctx) =>
    ctx.mutate(() => {
      let version = input.teamVersion;
      let team: TeamDetail | undefined;
      for (const personId of input.personIds) {
        const result = teamHandlers['teams.addMember'](
          { teamId: input.teamId, teamVersion: version, personId, position: input.position, startDate: input.startDate, confirmDuplicate: false },
          ctx,
        );
        // addMember is synchronous (better-sqlite3); a promise here would escape the transaction.
        if (result instanceof Promise) throw new Error('teams.addMember must be synchronous inside teams.addMembers');
        team = result;
        version = team.version;
      }
      // One row naming the whole batch, after each person's own addMember row.
      ctx.audit({ action: 'teams.addMembers', entity: 'team', entityId: input.teamId, after: { personIds: input.personIds, position: input.position } });
      return team!;
    }),
};
