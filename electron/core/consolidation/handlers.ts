import { dirname, join } from 'node:path';
import type { Handlers } from '../dispatch';
import type { Context } from '../context';
import { addCommunes } from './communes';
import { buildProvincialWorkbook } from './provincial';
import { provinceOverview } from './overview';
import { periodStatus } from './status';
import { addReports } from './submissions';
import { openWorkspace, type Workspace } from './workspace';

/** The app's workspace: beside its database, a file of its own (README "Province consolidation"). */
export const WORKSPACE_FILE = 'tong-hop-tinh.db';

async function withWorkspace<T>(ctx: Context, run: (ws: Workspace) => T | Promise<T>): Promise<T> {
  const ws = openWorkspace(join(dirname(ctx.db.name), WORKSPACE_FILE));
  try {
    return await run(ws);
  } finally {
    ws.close();
  }
}

export const consolidationHandlers: Pick<Handlers, 'consolidation.status' | 'consolidation.addCommunes' | 'consolidation.addReports' | 'consolidation.build' | 'consolidation.overview'> = {
  'consolidation.status': (input, ctx) => withWorkspace(ctx, (ws) => periodStatus(ws, input.period)),
  'consolidation.addCommunes': (input, ctx) => withWorkspace(ctx, (ws) => addCommunes(ws, input.names)),
  'consolidation.addReports': (input, ctx) => withWorkspace(ctx, (ws) => addReports(ws, input.files, { period: input.period })),
  'consolidation.overview': (input, ctx) => withWorkspace(ctx, (ws) => provinceOverview(ws, input.period)),
  'consolidation.build': (input, ctx) => withWorkspace(ctx, async (ws) => {
    const built = await buildProvincialWorkbook(ws, input.period);
    return { fileName: `bao-cao-tong-hop-tinh-${input.period}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: built.bytes };
  }),
};
