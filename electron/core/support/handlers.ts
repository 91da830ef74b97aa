import { dirname } from 'node:path';
import type { Context } from '../context';
import { latestVersion } from '../db/migrate';
import type { Handlers } from '../dispatch';

function runtime(): string {
  const electron = process.versions.electron;
  return electron ? `Electron ${electron}, Node ${process.versions.node}` : `Node ${process.versions.node}`;
}

export const supportHandlers: Pick<Handlers, 'support.info'> = {
  'support.info': (_input, ctx: Context) => {
    const about = ctx.about ?? { appVersion: 'chưa rõ', databaseFile: ctx.db.name, logFile: null };
    return {
      appVersion: about.appVersion,
      dataFolder: dirname(about.databaseFile),
      databaseFile: about.databaseFile,
      schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
      latestSchemaVersion: latestVersion(),
      logFile: about.logFile,
      runtime: runtime(),
    };
  },
};
