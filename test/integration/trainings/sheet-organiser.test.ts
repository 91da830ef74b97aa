/**
 * A sign-in sheet names its issuing body where ND30 puts it (top left): the UBND xã for its own
 * sessions, the organising unit (e.g. a telecom company) for a session it runs, and both when
 * they run it together (issue 8 §5). Read back from the PDF by poppler, by position.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../../helpers/core';
import { twoTeams } from './scenario';

let t: ReturnType<typeof tempCore>;
let s: Awaited<ReturnType<typeof twoTeams>>;

beforeAll(async () => {
  t = tempCore();
  s = await twoTeams(t);
});
afterAll(() => t.dispose());

/** The text of the issuing-body block: page 1, left column, above the title. */
function issuerBlock(bytes: Uint8Array, name: string): string {
  const file = `test-output/trainings-organiser-${name}.pdf`;
  writeFileSync(file, bytes);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, `test-output/trainings-organiser-${name}`]);
  // 30 mm margin, 64 mm column; the header ends well above 160 pt.
  return execFileSync('pdftotext', ['-r', '72', '-f', '1', '-l', '1', '-x', '80', '-y', '40', '-W', '190', '-H', '110', '-layout', file, '-'], { encoding: 'utf8' })
    .replace(/\s+/gu, ' ').split(' DANH SÁCH')[0] // the title starts below the header
    .trim();
}

async function sheetFor(organiser: { organiserKind: 'commune' | 'telecom'; organiserName: string; coOrganised?: boolean }) {
  const session = await t.op('trainings.create', {
    title: 'Hướng dẫn cài đặt và sử dụng VNeID mức 2', date: '2026-04-12', format: 'in_person', ...organiser,
  });
  expect(session.coOrganised).toBe(organiser.coOrganised ?? false);
  return (await t.op('trainings.sheet', { id: session.id })).bytes;
}

describe('issuing body of a sign-in sheet', () => {
  it('is the UBND xã for the commune\'s own session', async () => {
    const block = issuerBlock((await t.op('trainings.sheet', { id: s.session.id })).bytes, 'commune');
    expect(block).toBe('ỦY BAN NHÂN DÂN XÃ HÒA BÌNH');
  });

  it('is the telecom company for a session it organises alone', async () => {
    const block = issuerBlock(await sheetFor({ organiserKind: 'telecom', organiserName: 'Viettel Quảng Trị' }), 'telecom');
    expect(block).toBe('VIETTEL QUẢNG TRỊ');
  });

  it('names both, the commune first, when they organise it together', async () => {
    const block = issuerBlock(await sheetFor({ organiserKind: 'telecom', organiserName: 'Viettel Quảng Trị', coOrganised: true }), 'joint');
    expect(block).toMatch(/^ỦY BAN NHÂN DÂN XÃ HÒA BÌNH VIETTEL QUẢNG TRỊ$/u);
  });

  it('keeps a co-organised flag only for another unit, and the flag survives an update', async () => {
    const created = await t.op('trainings.create', {
      title: 'Tập huấn thanh toán không dùng tiền mặt', date: '2026-04-19', format: 'in_person',
      organiserKind: 'telecom', organiserName: 'VNPT Quảng Trị', coOrganised: true,
    });
    const updated = await t.op('trainings.update', {
      id: created.id, version: created.version, title: created.title, date: created.date, format: created.format,
      organiserKind: created.organiserKind, organiserName: created.organiserName, coOrganised: false,
    });
    expect(updated.coOrganised).toBe(false);
    expect((await t.op('trainings.get', { id: created.id })).coOrganised).toBe(false);
  });
});
