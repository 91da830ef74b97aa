import { createCore } from '../electron/core/app';
import { call } from '../electron/core/dispatch';
import { demoCommuneInput } from '../test/helpers/core';
import { bundlePrograms } from '../test/helpers/fault-harness';
import { emptyTally, importKillLane, serveKillLane } from '../test/helpers/kill-cycles';
import { report, tempDir } from './harness';
import { join } from 'node:path';

/**
 * The longer kill -9 run (issue 9 acceptance 2): the same lanes as the crash test in
 * `npm test` (test/integration/faults/kill-cycles.test.ts), with more cycles.
 */
export async function benchFaults(): Promise<void> {
  const tmp = tempDir();
  try {
    const programs = await bundlePrograms('bench-faults');
    const lane = async (name: string) => {
      const file = join(tmp.dir, name);
      const core = createCore({ dbFile: file, create: true });
      await call(core.handlers, core.ctx, 'commune.save', demoCommuneInput);
      core.close();
      return file;
    };
    const files = await Promise.all(['s0.db', 's1.db', 's2.db', 'i0.db', 'i1.db'].map(lane));
    const serve = emptyTally();
    const imports = emptyTally();
    const started = performance.now();
    await Promise.all([
      serveKillLane(programs, files[0], 0, 30, serve),
      serveKillLane(programs, files[1], 1, 30, serve),
      serveKillLane(programs, files[2], 2, 30, serve),
      importKillLane(programs, files[3], tmp.dir, 3, 20, imports),
      importKillLane(programs, files[4], tmp.dir, 4, 20, imports),
    ]);
    const seconds = Math.round((performance.now() - started) / 1000);
    report(`kill -9 cycles (${seconds} s)`, [
      { target: 'serve mode writes (3 clients each)', cycles: serve.kills, 'acknowledged writes': serve.acknowledged, 'lost writes': serve.lostWrites, 'partial imports': '–', problems: serve.problems.length },
      { target: 'import members --commit (200 rows)', cycles: imports.kills, 'acknowledged writes': `${imports.completedImports} imports`, 'lost writes': 0, 'partial imports': imports.partialImports, problems: imports.problems.length },
    ]);
    for (const p of [...serve.problems, ...imports.problems]) console.log(`problem: ${p}`);
  } finally {
    tmp.dispose();
  }
}
