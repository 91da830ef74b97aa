/**
 * Issue 12: inputs that were accepted though absurd — birth dates 9999-12-31 and 0000-01-01, a
 * 30 MB decision draft, a 100,000-character Zalo link — are refused with a Vietnamese message
 * through both transports (dispatch, as IPC uses it, and serve-mode HTTP), and change nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app';
import { call, dispatch } from '../../../electron/core/dispatch';
import { startServer, type RunningServer } from '../../../electron/serve/server';
import type { DecisionDetail } from '../../../shared/api';
import type { Envelope, ErrorPayload } from '../../../shared/errors';
import { parseWithBytes, stringifyWithBytes } from '../../../shared/transport/json-bytes';
import { demoCommuneInput } from '../../helpers/core';

let dir: string;
let core: Core;
let server: RunningServer;
let draft: DecisionDetail;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tcns-absurd-'));
  core = createCore({ dbFile: join(dir, 'tcns.db'), actor: 'test', create: true });
  await call(core.handlers, core.ctx, 'commune.save', demoCommuneInput);
  const team = await call(core.handlers, core.ctx, 'teams.create', { name: 'Tổ CNSCĐ thôn Đông', level: 'village' });
  await call(core.handlers, core.ctx, 'teams.addMember', {
    teamId: team.id, teamVersion: team.version, newPerson: { fullName: 'Trần Văn Tổ', birthYear: 1980 }, position: 'to_truong', startDate: '2026-01-05',
  });
  draft = await call(core.handlers, core.ctx, 'decisions.createDraft', { kind: 'thanh_lap', teamIds: [team.id] });
  server = await startServer({ core, port: 0, staticDir: dir });
});
afterAll(async () => {
  await server?.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function overHttp(name: string, input: unknown): Promise<{ status: number; envelope: Envelope<unknown> }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: stringifyWithBytes(input),
  });
  return { status: res.status, envelope: parseWithBytes(await res.text()) as Envelope<unknown> };
}

const counts = () =>
  core.ctx.db.prepare('SELECT (SELECT count(*) FROM person) p, (SELECT count(*) FROM team) t, (SELECT max(version) FROM decision) d, (SELECT count(*) FROM audit_log) a').get();

/** The draft's own fields with one part replaced. */
const draftWith = (change: Record<string, unknown>) => ({
  id: draft.id,
  version: draft.version,
  authority: draft.authority,
  signerCapacity: draft.signerCapacity,
  signerName: 'Nguyễn Văn Ánh',
  title: draft.title,
  canCu: draft.canCu,
  deNghi: draft.deNghi,
  articles: draft.articles,
  recipients: draft.recipients,
  ...change,
});

const thirtyMegabytes = 'Tổ có nhiệm vụ hướng dẫn người dân sử dụng dịch vụ công trực tuyến. '.repeat(450_000);

const cases: [string, string, () => unknown, RegExp][] = [
  ['birth date 9999-12-31', 'people.create', () => ({ person: { fullName: 'Lê Văn Tương Lai', birthDate: '9999-12-31' } }), /Ngày sinh không được ở tương lai/u],
  ['birth date 0000-01-01', 'people.create', () => ({ person: { fullName: 'Lê Văn Cổ', birthDate: '0000-01-01' } }), /Ngày sinh phải từ năm 1900/u],
  ['birth year 9999', 'people.create', () => ({ person: { fullName: 'Lê Văn Năm', birthYear: 9999 } }), /Năm sinh không được ở tương lai/u],
  ['a 30 MB article', 'decisions.updateDraft', () => draftWith({ articles: [{ label: 'Điều 1', paragraphs: [thirtyMegabytes] }] }), /Nội dung điều dài quá 2000 ký tự/u],
  ['30 MB of articles in many lines', 'decisions.updateDraft', () => draftWith({ articles: [{ label: 'Điều 1', paragraphs: Array.from({ length: 15_000 }, () => thirtyMegabytes.slice(0, 1990)) }] }), /tối đa 30 dòng/u],
  ['30 MB of căn cứ', 'decisions.updateDraft', () => draftWith({ canCu: [thirtyMegabytes] }), /Căn cứ dài quá 2000 ký tự/u],
  ['a decision dated 0001-01-01', 'decisions.updateDraft', () => draftWith({ date: '0001-01-01' }), /Ngày phải trong khoảng từ năm 2000/u],
  ['a 100,000-character Zalo link', 'teams.create', () => ({ name: 'Tổ CNSCĐ thôn Tây', level: 'village', zaloUrl: `https://zalo.me/g/${'a'.repeat(100_000)}` }), /Liên kết nhóm Zalo dài quá 200 ký tự/u],
  ['a session in year 9999', 'trainings.create', () => ({ title: 'Tập huấn VNeID', date: '9999-01-01' }), /Ngày phải trong khoảng/u],
];

describe('absurd inputs', () => {
  it.each(cases)('refuses %s through dispatch and over HTTP, changing nothing', async (_label, name, input, message) => {
    const before = counts();
    const direct = await dispatch(core.handlers, core.ctx, name, input());
    expect(direct.ok).toBe(false);
    const error = (direct as { error: ErrorPayload }).error;
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(message);

    const http = await overHttp(name, input());
    expect(http.status).toBe(400);
    expect(http.envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(message) } });
    expect(counts()).toEqual(before);
  });

  it('still takes the plausible values next to them', async () => {
    const person = await call(core.handlers, core.ctx, 'people.create', { person: { fullName: 'Lê Thị Thật', birthDate: '1990-02-28' } });
    expect(person.birthYear).toBe(1990);
    const team = await call(core.handlers, core.ctx, 'teams.create', { name: 'Tổ CNSCĐ thôn Nam', level: 'village', zaloUrl: 'https://zalo.me/g/abcdef123' });
    expect(team.zaloUrl).toBe('https://zalo.me/g/abcdef123');
  });
});
