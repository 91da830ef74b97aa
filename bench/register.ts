import { join } from 'node:path';
import { createCore } from '../electron/core/app';
import { searchPeople } from '../electron/core/people/repository';
import { seedDemo } from '../electron/cli/seed/demo';
import { seedProvince } from '../electron/cli/seed/province';
import { measure, report, round, tempDir } from './harness';

/** Province-scale register: build 100,000 people, then time the people search the UI and CLI use. */
export async function benchRegister(people = 100_000): Promise<void> {
  const tmp = tempDir();
  try {
    const core = createCore({ create: true, dbFile: join(tmp.dir, 'bench.db') });
    const started = performance.now();
    await seedDemo(core);
    seedProvince(core.ctx, people);
    const seedSeconds = round((performance.now() - started) / 1000);
    const search = (query: string) => () => searchPeople(core.ctx.db, { query, limit: 50, offset: 0 });
    report(`Register: ${people.toLocaleString('en')} people (seeded in ${seedSeconds} s)`, [
      measure('search "nguyen thi hong" (first page of 50)', 30, search('nguyen thi hong')),
      measure('search "hong"', 30, search('hong')),
      measure('search "tran van an"', 30, search('tran van an')),
      measure('search with no match "xyzw"', 30, search('xyzw')),
      measure('empty search (first page, total)', 30, search('')),
      measure('page 100 of "nguyen"', 30, () => searchPeople(core.ctx.db, { query: 'nguyen', limit: 50, offset: 5000 })),
    ]);
    core.close();
  } finally {
    tmp.dispose();
  }
}
