import type { ErrorCode } from '../../shared/errors';

/** HTTP status for each error code, so browser tools and logs read the failure at a glance. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  CANCELLED: 409,
  INTERNAL: 500,
  // Not a fault of the server's code: the data file is held, damaged or not writable.
  BUSY: 503,
  STORAGE: 503,
};
