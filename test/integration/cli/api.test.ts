import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { openDatabase } from '../../../electron/core/db/open';
import type { DecisionDetail, DecisionRow, TeamDetail, TeamRow } from '../../../shared/api';

/**
 * Issue 8 §6: the whole contract from the command line (`api`), `decision draft` and
 * `decision issue`, on the demo commune in a real database file.
 */
let dir: string;
let db: string;
let printed: string[];
const cli = async (...args: string[]) => {
  printed = [];
  const code = await main([...args, '--db', db], (s) => printed.push(s));
  return { code, out: printed.join('\n') };
};
const json = <T>(out: string) => JSON.parse(out) as T;

/** The draft's editable fields with the "…" blanks of the default căn cứ filled, as an officer would. */
function completed(draft: DecisionDetail) {
  const fields = {
    id: draft.id, version: draft.version, authority: draft.authority, signerCapacity: draft.signerCapacity,
    signerName: draft.signerName, title: draft.title, canCu: draft.canCu, deNghi: draft.deNghi,
    articles: draft.articles, recipients: draft.recipients,
  };
  return JSON.parse(JSON.stringify(fields).replaceAll('…', '12')) as typeof fields;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tcns-cli-api-'));
  db = join(dir, 'tcns.db');
  expect((await cli('seed')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli api <operation> [JSON]', () => {
  it('prints the JSON result of a read operation, the same as the contract returns', async () => {
    const { code, out } = await cli('api', 'decisions.list');
    expect(code).toBe(0);
    const rows = json<DecisionRow[]>(out);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => typeof r.numberText === 'string')).toBe(true);
    const issued = rows.find((r) => r.status === 'issued') as DecisionRow;
    const one = await cli('api', 'decisions.get', JSON.stringify({ id: issued.id }));
    expect(json<DecisionDetail>(one.out)).toMatchObject({ id: issued.id, numberText: issued.numberText, status: 'issued' });
  });

  it('lists the operations, and refuses an unknown one or bad JSON with a Vietnamese message and exit 1', async () => {
    const list = await cli('api', '--list');
    expect(list.out.split('\n')).toEqual(expect.arrayContaining(['decisions.issue', 'teams.list', 'reports.build']));
    expect(await cli('api', 'decisions.nothing')).toEqual({ code: 1, out: 'Lỗi: Không có thao tác "decisions.nothing". Xem danh sách: api --list' });
    expect(await cli('api', 'decisions.get', '{id:')).toEqual({ code: 1, out: 'Lỗi: Dữ liệu vào không phải JSON hợp lệ.' });
    const invalid = await cli('api', 'decisions.nextNumber', '{"year": 1800}');
    expect(invalid.code).toBe(1);
    expect(invalid.out).toMatch(/^Lỗi: /u);
  });

  it('runs mutations through the dispatch: validated, one transaction, audited as the CLI', async () => {
    const before = await cli('api', 'villages.list');
    const count = json<unknown[]>(before.out).length;
    const created = await cli('api', 'villages.create', JSON.stringify({ name: 'Thôn Mới CLI', kind: 'thon', households: 120 }));
    expect(created.code, created.out).toBe(0);
    const village = json<{ id: string; name: string }>(created.out);
    expect(village.name).toBe('Thôn Mới CLI');
    expect(json<unknown[]>((await cli('api', 'villages.list')).out)).toHaveLength(count + 1);
    const check = openDatabase(db);
    try {
      const audit = check.prepare("SELECT actor FROM audit_log WHERE entity_id = ?").all(village.id) as { actor: string }[];
      expect(audit.map((a) => a.actor)).toEqual(['cli']);
    } finally {
      check.close();
    }
    const refused = await cli('api', 'villages.create', JSON.stringify({ name: '', kind: 'thon' }));
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('không được để trống');
  });

  it('writes a file result with --out and refuses to overwrite it without --force', async () => {
    const issued = json<DecisionRow[]>((await cli('api', 'decisions.list')).out).find((r) => r.status === 'issued') as DecisionRow;
    const out = join(dir, 'files', 'qd.pdf');
    const input = JSON.stringify({ id: issued.id });
    const noOut = await cli('api', 'decisions.exportPdf', input);
    expect(noOut.code).toBe(1);
    expect(noOut.out).toContain('thêm --out TỆP');

    const first = await cli('api', 'decisions.exportPdf', input, '--out', out);
    expect(first.code, first.out).toBe(0);
    expect(json<{ file: string; size: number; mimeType: string }>(first.out)).toMatchObject({ file: out, size: statSync(out).size, mimeType: 'application/pdf' });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain(issued.numberText.replace(/^Số:\s*/u, ''));

    const again = await cli('api', 'decisions.exportPdf', input, '--out', out);
    expect(again.code).toBe(1);
    expect(again.out).toBe(`Lỗi: Tệp ${out} đã có. Thêm --force để ghi đè, hoặc chọn tên khác.`);
    expect((await cli('api', 'decisions.exportPdf', input, '--out', out, '--force')).code).toBe(0);
  });
});

describe('cli decision draft / decision issue', () => {
  let teams: TeamRow[];
  let draft: DecisionDetail;

  it('drafts a thành lập decision for two teams and prints it as decisions.get returns it', async () => {
    // A thành lập sets up teams not yet established (the team lifecycle refuses the others):
    // the demo's planned team and one added here.
    const added = await cli('api', 'teams.create', JSON.stringify({ name: 'Tổ công nghệ số cộng đồng tổ dân phố 2', level: 'village' }));
    expect(added.code, added.out).toBe(0);
    const created = json<TeamDetail>(added.out);
    const joined = await cli('api', 'teams.addMember', JSON.stringify({
      teamId: created.id, teamVersion: created.version, position: 'to_truong', startDate: '2026-11-02',
      newPerson: { fullName: 'Trần Thị Mai', gender: 'nu', backgroundRole: 'nguoi_dan' },
    }));
    expect(joined.code, joined.out).toBe(0);
    teams = json<TeamRow[]>((await cli('api', 'teams.list')).out).filter((t) => t.status === 'draft');
    expect(teams.length).toBeGreaterThanOrEqual(2);
    const ids = teams.slice(0, 2).map((t) => t.id);
    const drafted = await cli('decision', 'draft', '--kind', 'thanh-lap', '--teams', ids.join(','), '--json');
    expect(drafted.code, drafted.out).toBe(0);
    draft = json<DecisionDetail>(drafted.out);
    expect(draft).toMatchObject({ kind: 'thanh_lap', status: 'draft', number: null });
    expect(draft.teams.map((t) => t.id).sort()).toEqual([...ids].sort());
    expect(json<DecisionDetail>((await cli('api', 'decisions.get', JSON.stringify({ id: draft.id }))).out)).toEqual(draft);

    const established = json<TeamRow[]>((await cli('api', 'teams.list')).out).find((t) => t.status === 'established') as TeamRow;
    const plain = await cli('decision', 'draft', '--kind', 'kien-toan', '--teams', established.id);
    expect(plain.code, plain.out).toBe(0);
    expect(plain.out).toMatch(/^Đã lập dự thảo [0-9a-f-]{36}: /u);
  });

  it('refuses a wrong kind, no teams or an unknown team with a Vietnamese message and exit 1', async () => {
    expect(await cli('decision', 'draft', '--kind', 'thanh_lap', '--teams', teams[0].id)).toEqual({
      code: 1, out: 'Lỗi: --kind "thanh_lap" không hợp lệ; chọn thanh-lap, kien-toan hoặc giai-the.',
    });
    expect((await cli('decision', 'draft', '--kind', 'giai-the')).out).toBe('Lỗi: Thiếu --teams MÃ[,MÃ…] (xem: api teams.list).');
    const unknown = await cli('decision', 'draft', '--kind', 'giai-the', '--teams', 'khong-co');
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(/^Lỗi: .*(tổ|Tổ)/u);
  });

  it('issues the completed draft with --number and --date dd/mm/yyyy; a taken number or a second issue is refused', async () => {
    const filled = await cli('api', 'decisions.updateDraft', JSON.stringify(completed(draft)));
    expect(filled.code, filled.out).toBe(0);
    const rows = json<DecisionRow[]>((await cli('api', 'decisions.list')).out);
    const taken = rows.find((r) => r.status === 'issued' && r.number !== null) as DecisionRow;
    const year = String(taken.year);

    const clash = await cli('decision', 'issue', draft.id, '--number', String(taken.number), '--date', `20/11/${year}`);
    expect(clash.code).toBe(1);
    expect(clash.out).toMatch(/^Lỗi: .*số/iu);
    expect(json<DecisionDetail>((await cli('api', 'decisions.get', JSON.stringify({ id: draft.id }))).out).status).toBe('draft');

    expect((await cli('decision', 'issue', draft.id, '--number', 'bảy', '--date', `20/11/${year}`)).out)
      .toBe('Lỗi: --number "bảy": số quyết định phải là số nguyên dương.');
    expect((await cli('decision', 'issue', draft.id, '--number', '41', '--date', '31/02/2026')).code).toBe(1);

    const issued = await cli('decision', 'issue', draft.id, '--number', '41', '--date', `20/11/${year}`);
    expect(issued.code, issued.out).toBe(0);
    expect(issued.out).toMatch(new RegExp(`^Đã ban hành Số: 41/QĐ-UBND ngày 20/11/${year}: `, 'u'));
    const stored = json<DecisionDetail>((await cli('api', 'decisions.get', JSON.stringify({ id: draft.id }))).out);
    expect(stored).toMatchObject({ status: 'issued', number: 41, date: `${year}-11-20` });

    const twice = await cli('decision', 'issue', draft.id, '--number', '42', '--date', `21/11/${year}`);
    expect(twice.code).toBe(1);
    expect(twice.out).toMatch(/^Lỗi: /u);
    expect(json<DecisionDetail>((await cli('api', 'decisions.get', JSON.stringify({ id: draft.id }))).out).number).toBe(41);
  });

  it('refuses to number a draft that still holds a blank ("…"), naming the line, and changes nothing (issue 8 §1)', async () => {
    const established = json<TeamRow[]>((await cli('api', 'teams.list')).out).find((t) => t.status === 'established') as TeamRow;
    const fresh = json<DecisionDetail>((await cli('decision', 'draft', '--kind', 'kien-toan', '--teams', established.id, '--json')).out);
    const blank = await cli('api', 'decisions.updateDraft', JSON.stringify({ ...completed(fresh), signerName: '…' }));
    expect(blank.code, blank.out).toBe(0);
    const refused = await cli('decision', 'issue', fresh.id, '--number', '43', '--date', '20/11/2026');
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^Lỗi: [\s\S]*Họ tên người ký/u);
    expect(json<DecisionDetail>((await cli('api', 'decisions.get', JSON.stringify({ id: fresh.id }))).out)).toMatchObject({ status: 'draft', number: null });
  });
});

describe('the bundled CLI (npm run cli)', () => {
  it('runs from the esbuild bundle (rebuilt when missing or stale) with exit codes and Vietnamese messages', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/run-node.mjs', 'cli', ...args, '--db', db], { encoding: 'utf8' });
    const list = run('api', 'decisions.list');
    expect(list.status, list.stderr).toBe(0);
    expect(existsSync('dist/node/cli.cjs')).toBe(true);
    expect(json<DecisionRow[]>(list.stdout).some((r) => r.number === 41)).toBe(true);
    const doctor = run('doctor', '--json');
    expect(doctor.status, doctor.stderr).toBe(0);
    expect(json<{ ok: boolean; integrity: string }>(doctor.stdout)).toMatchObject({ ok: true, integrity: 'ok' });
    const refused = run('decision', 'issue', 'khong-co', '--number', '1', '--date', '01/01/2026');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/^Lỗi: Không tìm thấy/u);
  });
});
