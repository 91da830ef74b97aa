/**
 * Opens a vendor's PKCS#11 module for one piece of work and closes it afterwards: load,
 * C_Initialize, work, C_Finalize, unload. Opening per operation means a token plugged in or
 * pulled out is seen at the next click, and nothing stays logged in between signings.
 * A module may be initialised only once per process (PKCS#11 §5.4 C_Initialize), so work on
 * tokens is serialised.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
// pkcs11js is CommonJS with constants added at run time: only its default export has them under ESM.
import pkcs11 from 'pkcs11js';
import type { PKCS11 } from 'pkcs11js';
import { AppError } from '../../../../shared/errors';
import { tokenError } from './token-errors';

let queue: Promise<unknown> = Promise.resolve();

function missingModule(path: string): AppError {
  return new AppError(
    'VALIDATION',
    `Không tìm thấy thư viện PKCS#11 của thiết bị ký số tại "${path}". Hãy cài phần mềm đi kèm USB token của nhà cung cấp, hoặc chọn đúng tệp thư viện (.dll) trong phần cài đặt ký số.`,
  );
}

export function checkModulePath(path: string): void {
  if (!path || !isAbsolute(path)) {
    throw new AppError('VALIDATION', 'Đường dẫn thư viện PKCS#11 phải là đường dẫn đầy đủ tới tệp (ví dụ C:\\Windows\\System32\\vnptca_p11_v8.dll).');
  }
  // Loading a library runs its code: only shared-library files are ever loaded (.dll on Windows).
  if (!/\.(dll|so(\.\d+)*|dylib)$/iu.test(path)) {
    throw new AppError('VALIDATION', `Tệp "${path}" không phải thư viện PKCS#11 (cần tệp .dll do nhà cung cấp USB token cài đặt).`);
  }
  if (!existsSync(path) || !statSync(path).isFile()) throw missingModule(path);
}

function load(path: string): PKCS11 {
  checkModulePath(path);
  const module = new pkcs11.PKCS11();
  try {
    module.load(path);
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      `Không nạp được thư viện PKCS#11 "${path}": tệp không phải thư viện PKCS#11 hoặc không hợp với máy này (32/64-bit). Hãy chọn tệp thư viện đúng của nhà cung cấp USB token.`,
      { detail: error instanceof Error ? error.message : String(error) },
    );
  }
  try {
    module.C_Initialize();
  } catch (error) {
    module.close();
    throw tokenError(error, 'khởi động thư viện PKCS#11');
  }
  return module;
}

/** Runs `work` with the module loaded and initialised; always finalises and unloads. */
export function withModule<T>(path: string, work: (module: PKCS11) => Promise<T> | T): Promise<T> {
  const run = async () => {
    const module = load(path);
    try {
      return await work(module);
    } finally {
      try {
        module.C_Finalize();
      } catch {
        // A pulled-out token can make finalising fail; the module is unloaded anyway.
      }
      module.close();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
