/**
 * PKCS#11 return values (PKCS#11 v2.40 §11.1 / §5.1) turned into what the chair reads. The
 * token's own flags (CKF_USER_PIN_COUNT_LOW / FINAL_TRY, §5.3.2 CK_TOKEN_INFO) say how close a
 * wrong PIN is to locking; the standard gives no exact count, so we say what the token says.
 */
// pkcs11js is CommonJS with constants added at run time: only its default export has them under ESM.
import pkcs11 from 'pkcs11js';
import type { Pkcs11Error } from 'pkcs11js';
import { AppError } from '../../../../shared/errors';

export const REMOVED_CODES = new Set([
  pkcs11.CKR_DEVICE_REMOVED,
  pkcs11.CKR_TOKEN_NOT_PRESENT,
  pkcs11.CKR_TOKEN_NOT_RECOGNIZED,
  pkcs11.CKR_SESSION_CLOSED,
  pkcs11.CKR_SESSION_HANDLE_INVALID,
  pkcs11.CKR_DEVICE_ERROR,
  pkcs11.CKR_SLOT_ID_INVALID,
  // The key or object vanished under an open session: what SoftHSM2 reports when its token
  // store disappears mid-signing (test/integration/signing/pkcs11-token.test.ts).
  pkcs11.CKR_KEY_HANDLE_INVALID,
  pkcs11.CKR_OBJECT_HANDLE_INVALID,
]);

export function isPkcs11Error(error: unknown): error is Pkcs11Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number' && error.name === 'Pkcs11Error';
}

const pkcs11Name = (error: Pkcs11Error) => error.message.split(':')[0];

/** Flags read after a wrong PIN: what is left before the token locks the PIN. */
export function pinWrongMessage(tokenFlags: number | null): string {
  const base = 'Mã PIN của thiết bị ký số (USB token) không đúng; chưa ký.';
  if (tokenFlags === null) return `${base} Hãy nhập lại.`;
  if (tokenFlags & pkcs11.CKF_USER_PIN_LOCKED) return pinLockedMessage();
  if (tokenFlags & pkcs11.CKF_USER_PIN_FINAL_TRY) {
    return `${base} Chỉ còn MỘT lần thử: nhập sai lần nữa thiết bị sẽ khóa mã PIN.`;
  }
  if (tokenFlags & pkcs11.CKF_USER_PIN_COUNT_LOW) {
    return `${base} Thiết bị báo số lần thử còn lại đã ít; nhập sai thêm vài lần thiết bị sẽ khóa mã PIN.`;
  }
  return `${base} Hãy nhập lại.`;
}

export function pinLockedMessage(): string {
  return 'Mã PIN của thiết bị ký số (USB token) đã bị khóa do nhập sai quá số lần cho phép; chưa ký. Hãy dùng phần mềm của nhà cung cấp chữ ký số (mã PUK) hoặc liên hệ nhà cung cấp để mở khóa.';
}

export const tokenRemovedMessage =
  'Không liên lạc được với thiết bị ký số (USB token): thiết bị đã bị rút ra hoặc không phản hồi; chưa ký, không có tệp nào được ghi. Hãy cắm lại thiết bị và ký lại.';

/** Any other failure from the module, with the PKCS#11 name kept for support. */
export function tokenError(error: unknown, doing: string): AppError {
  if (error instanceof AppError) return error;
  if (isPkcs11Error(error)) {
    if (REMOVED_CODES.has(error.code)) return new AppError('VALIDATION', tokenRemovedMessage, { detail: pkcs11Name(error) });
    if (error.code === pkcs11.CKR_PIN_LOCKED) return new AppError('VALIDATION', pinLockedMessage());
    if (error.code === pkcs11.CKR_PIN_INCORRECT) return new AppError('VALIDATION', pinWrongMessage(null));
    if (error.code === pkcs11.CKR_PIN_LEN_RANGE) {
      return new AppError('VALIDATION', 'Mã PIN có độ dài không hợp lệ với thiết bị ký số này; chưa ký. Hãy nhập lại.');
    }
    if (error.code === pkcs11.CKR_PIN_EXPIRED) {
      return new AppError('VALIDATION', 'Mã PIN của thiết bị ký số đã hết hạn; hãy đổi PIN bằng phần mềm của nhà cung cấp rồi ký lại.');
    }
    if (error.code === pkcs11.CKR_KEY_FUNCTION_NOT_PERMITTED || error.code === pkcs11.CKR_MECHANISM_INVALID) {
      return new AppError('VALIDATION', 'Khóa trên thiết bị ký số không cho phép ký theo cách này; chưa ký.', { detail: pkcs11Name(error) });
    }
    return new AppError('VALIDATION', `Thiết bị ký số báo lỗi khi ${doing}; chưa ký.`, { detail: pkcs11Name(error) });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('INTERNAL', `Lỗi khi ${doing} với thiết bị ký số.`, { detail });
}
