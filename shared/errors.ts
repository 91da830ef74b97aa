/**
 * Errors that cross the process boundary. Only code, Vietnamese message and details travel:
 * never a stack trace.
 */
export const ERROR_CODES = [
  'VALIDATION', // input does not satisfy the contract's schema or a domain rule
  'NOT_FOUND',
  'CONFLICT', // stale version, or a state that forbids the change
  'DUPLICATE', // looks like a record that already exists; may be confirmed by the user
  'FORBIDDEN', // transport refused the caller (bad token, wrong origin)
  'CANCELLED', // the caller cancelled a long operation; nothing was changed
  'INTERNAL',
  // The database file: another program holds it (retry later), or it cannot be used as it is
  // (damaged, read-only, disk full, missing). The message says what to do; see electron/core/db/errors.ts.
  'BUSY',
  'STORAGE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export const notFound = (what: string, details?: unknown) =>
  new AppError('NOT_FOUND', `Không tìm thấy ${what}.`, details);

export const staleVersion = () =>
  new AppError(
    'CONFLICT',
    'Dữ liệu đã được người khác thay đổi kể từ khi bạn mở. Hãy tải lại rồi sửa lại.',
  );

/** What every transport returns: a result, or an error payload. */
export type Envelope<R> = { ok: true; result: R } | { ok: false; error: ErrorPayload };
