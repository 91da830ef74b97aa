#!/usr/bin/env node
// Builds test/fixtures/migrations/schema-vN.db: a real database at each earlier schema version,
// filled with the demo commune by THAT version's own code (issue 9: "fixtures built by the
// previous version's code"). For each migration N+1 it takes the commit just before the one
// that added it, extracts that tree with `git archive`, runs its `seed` command with this
// checkout's node_modules, and keeps a compact copy (VACUUM INTO, rollback-journal mode).
//   node scripts/build-migration-fixtures.mjs
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const outDir = join(root, 'test', 'fixtures', 'migrations');
mkdirSync(outDir, { recursive: true });
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const migrations = readdirSync(join(root, 'electron/core/db/migrations')).filter((f) => /^\d{4}-.*\.sql$/u.test(f)).sort();

for (const next of migrations.slice(1)) {
  const version = Number(next.slice(0, 4)) - 1;
  const added = git('log', '--diff-filter=A', '--format=%H', '--', `electron/core/db/migrations/${next}`).split('\n').pop();
  // Some commits of a busy history do not run on their own (a file committed a step later):
  // walk back until one seeds a database at this version.
  let built = null;
  for (let back = 1; back <= 12 && !built; back++) {
    const commit = git('rev-parse', `${added}~${back}`);
    const work = mkdtempSync(join(tmpdir(), `tcns-fixture-v${version}-`));
    try {
      execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${work}"`], { cwd: root });
      symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
      const db = join(work, 'old.db');
      try {
        execFileSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/index.ts', 'seed', '--db', db], { cwd: work, stdio: 'pipe' });
      } catch {
        console.log(`${commit.slice(0, 10)} does not seed; trying its parent`);
        continue;
      }
      const source = new Database(db, { readonly: true });
      const got = source.pragma('user_version', { simple: true });
      if (got !== version) {
        source.close();
        console.log(`${commit.slice(0, 10)} seeds schema ${got}, not ${version}; trying its parent`);
        continue;
      }
      const target = join(outDir, `schema-v${version}.db`);
      rmSync(target, { force: true });
      source.prepare('VACUUM INTO ?').run(target);
      source.close();
      const out = new Database(target);
      out.pragma('journal_mode = DELETE');
      out.close();
      built = commit;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  // Migration numbers are reserved per feature, so some versions never shipped on their own
  // (0005 was merged before 0004); the test derives those from the nearest older fixture.
  if (built) console.log(`schema-v${version}.db from ${built.slice(0, 10)}`);
  else console.warn(`no commit before ${next} seeds schema ${version}: the test derives it`);
}
