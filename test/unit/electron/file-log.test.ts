import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLog, redact } from '../../../electron/core/log/file-log';

/** Issue 10: the support log rotates, and never holds a secret or a citizen's identity number. */
describe('support log', () => {
  it('masks secrets by key and identity numbers anywhere, and summarises bytes', () => {
    expect(redact({
      password: 'bí mật', pin: '1234', p12: new Uint8Array(10), person: { cccd: '079204001234', note: 'CCCD 079204001234, CMND 123456789, SĐT 0912345678' },
      pdf: new Uint8Array(2048),
    })).toEqual({
      password: '[ẩn]', pin: '[ẩn]', p12: '[ẩn]',
      person: { cccd: '[ẩn]', note: 'CCCD ************, CMND *********, SĐT 0912345678' },
      pdf: '<2048 byte>',
    });
  });

  it('rotates at the size limit, keeping the newest lines and at most `keep` old files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcns-log-'));
    const file = join(dir, 'logs', 'tcns.log');
    const log = createFileLog({ file, maxBytes: 2_000, keep: 3, clock: () => new Date('2026-11-30T08:00:00Z') });
    for (let i = 0; i < 200; i++) log.error('Không lưu được thành viên', { operation: 'people.create', i, cccd: '079204001234' });
    const files = readdirSync(join(dir, 'logs')).sort();
    expect(files).toEqual(['tcns.log', 'tcns.log.1', 'tcns.log.2', 'tcns.log.3']);
    for (const f of files) expect(statSync(join(dir, 'logs', f)).size).toBeLessThanOrEqual(2_000);
    const last = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { i: number; level: string; event: string; at: string });
    expect(last.at(-1)).toEqual({ at: '2026-11-30T08:00:00.000Z', level: 'error', event: 'Không lưu được thành viên', operation: 'people.create', i: 199, cccd: '[ẩn]' });
    expect(files.map((f) => readFileSync(join(dir, 'logs', f), 'utf8')).join('')).not.toContain('079204001234');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.4`)).toBe(false);
  });
});
