import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs fn `runs` times after a warm-up and reports median and 95th percentile in ms. */
export function measure(name: string, runs: number, fn: () => unknown): { name: string; medianMs: number; p95Ms: number } {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { name, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) };
}

export const round = (n: number) => Math.round(n * 10) / 10;

export function tempDir(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-bench-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function report(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n## ${title}`);
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  console.log(`| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${cols.map((c) => r[c]).join(' | ')} |`);
}
