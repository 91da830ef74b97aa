/**
 * Province consolidation (issue 13): 120 commune reports made by the app itself, added to a
 * fresh workspace (read, checksum, every printed figure compared, stored in one transaction),
 * then the provincial workbook built. Target: under 10 s. Reference in the same run: ExcelJS
 * only loading the same 120 workbooks, the floor for any reader that looks at the cells.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { addReports, buildProvincialWorkbook, addCommunes, openWorkspace, setSetting } from '../electron/core/consolidation';
import { communeReports, communeTitle, PROVINCE } from '../test/helpers/commune-reports';
import { report, round, tempDir } from './harness';

const COMMUNES = 120;
const RUNS = 3;

function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  return fn().then(() => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchConsolidation(): Promise<void> {
  const gen = await communeReports();
  const files: { name: string; bytes: Uint8Array }[] = [];
  try {
    for (let i = 1; i <= COMMUNES; i++) files.push({ name: `bao-cao-${i}.xlsx`, bytes: await gen.build(i, '2026-Q3') });
  } finally {
    gen.dispose();
  }
  const tmp = tempDir();
  const ours: { ms: number; cpuMs: number }[] = [];
  const reference: { ms: number; cpuMs: number }[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const ws = openWorkspace(join(tmp.dir, `tinh-${run}.db`));
      setSetting(ws, 'province', PROVINCE);
      addCommunes(ws, Array.from({ length: COMMUNES }, (_, i) => communeTitle(i + 1)));
      ours.push(await timed(async () => {
        const verdicts = await addReports(ws, files, { period: '2026-Q3' });
        if (verdicts.some((v) => v.verdict !== 'accepted')) throw new Error('bench: a report was refused');
        await buildProvincialWorkbook(ws, '2026-Q3');
      }));
      ws.close();
      reference.push(await timed(async () => {
        for (const f of files) await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.bytes) as unknown as ArrayBuffer);
      }));
    }
  } finally {
    tmp.dispose();
  }
  const row = (what: string, xs: { ms: number; cpuMs: number }[]) => ({
    what, median: `${round(median(xs.map((x) => x.ms)) / 1000)} s`, CPU: `${round(median(xs.map((x) => x.cpuMs)) / 1000)} s`,
  });
  report(`Province consolidation, ${COMMUNES} commune reports (${RUNS} runs, target < 10 s)`, [
    row('TCNS: add 120 files (read, checksum, compare every printed figure, store) + build the provincial workbook', ours),
    row('reference: ExcelJS loading the same 120 workbooks, nothing else', reference),
  ]);
}
