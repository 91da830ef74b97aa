import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import { call } from '../../../electron/core/dispatch';
import { demoCommuneInput } from '../../helpers/core';
import { bundlePrograms, type Programs } from '../../helpers/fault-harness';
import { emptyTally, importKillLane, serveKillLane } from '../../helpers/kill-cycles';

let programs: Programs;
let dir: string;
beforeAll(async () => {
  programs = await bundlePrograms('kill-cycles');
  dir = mkdtempSync(join(tmpdir(), 'tcns-kill-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function communeDb(name: string): Promise<string> {
  const file = join(dir, name);
  const core = createCore({ dbFile: file, create: true });
  await call(core.handlers, core.ctx, 'commune.save', demoCommuneInput);
  core.close();
  return file;
}

describe('kill -9 (issue 9): no acknowledged write lost, no partial import', () => {
  it('survives ≥ 30 kill cycles against serve mode writes and import members --commit', { timeout: 240_000 }, async () => {
    const tally = emptyTally();
    const lanes = await Promise.all([communeDb('serve-a.db'), communeDb('serve-b.db'), communeDb('import-a.db'), communeDb('import-b.db')]);
    await Promise.all([
      serveKillLane(programs, lanes[0], 0, 10, tally),
      serveKillLane(programs, lanes[1], 1, 10, tally),
      importKillLane(programs, lanes[2], dir, 2, 5, tally),
      importKillLane(programs, lanes[3], dir, 3, 5, tally),
    ]);
    console.log(`kill -9 cycles: ${tally.kills} (serve + import); acknowledged writes ${tally.acknowledged}, lost ${tally.lostWrites}; imports completed ${tally.completedImports}, partial ${tally.partialImports}`);
    expect(tally.problems).toEqual([]);
    expect(tally.kills).toBeGreaterThanOrEqual(30);
    expect(tally.acknowledged).toBeGreaterThan(0);
    expect(tally.lostWrites).toBe(0);
    expect(tally.partialImports).toBe(0);
  });
});
