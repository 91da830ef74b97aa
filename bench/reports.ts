/**
 * The upward report at province scale: 100,000 team members (seedProvince, then every resident
 * seated in their village's team) written by the TCNS report writer, next to a plain ExcelJS
 * streaming write of the same member rows as the reference.
 *
 * Each write runs in a child process of its own, so its peak memory (resourceUsage().maxRSS)
 * is its own and not the seed's. This file is also the child: with TCNS_BENCH_REPORT_CHILD set
 * it performs one write and prints its measurements as JSON.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '../electron/cli/seed/demo';
import { seedProvince } from '../electron/cli/seed/province';
import { createCore } from '../electron/core/app';
import { buildReportFile } from '../electron/core/reports/build';
import { report, round, tempDir } from './harness';
import { captureTemplate, referenceWrite, sameWorkbook, type ReportTemplate } from './report-reference';

const CHILD_ENV = 'TCNS_BENCH_REPORT_CHILD';
const PERIOD = '2026-Q3';
const PERIOD_END = '2026-09-14';

interface ChildTask { kind: 'tcns' | 'reference' | 'plain'; dbFile: string; outFile: string; template?: string }
interface ChildResult { seconds: number; cpuSeconds: number; peakRssMb: number; startRssMb: number; rows: number; bytes: number }

const mb = (bytes: number) => round(bytes / 1024 / 1024);
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Seats every resident without one in the team of their village: 100,000 people → 100,000 members. */
export function seatEveryone(dbFile: string, people: number): number {
  const core = createCore({ create: true, dbFile, actor: 'bench' });
  try {
    seedProvince(core.ctx, people);
    core.ctx.db.exec(`
      INSERT INTO membership (id, team_id, person_id, position, start_date, created_at, updated_at)
      SELECT lower(hex(randomblob(16))), tv.team_id, p.id, 'thanh_vien', '2026-01-05', p.created_at, p.created_at
      FROM person p JOIN team_village tv ON tv.village_id = p.village_id JOIN team t ON t.id = tv.team_id AND t.status = 'established'
      WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id AND m.team_id = tv.team_id AND m.end_date IS NULL)`);
    return (core.ctx.db.prepare(
      `SELECT count(*) AS n FROM membership m JOIN team t ON t.id = m.team_id
       WHERE t.established_on <= ? AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date > ?)`,
    ).get(PERIOD_END, PERIOD_END, PERIOD_END) as { n: number }).n;
  } finally {
    core.close();
  }
}

/** The reference: the same member rows, one query, written with ExcelJS's streaming writer and nothing else. */
async function plainWrite(task: ChildTask): Promise<number> {
  const core = createCore({ create: true, dbFile: task.dbFile, actor: 'bench' });
  const rows = core.ctx.db
    .prepare(
      `SELECT p.full_name, p.birth_year, p.phone, p.background_role, m.position, t.name AS team, v.name AS village
       FROM membership m JOIN person p ON p.id = m.person_id JOIN team t ON t.id = m.team_id LEFT JOIN village v ON v.id = p.village_id
       WHERE t.established_on <= ? AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date > ?)
       ORDER BY t.level, t.name, m.position, p.name_key`,
    )
    .all(PERIOD_END, PERIOD_END, PERIOD_END) as Record<string, string | number | null>[];
  core.close();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: task.outFile, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Số điện thoại', 'Thành phần', 'Chức danh trong Tổ', 'Tổ', 'Thôn']).commit();
  rows.forEach((r, i) => sheet.addRow([i + 1, r.full_name, r.birth_year, r.phone, r.background_role, r.position, r.team, r.village]).commit());
  sheet.commit();
  await workbook.commit();
  return rows.length;
}

async function tcnsWrite(task: ChildTask): Promise<number> {
  const core = createCore({ create: true, dbFile: task.dbFile, actor: 'bench' });
  try {
    const { model } = await buildReportFile(core.ctx, { period: PERIOD, number: null, date: '2026-09-20', preparedBy: null }, task.outFile);
    return model.memberCount;
  } finally {
    core.close();
  }
}

/** The fair reference (report-reference.ts): the same workbook through plain ExcelJS. */
async function fairWrite(task: ChildTask): Promise<number> {
  const template = JSON.parse(readFileSync(task.template!, 'utf8')) as ReportTemplate;
  const core = createCore({ create: true, dbFile: task.dbFile, actor: 'bench' });
  try {
    return await referenceWrite(core.ctx, template, PERIOD_END, task.outFile);
  } finally {
    core.close();
  }
}

async function child(task: ChildTask): Promise<ChildResult> {
  const startRss = process.memoryUsage().rss;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rows = await (task.kind === 'tcns' ? tcnsWrite(task) : task.kind === 'reference' ? fairWrite(task) : plainWrite(task));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { seconds: round2(seconds), cpuSeconds: round2((used.user + used.system) / 1e6), peakRssMb: round(process.resourceUsage().maxRSS / 1024), startRssMb: mb(startRss), rows, bytes: statSync(task.outFile).size };
}

function runChild(task: ChildTask): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', self], {
    env: { ...process.env, [CHILD_ENV]: JSON.stringify(task) },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 600_000,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchReports(people = 100_000, runs = 5): Promise<void> {
  const tmp = tempDir();
  try {
    const dbFile = join(tmp.dir, 'bench.db');
    const seeding = performance.now();
    const core = createCore({ create: true, dbFile, actor: 'bench' });
    await seedDemo(core);
    core.close();
    const members = seatEveryone(dbFile, people);
    const seedSeconds = round((performance.now() - seeding) / 1000);
    const rows: Record<string, string | number>[] = [];
    const template = join(tmp.dir, 'template.json');
    const names = {
      tcns: 'TCNS report (4 sheets, styles, header, data sheet, streamed)',
      reference: 'fair reference: plain ExcelJS stream of the same cells, styles, merges, sheets',
      plain: 'plain ExcelJS stream (member rows only, no styles)',
    };
    const medians: Record<string, { cpu: number; rss: number }> = {};
    const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
    const loadBefore = load();
    // Interleaved (tcns, reference, plain, tcns, …) so a change in the machine's load hits all alike.
    const results: Record<string, ChildResult[]> = { tcns: [], reference: [], plain: [] };
    for (let i = 0; i < runs; i++) {
      for (const kind of ['tcns', 'reference', 'plain'] as const) {
        results[kind].push(runChild({ kind, dbFile, outFile: join(tmp.dir, `${kind}-${i}.xlsx`), template }));
        if (kind === 'tcns' && i === 0) writeFileSync(template, JSON.stringify(await captureTemplate(join(tmp.dir, 'tcns-0.xlsx'))));
      }
    }
    for (const kind of ['tcns', 'reference', 'plain'] as const) {
      const rs = results[kind];
      medians[kind] = { cpu: median(rs.map((r) => r.cpuSeconds)), rss: Math.max(...rs.map((r) => r.peakRssMb)) };
      rows.push({
        writer: names[kind],
        'member rows': rs[0].rows.toLocaleString('en'),
        'median s (wall)': median(rs.map((r) => r.seconds)),
        'median s (CPU)': medians[kind].cpu,
        'peak RSS MB (max of runs)': medians[kind].rss,
        'RSS at start MB': median(rs.map((r) => r.startRssMb)),
        'file MB': mb(rs[0].bytes),
      });
    }
    for (const [i, kind] of (['tcns', 'reference', 'plain'] as const).entries()) {
      rows[i]['CPU vs fair ref'] = `${(medians[kind].cpu / medians.reference.cpu).toFixed(2)}×`;
      rows[i]['peak RSS vs fair ref'] = `${medians[kind].rss >= medians.reference.rss ? '+' : ''}${round((medians[kind].rss / medians.reference.rss - 1) * 100)} %`;
    }
    const same = await sameWorkbook(join(tmp.dir, 'tcns-0.xlsx'), join(tmp.dir, 'reference-0.xlsx'));
    report(`Reports: ${members.toLocaleString('en')} members, quarter report (seeded in ${seedSeconds} s; ${runs} runs each, one child process per run; load average ${loadBefore} → ${load()})`, rows);
    console.log(same ? `The reference differs from the report: ${same}` : 'The fair reference wrote the same cells, styles, merges, widths, heights and print setup as the report.');
  } finally {
    tmp.dispose();
  }
}

if (process.env[CHILD_ENV]) {
  const result = await child(JSON.parse(process.env[CHILD_ENV]) as ChildTask);
  console.log(JSON.stringify(result));
}
