/**
 * Province consolidation (issue 13): `consolidate add|status|build|communes|settings`, all on
 * a workspace file (--workspace), never on a commune's register.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import {
  addCommunes, addReports, buildProvincialWorkbook, communeNamesFromSheet, listCommunes, openWorkspace, periodStatus, setSetting, type Workspace,
} from '../../core/consolidation';
import { MAX_REPORT_BYTES } from '../../core/consolidation/read-report';
import type { Command, CommandContext } from '../index';

const WORKSPACE = { workspace: { type: 'string' } } as const;

function withWorkspace<T>(c: CommandContext, run: (ws: Workspace) => Promise<T> | T): Promise<T> | T {
  const file = c.flags.workspace;
  if (typeof file !== 'string' || !file.trim()) throw new AppError('VALIDATION', 'Thiếu --workspace TỆP.db (sổ tổng hợp của tỉnh).');
  const ws = openWorkspace(resolve(file));
  const close = () => ws.close();
  try {
    const result = run(ws);
    if (result instanceof Promise) return result.finally(close);
    close();
    return result;
  } catch (error) {
    close();
    throw error;
  }
}

const needPeriod = (c: CommandContext): string => {
  if (typeof c.flags.period !== 'string') throw new AppError('VALIDATION', 'Thiếu --period (ví dụ 2026-Q3).');
  return c.flags.period;
};

export const consolidateAddCommand: Command = {
  usage: 'consolidate add TỆP.xlsx… --workspace W.db [--period KỲ]',
  description: 'Thêm báo cáo của các xã vào sổ tổng hợp; mỗi tệp một kết luận',
  options: { ...WORKSPACE, period: { type: 'string' } },
  run: (c) => withWorkspace(c, async (ws) => {
    if (c.positionals.length === 0) throw new AppError('VALIDATION', 'Thiếu tệp báo cáo cần thêm.');
    // A file over the cap is not read at all: the reader refuses it by its size.
    const files = c.positionals.map((f) => {
      const size = statSync(f).size;
      return { name: basename(f), size, bytes: size > MAX_REPORT_BYTES ? new Uint8Array(0) : new Uint8Array(readFileSync(f)) };
    });
    const verdicts = await addReports(ws, files, { period: c.flags.period as string | undefined });
    if (c.flags.json) c.print(JSON.stringify(verdicts, null, 2));
    else {
      for (const v of verdicts) c.print(`${v.stored ? '✓' : '✗'} ${v.file}: ${v.message}`);
      const used = verdicts.filter((v) => v.verdict === 'accepted' || v.verdict === 'replaced').length;
      c.print(`${used}/${verdicts.length} tệp được dùng để tổng hợp.`);
    }
    // 3: some file was not taken, so a script can tell without reading the verdicts.
    return verdicts.every((v) => v.stored) ? 0 : 3;
  }),
};

export const consolidateStatusCommand: Command = {
  usage: 'consolidate status --period KỲ --workspace W.db [--json]',
  description: 'Xã nào đã nộp, xã nào chưa nộp báo cáo của kỳ',
  options: { ...WORKSPACE, period: { type: 'string' } },
  run: (c) => withWorkspace(c, (ws) => {
    const status = periodStatus(ws, needPeriod(c));
    if (c.flags.json) return c.print(JSON.stringify(status, null, 2));
    c.print(`${status.label}: đã nộp ${status.submitted}/${status.communes.length}.`);
    if (status.missing.length) c.print(`Chưa nộp (${status.missing.length}): ${status.missing.join(', ')}.`);
  }),
};

export const consolidateBuildCommand: Command = {
  usage: 'consolidate build --period KỲ --workspace W.db --out TINH.xlsx',
  description: 'Lập báo cáo tổng hợp toàn tỉnh của kỳ',
  options: { ...WORKSPACE, period: { type: 'string' }, out: { type: 'string' } },
  run: (c) => withWorkspace(c, async (ws) => {
    if (typeof c.flags.out !== 'string') throw new AppError('VALIDATION', 'Thiếu --out TỆP.xlsx.');
    const out = resolve(c.flags.out);
    const built = await buildProvincialWorkbook(ws, needPeriod(c));
    // Written beside, then renamed: a failure never leaves half a workbook under the real name.
    const part = `${out}.part`;
    try {
      writeFileSync(part, built.bytes);
      renameSync(part, out);
    } catch (error) {
      rmSync(part, { force: true });
      throw error;
    }
    if (c.flags.json) return c.print(JSON.stringify({ file: out, communes: built.communes, submitted: built.submitted, sections: built.sections.length }));
    c.print(`Đã lập báo cáo tổng hợp: ${built.submitted}/${built.communes} xã, phường đã nộp; ${built.sections.length} bảng. Tệp: ${out}`);
  }),
};

export const consolidateCommunesCommand: Command = {
  usage: 'consolidate communes [--add "xã A" …] [--import DS.xlsx] --workspace W.db',
  description: 'Danh sách xã, phường của tỉnh trong sổ tổng hợp (thêm tên, nhập từ Excel)',
  options: { ...WORKSPACE, import: { type: 'string' }, add: { type: 'boolean' } },
  run: (c) => withWorkspace(c, async (ws) => {
    const names = c.flags.add ? c.positionals : typeof c.flags.import === 'string' ? await communeNamesFromSheet(new Uint8Array(readFileSync(c.flags.import))) : [];
    if (names.length) {
      const r = addCommunes(ws, names);
      c.print(`Đã thêm ${r.added} xã, phường${r.alreadyListed.length ? `; ${r.alreadyListed.length} đã có trong danh sách` : ''}.`);
    }
    const all = listCommunes(ws);
    if (c.flags.json) return c.print(JSON.stringify(all, null, 2));
    c.print(`${all.length} xã, phường: ${all.map((x) => x.title).join(', ')}`);
  }),
};

const SETTINGS = ['province', 'issuer', 'place', 'symbol', 'recipient', 'signer'] as const;
export const consolidateSettingsCommand: Command = {
  usage: 'consolidate settings --workspace W.db [--province T] [--issuer "DÒNG 1\\nDÒNG 2"] …',
  description: 'Tỉnh, cơ quan lập báo cáo tổng hợp (--place, --symbol, --recipient, --signer)',
  options: { ...WORKSPACE, ...Object.fromEntries(SETTINGS.map((k) => [k, { type: 'string' as const }])) },
  run: (c) => withWorkspace(c, (ws) => {
    for (const key of SETTINGS) {
      const v = c.flags[key];
      if (typeof v !== 'string') continue;
      if (!v.trim() || v.length > 200) throw new AppError('VALIDATION', `--${key}: từ 1 đến 200 ký tự.`);
      setSetting(ws, key, v.replace(/\\n/gu, '\n').trim());
    }
    c.print('Đã lưu.');
  }),
};

export const consolidateCommands: Record<string, Command> = {
  'consolidate add': consolidateAddCommand,
  'consolidate status': consolidateStatusCommand,
  'consolidate build': consolidateBuildCommand,
  'consolidate communes': consolidateCommunesCommand,
  'consolidate settings': consolidateSettingsCommand,
};
