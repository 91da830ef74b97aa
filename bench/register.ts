import { join } from 'node:path';
import { createCore } from '../electron/core/app';
import { seedDemo } from '../electron/cli/seed/demo';
import { seedProvince } from '../electron/cli/seed/province';
import { report, round, tempDir } from './harness';
import { benchDelete, benchSearch } from './search';

/** Province-scale register: build 100,000 people, then time the people search the UI and CLI use (bench/search.ts). */
export async function benchRegister(people = 100_000): Promise<void> {
  const tmp = tempDir();
  try {
    const core = createCore({ create: true, dbFile: join(tmp.dir, 'bench.db') });
    const started = performance.now();
    await seedDemo(core);
    seedProvince(core.ctx, people);
    const seedSeconds = round((performance.now() - started) / 1000);
    report(`Register: ${people.toLocaleString('en')} people (seeded in ${seedSeconds} s)`, []);
    benchSearch(core.ctx.db, people);
    benchDelete(core, people);
    core.close();
  } finally {
    tmp.dispose();
  }
}
