import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import type { Overview } from '../../../shared/api';
import { AGE_GROUPS } from '../../../shared/overview/age-groups';
import { tempCore } from '../../helpers/core';

let t: ReturnType<typeof tempCore>;
let overview: Overview;
beforeAll(async () => {
  t = tempCore({ clock: () => new Date('2026-11-30T03:00:00Z') });
  await seedDemo(t.core);
  overview = await t.op('overview.get', {});
});
afterAll(() => t.dispose());

const listTotal = async (filter: Parameters<typeof t.op<'people.list'>>[1]['filter']) =>
  (await t.op('people.list', { filter, limit: 1 })).total;

describe('overview.get on the demo commune', () => {
  it('counts coverage per village kind the way the rule check sees it', async () => {
    const active = t.count("SELECT count(*) AS n FROM village WHERE status = 'active'");
    expect(overview.coverage.reduce((s, c) => s + c.villages, 0)).toBe(active);
    const thon = overview.coverage.find((c) => c.kind === 'thon')!;
    expect(thon).toMatchObject({ established: thon.villages, planned: 0, none: 0 });
    // Tổ dân phố 1 has the draft team; Tổ dân phố 2 none (the demo's gaps).
    expect(overview.coverage.find((c) => c.kind === 'to_dan_pho')).toMatchObject({ villages: 2, established: 0, planned: 1, none: 1 });
    const check = await t.op('rules.check', {});
    // The draft team covers its village for the rule check too; "none" is what the check flags.
    expect(check.warnings.filter((w) => w.code === 'village_without_team')).toHaveLength(overview.coverage.reduce((s, c) => s + c.none, 0));
    expect(new Set(overview.ruleBreaches.map((b) => b.teamId))).toEqual(new Set(check.warnings.filter((w) => w.teamId).map((w) => w.teamId)));
    expect(overview.ruleBreaches.every((b) => b.teamName && b.messages.length > 0)).toBe(true);
  });

  it('counts members by role, age and gender exactly as the people list filters them', async () => {
    expect(overview.totals.members).toBe(await listTotal({ membersOnly: true }));
    expect(overview.membersByRole.reduce((s, r) => s + r.count, 0)).toBe(overview.totals.members);
    for (const r of overview.membersByRole) expect(await listTotal({ membersOnly: true, role: r.role })).toBe(r.count);
    const byAge = overview.membersByAge.reduce((s, a) => s + a.nam + a.nu + a.other, 0);
    expect(byAge).toBe(overview.totals.members);
    for (const a of overview.membersByAge.filter((x) => x.group !== 'unknown')) {
      expect(await listTotal({ membersOnly: true, age: a.group, gender: 'nu' })).toBe(a.nu);
      expect(await listTotal({ membersOnly: true, age: a.group, gender: 'nam' })).toBe(a.nam);
    }
    expect(overview.membersByAge.map((a) => a.group)).toEqual([...AGE_GROUPS.map((g) => g.id), 'unknown']);
  });

  it('lists teams below the size rule, trainings per month, people never trained, drafts and kiện toàn', async () => {
    for (const team of overview.teamsBelowSize) {
      const detail = await t.op('teams.get', { id: team.teamId });
      expect(detail.members).toHaveLength(team.members);
      expect(detail.warnings.some((w) => w.code === 'too_few_members')).toBe(true);
    }
    expect(overview.teamsBelowSize.length).toBeGreaterThan(0);

    expect(overview.trainingsByMonth).toHaveLength(12);
    expect(overview.trainingsByMonth.at(-1)!.month).toBe('2026-11');
    const held = (await t.op('trainings.list', {})).filter((s) => s.status === 'held' && s.date >= '2025-12-01');
    expect(overview.trainingsByMonth.reduce((s, m) => s + m.sessions, 0)).toBe(held.length);
    expect(overview.turnout.attended).toBeLessThanOrEqual(overview.turnout.invited);
    expect(overview.membersNeverTrained).toBe(await listTotal({ membersOnly: true, neverTrained: true }));
    expect(overview.membersNeverTrained).toBeGreaterThan(0);

    const drafts = (await t.op('decisions.list', {})).filter((d) => d.status === 'draft');
    expect(overview.draftDecisions.map((d) => d.id).sort()).toEqual(drafts.map((d) => d.id).sort());
    const needs = await t.op('decisions.consolidationNeeds', {});
    expect(overview.consolidation.map((c) => c.teamId)).toEqual(needs.map((n) => n.teamId));
    expect(overview.consolidation).toHaveLength(1);
    expect(overview.reportsDue.length).toBeGreaterThan(0);
  });

  it('sets the year\'s activity results against the year\'s targets', () => {
    expect(overview.activity.period).toBe('2026');
    const withTarget = overview.activity.rows.filter((r) => r.target !== null);
    expect(withTarget.length).toBeGreaterThan(0);
    expect(overview.activity.rows.some((r) => r.result > 0)).toBe(true);
  });
});

/** A real PNG (solid colour), built with zlib: the exporter must read its size from IHDR. */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0;
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]));
}

describe('overview.exportPdf', () => {
  it('puts the overview picture on one A4 landscape page (read back with pdfinfo and pdfimages)', async () => {
    const file = await t.op('overview.exportPdf', { png: png(2120, 1300) });
    const out = resolve('test-output/daily');
    mkdirSync(out, { recursive: true });
    const path = join(out, file.fileName);
    writeFileSync(path, file.bytes);
    expect(file.fileName).toBe('tong-quan-2026-11-30.pdf');
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/u);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/u);
    expect(info).toContain('Tổng quan Tổ công nghệ số cộng đồng');
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
    expect(images).toMatch(/\b2120\s+1300\b/u);
  });

  it('refuses bytes that are not a PNG, in Vietnamese', async () => {
    await expect(t.op('overview.exportPdf', { png: new Uint8Array([1, 2, 3]) })).rejects.toThrow('không phải PNG');
  });
});
