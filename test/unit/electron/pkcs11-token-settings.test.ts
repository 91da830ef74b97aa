/**
 * Issue 15: the token's PKCS#11 states as Vietnamese messages (the codes SoftHSM2 cannot
 * produce: CKR_PIN_LOCKED from C_Login, a device removed, the final PIN try), and the per-PC
 * module setting (a JSON file of this PC, never the commune's database; usual Windows locations).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pkcs11 from 'pkcs11js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveModulePath, saveTokenModule, tokenModuleSetting } from '../../../electron/core/signing/pkcs11';
import { pinWrongMessage, tokenError } from '../../../electron/core/signing/pkcs11/token-errors';

const error = (name: string, code: number) => new pkcs11.Pkcs11Error(`${name}:${code}`, code, 'C_Login');

describe('PKCS#11 results in Vietnamese', () => {
  it('names a locked PIN, a removed token and the PIN tries the token reports', () => {
    expect(tokenError(error('CKR_PIN_LOCKED', pkcs11.CKR_PIN_LOCKED), 'ký').message).toMatch(/^Mã PIN .* đã bị khóa do nhập sai quá số lần cho phép; chưa ký\./u);
    for (const [name, code] of [['CKR_DEVICE_REMOVED', pkcs11.CKR_DEVICE_REMOVED], ['CKR_TOKEN_NOT_PRESENT', pkcs11.CKR_TOKEN_NOT_PRESENT], ['CKR_SESSION_HANDLE_INVALID', pkcs11.CKR_SESSION_HANDLE_INVALID]] as const) {
      const mapped = tokenError(error(name, code), 'ký');
      expect(mapped.message).toMatch(/thiết bị đã bị rút ra hoặc không phản hồi/u);
      expect(mapped.details).toEqual({ detail: name });
    }
    expect(pinWrongMessage(pkcs11.CKF_USER_PIN_FINAL_TRY)).toMatch(/Chỉ còn MỘT lần thử/u);
    expect(pinWrongMessage(pkcs11.CKF_USER_PIN_COUNT_LOW)).toMatch(/số lần thử còn lại đã ít/u);
    expect(pinWrongMessage(pkcs11.CKF_USER_PIN_LOCKED)).toMatch(/đã bị khóa/u);
    expect(pinWrongMessage(0)).toBe('Mã PIN của thiết bị ký số (USB token) không đúng; chưa ký. Hãy nhập lại.');
    expect(tokenError(error('CKR_GENERAL_ERROR', pkcs11.CKR_GENERAL_ERROR), 'ký').message).toBe('Thiết bị ký số báo lỗi khi ký; chưa ký.');
  });
});

describe('where this PC keeps the token module path', () => {
  let dir: string;
  let env: Record<string, string | undefined>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tcns-machine-'));
    env = { TCNS_MACHINE_SETTINGS: join(dir, 'TCNS', 'may-tinh-nay.json'), SystemRoot: join(dir, 'Windows') };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('offers the usual Windows install locations and picks an installed one when nothing is saved', () => {
    mkdirSync(join(dir, 'Windows', 'System32'), { recursive: true });
    expect(tokenModuleSetting(env as NodeJS.ProcessEnv, 'win32').modulePath).toBeNull();
    writeFileSync(join(dir, 'Windows', 'System32', 'viettel-ca_v6.dll'), 'x');
    const setting = tokenModuleSetting(env as NodeJS.ProcessEnv, 'win32');
    expect(setting.modulePath).toBe(join(dir, 'Windows', 'System32', 'viettel-ca_v6.dll'));
    expect(setting.candidates.find((c) => c.exists)).toMatchObject({ vendor: 'Viettel-CA' });
    expect(setting.candidates.filter((c) => c.exists)).toHaveLength(1);
    expect(tokenModuleSetting(env as NodeJS.ProcessEnv, 'linux').candidates).toEqual([]);
  });

  it('saves the chosen module in the per-PC file (owner-only), refusing a missing or relative path', () => {
    const module = join(dir, 'vnptca_p11_v8.dll');
    writeFileSync(module, 'x');
    expect(() => saveTokenModule(join(dir, 'khong-co.dll'), env as NodeJS.ProcessEnv, 'linux')).toThrow(/Không tìm thấy thư viện PKCS#11/u);
    expect(() => saveTokenModule('vnptca_p11_v8.dll', env as NodeJS.ProcessEnv, 'linux')).toThrow(/đường dẫn đầy đủ/u);
    expect(saveTokenModule(module, env as NodeJS.ProcessEnv, 'linux').modulePath).toBe(module);
    const file = env.TCNS_MACHINE_SETTINGS!;
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ tokenModulePath: module });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(tokenModuleSetting(env as NodeJS.ProcessEnv, 'linux').modulePath).toBe(module);
  });

  it('asks for a module when none is given or saved', () => {
    const saved = process.env.TCNS_MACHINE_SETTINGS;
    process.env.TCNS_MACHINE_SETTINGS = env.TCNS_MACHINE_SETTINGS;
    try {
      expect(() => resolveModulePath(undefined)).toThrow(/Chưa chọn thư viện PKCS#11/u);
      expect(resolveModulePath('/x/y.so')).toBe('/x/y.so');
    } finally {
      if (saved === undefined) delete process.env.TCNS_MACHINE_SETTINGS;
      else process.env.TCNS_MACHINE_SETTINGS = saved;
    }
  });
});
