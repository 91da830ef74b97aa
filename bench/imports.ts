/**
 * Member import (issue 12): 10,000 TCVN3 rows from file to preview through the same dispatch
 * path as the UI, next to a plain ExcelJS streaming read of the same file (every row's values,
 * shared strings and styles cached) as the reference; and a 16 MB workbook holding 160 MB of
 * sheet XML, refused, with the reader's peak memory measured in a child process of its own.
 *
 * This file is also the child: with TCNS_BENCH_IMPORT_CHILD set it reads one file and prints
 * its measurements as JSON.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { createCore } from '../electron/core/app';
import { call } from '../electron/core/dispatch';
import { readMemberWorkbook, readZipEntries } from '../electron/core/imports/read';
import { longSheetWorkbook, tcvn3LongList } from '../test/helpers/workbooks';
import { report, round, tempDir } from './harness';

const CHILD_ENV = 'TCNS_BENCH_IMPORT_CHILD';
const mb = (bytes: number) => round(bytes / 1024 / 1024);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The reference: ExcelJS's own streaming reader over the same bytes, touching every value. */
async function plainStreamingRead(bytes: Uint8Array): Promise<{ rows: number; chars: number }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let rows = 0;
  let chars = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      for (const value of row.values as unknown[]) if (value !== undefined) chars += String(value).length;
    }
  }
  return { rows, chars };
}

interface ChildResult { seconds: number; peakRssMb: number; startRssMb: number; refused: string | null }

async function child(file: string): Promise<ChildResult> {
  const bytes = new Uint8Array(readFileSync(file));
  const startRss = process.memoryUsage().rss;
  const started = performance.now();
  let refused: string | null = null;
  try {
    await readMemberWorkbook(bytes, 'ca-tinh.xlsx');
  } catch (error) {
    refused = (error as Error).message;
  }
  return {
    seconds: round((performance.now() - started) / 1000),
    peakRssMb: round(process.resourceUsage().maxRSS / 1024),
    startRssMb: mb(startRss),
    refused,
  };
}

function runChild(file: string): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CHILD_ENV]: file },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

export async function benchImports(rows = 10_000, runs = 5): Promise<void> {
  const tmp = tempDir();
  try {
    const list = await tcvn3LongList(rows);
    const core = createCore({ dbFile: join(tmp.dir, 'bench.db'), actor: 'bench', create: true });
    // Wall time and CPU time (this process's user + system): on a busy machine CPU time is the fairer comparison.
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const times = { preview: [] as number[], read: [] as number[], plain: [] as number[], previewCpu: [] as number[], readCpu: [] as number[], plainCpu: [] as number[] };
    let previewRows = 0;
    const timed = async (wall: number[], cpuTimes: number[], fn: () => Promise<unknown>, keep: boolean) => {
      const [w, c] = [performance.now(), cpu()];
      await fn();
      if (keep) {
        wall.push(performance.now() - w);
        cpuTimes.push(cpu() - c);
      }
    };
    try {
      // Alternate the three so none gets a quieter machine; the first round is a warm-up.
      for (let i = 0; i <= runs; i++) {
        await timed(times.preview, times.previewCpu, async () => {
          const preview = await call(core.handlers, core.ctx, 'imports.previewMembers', { fileName: 'danh-sach.xlsx', bytes: list });
          previewRows = preview.summary.rows;
        }, i > 0);
        await timed(times.read, times.readCpu, () => readMemberWorkbook(list, 'danh-sach.xlsx'), i > 0);
        await timed(times.plain, times.plainCpu, () => plainStreamingRead(list), i > 0);
      }
    } finally {
      core.close();
    }
    const row = (what: string, wall: number[], cpuTimes: number[]) => ({
      what,
      'median ms': round(median(wall)),
      'CPU ms': round(median(cpuTimes)),
      'vs reference (CPU)': `${round(median(cpuTimes) / median(times.plainCpu))}×`,
    });
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
    report(`Imports: ${previewRows.toLocaleString('en')} TCVN3 rows (${mb(list.length)} MB xlsx), ${runs} runs each (target: preview ≤ 1.2× the reference on CPU; load average ${load})`, [
      row('TCNS: file → preview (read, convert TCVN3, interpret, duplicates), via dispatch', times.preview, times.previewCpu),
      row('TCNS reader alone: streamed sheet → converted rows', times.read, times.readCpu),
      row('reference: ExcelJS streaming WorkbookReader, every value read', times.plain, times.plainCpu),
    ]);

    // About 16 MB of xlsx holding 160 MB of sheet XML (issue 12's file): 320,000 rows of 16 columns.
    const hugeRows = 320_000;
    const huge = await longSheetWorkbook({ rows: hugeRows, extraColumns: 14, valueRange: 5 });
    const sheetXml = readZipEntries(huge, 'huge.xlsx').find((e) => e.name.startsWith('xl/worksheets/'))!.size;
    const file = join(tmp.dir, 'huge.xlsx');
    writeFileSync(file, huge);
    const result = runChild(file);
    report('Imports: a huge workbook, refused (child process)', [
      {
        file: `${mb(huge.length)} MB xlsx, ${mb(sheetXml)} MB of sheet XML, ${hugeRows.toLocaleString('en')} rows`,
        'refused in s': result.seconds,
        'peak RSS MB': result.peakRssMb,
        'RSS at start MB': result.startRssMb,
        message: result.refused ?? 'NOT REFUSED',
      },
    ]);
  } finally {
    tmp.dispose();
  }
}

if (process.env[CHILD_ENV]) {
  console.log(JSON.stringify(await child(process.env[CHILD_ENV])));
}
