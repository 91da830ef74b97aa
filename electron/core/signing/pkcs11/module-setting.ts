/**
 * Where this PC's USB token module is: a per-PC JSON file (paths.ts machineSettingsPath), never
 * the commune's database — the database moves between PCs, the installed driver does not.
 * Only the path is stored; never a PIN.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TokenModuleSetting } from '../../../../shared/api/token';
import { AppError } from '../../../../shared/errors';
import { machineSettingsPath } from '../../paths';
import { checkModulePath } from './token-module';

/**
 * PKCS#11 modules that Vietnamese CA token drivers install into %SystemRoot%\System32 (names as
 * the vendors' installers ship them; a token not listed here is chosen with the file picker).
 */
export const WINDOWS_MODULE_LOCATIONS: { vendor: string; file: string }[] = [
  { vendor: 'VNPT-CA', file: 'vnptca_p11_v8.dll' },
  { vendor: 'VNPT-CA', file: 'vnpt-ca_csp11.dll' },
  { vendor: 'Viettel-CA', file: 'viettel-ca_v6.dll' },
  { vendor: 'Viettel-CA', file: 'viettel-ca_v5.dll' },
  { vendor: 'BKAV-CA', file: 'BkavCA.dll' },
  { vendor: 'NC-CA', file: 'ncca_csp11_v1.dll' },
  { vendor: 'I-CA', file: 'ica_csp11_v1.dll' },
  { vendor: 'Feitian ePass2003 (nhiều CA dùng)', file: 'eps2003csp11.dll' },
  { vendor: 'SafeNet eToken', file: 'eTPKCS11.dll' },
];

interface MachineSettings {
  tokenModulePath?: string;
}

function readSettings(file: string): MachineSettings {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as MachineSettings) : {};
  } catch {
    return {}; // no file yet, or unreadable: as if nothing was chosen
  }
}

function candidates(env: Record<string, string | undefined>, platform: NodeJS.Platform) {
  if (platform !== 'win32') return [];
  const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
  return WINDOWS_MODULE_LOCATIONS.map(({ vendor, file }) => {
    const path = join(systemRoot, 'System32', file);
    return { vendor, path, exists: existsSync(path) };
  });
}

export function tokenModuleSetting(env = process.env, platform = process.platform): TokenModuleSetting {
  const stored = readSettings(machineSettingsPath(env)).tokenModulePath;
  const found = candidates(env, platform);
  return { modulePath: stored ?? found.find((c) => c.exists)?.path ?? null, candidates: found };
}

/** Remembers the module for this PC, after checking the file is there. Written whole, then renamed. */
export function saveTokenModule(modulePath: string, env = process.env, platform = process.platform): TokenModuleSetting {
  checkModulePath(modulePath);
  const file = machineSettingsPath(env);
  const settings = { ...readSettings(file), tokenModulePath: modulePath };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(settings, null, 2), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
  return tokenModuleSetting(env, platform);
}

/** The module an operation uses: the one given, else this PC's setting. */
export function resolveModulePath(given: string | undefined): string {
  const path = given ?? tokenModuleSetting().modulePath;
  if (!path) {
    throw new AppError('VALIDATION', 'Chưa chọn thư viện PKCS#11 của USB token trên máy này. Hãy chọn tệp thư viện (.dll) do nhà cung cấp chữ ký số cài đặt.');
  }
  return path;
}
