import Database from 'better-sqlite3';
import { join } from 'node:path';
import { backupFolder, checkDatabaseFile, listBackups } from '../../electron/core/backups/store';
import { checkDatabase, importCsv, run, startServe, type Programs } from './fault-harness';

/**
 * kill -9 cycles (issue 9 "Faults change nothing"): shared by the crash test in `npm test` and
 * the longer run in `npm run bench`. Each lane has its own database file.
 */
export interface KillTally {
  kills: number;
  acknowledged: number;
  lostWrites: number;
  partialImports: number;
  completedImports: number;
  problems: string[];
}

export const emptyTally = (): KillTally => ({ kills: 0, acknowledged: 0, lostWrites: 0, partialImports: 0, completedImports: 0, problems: [] });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function checkAfterKill(file: string, tally: KillTally, label: string): void {
  const check = checkDatabase(file);
  if (check.integrity !== 'ok') tally.problems.push(`${label}: integrity ${check.integrity}`);
  if (check.foreignKeyProblems) tally.problems.push(`${label}: ${check.foreignKeyProblems} foreign key problems`);
}

/**
 * Serve mode: start the real server, write villages and people from 3 concurrent clients,
 * kill -9 the server 150–650 ms into the writing, then check every write it acknowledged
 * (HTTP 200 received) is in the file.
 */
export async function serveKillLane(programs: Programs, dbFile: string, lane: number, cycles: number, tally: KillTally): Promise<void> {
  const acked: string[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    const serve = await startServe(programs.serve, dbFile);
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const name = `Thôn L${lane}C${cycle}W${w}N${i}`;
        const reply = await serve.call('villages.create', { name, kind: 'thon', households: i });
        if (!reply) return; // the server died mid-request: not acknowledged
        if (reply.status === 200) acked.push(name);
        else tally.problems.push(`serve answered ${reply.status} ${reply.body.error?.message}`);
      }
    };
    const writing = Promise.all([0, 1, 2].map(writer));
    await sleep(150 + Math.random() * 500);
    await serve.kill();
    stop = true;
    await writing;
    tally.kills++;
    checkAfterKill(dbFile, tally, `serve lane ${lane} cycle ${cycle}`);
  }
  const db = new Database(dbFile, { readonly: true });
  const present = new Set((db.prepare('SELECT name FROM village').all() as { name: string }[]).map((r) => r.name));
  db.close();
  tally.acknowledged += acked.length;
  tally.lostWrites += acked.filter((name) => !present.has(name)).length;
}

/**
 * `import members --commit` killed at a random moment: each import's people (found by their
 * phone prefix) must be all there or none. Runs until `kills` imports were actually killed.
 */
export async function importKillLane(programs: Programs, dbFile: string, dir: string, lane: number, kills: number, tally: KillTally, rows = 200): Promise<void> {
  let killed = 0;
  // One import runs to the end first: its duration places the kills inside the reading and
  // the commit rather than in the start-up (which would prove nothing). The shortest complete
  // run is kept: a first run slowed by a cold cache or a busy machine would put later kills
  // after the import has already finished.
  let fullRunMs = Infinity;
  for (let attempt = 0; killed < kills && attempt < kills * 4; attempt++) {
    const batch = lane * 40 + attempt;
    const csv = join(dir, `import-${lane}-${attempt}.csv`);
    const prefix = importCsv(csv, batch, rows);
    const started = performance.now();
    const killAfterMs = fullRunMs === Infinity ? undefined : fullRunMs * (0.4 + 0.55 * Math.random());
    const result = await run(programs.cli, ['import', 'members', csv, '--commit', '--db', dbFile], { killAfterMs });
    if (result.signal === null && result.code === 0) fullRunMs = Math.min(fullRunMs, performance.now() - started);
    const db = new Database(dbFile, { readonly: true });
    const n = (db.prepare("SELECT count(*) AS n FROM person WHERE phone LIKE ? || '%'").get(prefix) as { n: number }).n;
    db.close();
    if (result.signal === 'SIGKILL') {
      killed++;
      tally.kills++;
    } else if (result.code === 0) {
      tally.completedImports++;
      if (n !== rows) tally.problems.push(`import ${batch} reported success but has ${n}/${rows} people`);
    } else {
      tally.problems.push(`import ${batch} failed: ${result.stdout}${result.stderr}`);
    }
    if (n !== 0 && n !== rows) tally.partialImports++;
    checkAfterKill(dbFile, tally, `import lane ${lane} attempt ${attempt}`);
    // The import first writes a backup: a kill during it must not leave a truncated backup
    // under a normal name (issue 14 §7) — every listed good backup still checks out.
    for (const b of listBackups(backupFolder(dbFile)).filter((x) => x.verified)) {
      if (!checkDatabaseFile(b.file).ok) tally.problems.push(`backup ${b.name} listed as good but fails its check`);
    }
  }
}
