/**
 * Issue 10: how long `cli doctor` takes on the demo commune, start to exit, from the esbuild
 * bundle (scripts/run-node.mjs, what `npm run cli` runs) next to the TypeScript sources under
 * tsx (what `npm run cli` ran before). Runs alternate so machine load hits both alike; npm's own
 * start (the same for both) is measured separately.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { seedDemo } from '../electron/cli/seed/demo';
import { createCore } from '../electron/core/app';
import { report, round, tempDir } from './harness';

const RUNS = 7;

function timed(command: string, args: string[]): number {
  const started = performance.now();
  execFileSync(command, args, { stdio: 'ignore' });
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchStartup(): Promise<void> {
  const tmp = tempDir();
  try {
    const dbFile = join(tmp.dir, 'demo.db');
    const core = createCore({ dbFile, actor: 'bench', create: true });
    await seedDemo(core);
    core.close();

    const bundle = () => timed(process.execPath, ['scripts/run-node.mjs', 'cli', 'doctor', '--db', dbFile]);
    const tsx = () => timed(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'electron/cli/index.ts', 'doctor', '--db', dbFile]);
    const npmItself = () => timed('npm', ['run', '--silent', 'cli', '--', '--help']) - bundle();
    bundle(); // builds the bundle if stale and writes its code cache: not a start an office sees twice
    const times = { bundle: [] as number[], tsx: [] as number[], npm: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      times.tsx.push(tsx());
      times.bundle.push(bundle());
      if (i < 3) times.npm.push(npmItself());
    }
    const tsxMs = median(times.tsx);
    const bundleMs = median(times.bundle);
    report(`CLI start: \`cli doctor\` on the demo commune, start to exit (median of ${RUNS})`, [
      { how: 'esbuild bundle: node scripts/run-node.mjs cli doctor (npm run cli)', ms: round(bundleMs), 'vs tsx': `${round(tsxMs / bundleMs)}× faster` },
      { how: 'before: tsx electron/cli/index.ts doctor', ms: round(tsxMs), 'vs tsx': '1×' },
      { how: "npm's own start, added to both by `npm run`", ms: round(median(times.npm)), 'vs tsx': '' },
    ]);
  } finally {
    tmp.dispose();
  }
}
