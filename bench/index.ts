// Province consolidation (issue 13)
import { benchConsolidation } from './consolidation';
import { benchImports } from './imports';
import { benchFaults } from './faults';
import { benchRegister } from './register';
import { benchReports } from './reports';
import { benchSigning } from './signing';
import { benchStartup } from './startup';
import { benchTrainings } from './trainings';
// daily
import { benchPeopleList } from './people-list';
// perf (issue 11: activity table speed)
import { benchActivityTable } from './activity-table';

/**
 * `npm run bench`: timings on province-scale data. Targets live here, not in unit tests,
 * because timings vary by machine; README reports the numbers measured on the dev machine.
 */
const only = process.argv[2];
const suites: Record<string, () => Promise<void>> = {
  register: () => benchRegister(),
  trainings: () => benchTrainings(),
  reports: () => benchReports(),
  imports: () => benchImports(),
  signing: () => benchSigning(),
  faults: () => benchFaults(),
  // daily
  'people-list': () => benchPeopleList(),
  // perf (issue 11: activity table speed)
  'activity-table': () => benchActivityTable(),
  // Issue 10: CLI start from the bundle vs tsx.
  startup: () => benchStartup(),
  // Province consolidation (issue 13)
  consolidation: () => benchConsolidation(),
};

console.log(`# TCNS benchmarks (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform})`);
for (const [name, run] of Object.entries(suites)) {
  if (!only || only === name) await run();
}
