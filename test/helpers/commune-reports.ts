/**
 * Many communes' report workbooks, made fast by the app itself (issue 13 tests and bench): one
 * demo register, and between builds the commune's identity (id, name) and its figures (activity
 * results, villages) are changed in place, so each workbook is a real TCNS report of another
 * commune with other numbers.
 */
import { randomUUID } from 'node:crypto';
import { seedDemo } from '../../electron/cli/seed/demo';
import { tempCore } from './core';

export const PROVINCE = 'Thừa Thiên Huế';
export const communeName = (i: number): string => `Thử ${String(i).padStart(3, '0')}`;
export const communeTitle = (i: number): string => `xã ${communeName(i)}`;

export interface CommuneReports {
  build(i: number, period: string, options?: { bump?: number; layoutId?: string }): Promise<Uint8Array>;
  dispose(): void;
}

export async function communeReports(): Promise<CommuneReports> {
  const t = tempCore();
  await seedDemo(t.core);
  const db = t.core.ctx.db;
  const ids = new Map<number, string>();
  let bumped = 0;
  let villages = 0;
  return {
    /** Commune i's report for the period; `bump` adds to every activity value (a corrected resend). */
    async build(i, period, options = {}) {
      if (!ids.has(i)) ids.set(i, randomUUID());
      const target = i + (options.bump ?? 0);
      db.prepare('UPDATE commune SET id = ?, name = ?, place_name = ?, province = ?').run(ids.get(i), communeName(i), communeName(i), PROVINCE);
      db.prepare('UPDATE activity_value SET value = value + ?').run(target - bumped);
      bumped = target;
      // Villages vary too: i % 4 more than the demo has (village coverage differs per commune).
      const want = i % 4;
      const now = new Date().toISOString();
      for (; villages < want; villages++) {
        db.prepare(`INSERT INTO village (id, name, name_folded, kind, created_at, updated_at) VALUES (?, ?, ?, 'thon', ?, ?)`)
          .run(randomUUID(), `Thôn Thêm ${villages}`, `thon them ${villages}`, now, now);
      }
      for (; villages > want; villages--) db.prepare(`DELETE FROM village WHERE name = ?`).run(`Thôn Thêm ${villages - 1}`);
      const built = await t.op('reports.build', { period, number: null, date: '2026-10-05', layoutId: options.layoutId });
      return built.bytes;
    },
    dispose: () => t.dispose(),
  };
}
