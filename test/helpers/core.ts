import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/app';
import { call } from '../../electron/core/dispatch';
import type { OperationInput, OperationName, OperationResult } from '../../shared/api';

/** A real core on a real SQLite file in a temp folder; `op` throws the AppError on failure. */
export function tempCore(options: { clock?: () => Date } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-test-'));
  const dbFile = join(dir, 'tcns.db');
  const core: Core = createCore({ create: true, dbFile, actor: 'test', clock: options.clock });
  const op = <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationResult<K>> =>
    call(core.handlers, core.ctx, name, input);
  const count = (sql: string, ...params: unknown[]) =>
    (core.ctx.db.prepare(sql).get(...params) as { n: number }).n;
  return {
    core, op, dir, dbFile, count,
    dispose: () => {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const demoCommuneInput = {
  province: 'Thừa Thiên Huế',
  name: 'Hòa Bình',
  kind: 'xa' as const,
  placeName: 'Hòa Bình',
  chairName: 'Nguyễn Văn Ánh',
  viceChairs: ['Trần Thị Bích'],
  ruleProfileId: 'quang-tri',
};
