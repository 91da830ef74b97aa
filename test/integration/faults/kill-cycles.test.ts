import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import { backupFolder, checkDatabaseFile, listBackups } from '../../../electron/core/backups/store';
import { call } from '../../../electron/core/dispatch';
import { latestVersion } from '../../../electron/core/db/migrate';
import { demoCommuneInput } from '../../helpers/core';
import { bundlePrograms, checkDatabase, run, type Programs } from '../../helpers/fault-harness';
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

  it('a kill during a migration (and its backup) leaves the old or the new schema, never a mix, and no bad backup', { timeout: 120_000 }, async () => {
    const file = join(dir, 'migrating.db');
    let kills = 0;
    let fullRunMs = Infinity;
    const outcomes: string[] = [];
    for (let cycle = 0; cycle < 9; cycle++) {
      copyFileSync(join(import.meta.dirname, '../../fixtures/migrations/schema-v2.db'), file);
      rmSync(`${file}-wal`, { force: true });
      const people = checkDatabaseFile(file).counts?.people;
      // The first run goes to the end; the shortest complete run aims the kills at the backup
      // and the migration rather than at the start-up.
      const started = performance.now();
      const result = await run(programs.open, [file], { killAfterMs: cycle === 0 ? undefined : fullRunMs * (0.3 + 0.65 * Math.random()) });
      if (result.signal === null) fullRunMs = Math.min(fullRunMs, performance.now() - started);
      if (result.signal === 'SIGKILL') kills++;
      const check = checkDatabase(file);
      expect(check).toEqual({ integrity: 'ok', foreignKeyProblems: 0 });
      const after = checkDatabaseFile(file);
      expect([2, latestVersion()]).toContain(after.schemaVersion);
      expect(after.counts?.people).toBe(people);
      outcomes.push(`${result.signal ?? 'exit'}→v${after.schemaVersion}${existsSync(backupFolder(file)) && readdirSync(backupFolder(file)).length ? '+backup files' : ''}`);
      for (const b of listBackups(backupFolder(file)).filter((x) => x.verified)) expect(checkDatabaseFile(b.file).ok).toBe(true);
      rmSync(backupFolder(file), { recursive: true, force: true });
    }
    console.log(`kill -9 during migration: ${kills} of 9 runs killed (${outcomes.join(', ')})`);
    expect(kills).toBeGreaterThan(0);
  });
});

