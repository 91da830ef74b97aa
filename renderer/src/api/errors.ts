import type { DuplicateCandidate } from '../../../shared/api';
import { ERROR_CODES, type ErrorCode, type ErrorPayload } from '../../../shared/errors';

/** One field problem as the back end reports it: `path` like "person.phone". */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * An operation's failure as the UI sees it, whatever the transport: the code decides how to
 * react (show under the fields, ask to confirm a duplicate, reload after a conflict).
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromPayload(payload: ErrorPayload): ApiError {
    const code = (ERROR_CODES as readonly string[]).includes(payload.code) ? payload.code : 'INTERNAL';
    return new ApiError(code, payload.message, payload.details);
  }

  /**
   * Field problems: the contract's zod issues of a VALIDATION error, or the field a refusal
   * names (a duplicate village name points at "name"), so the dialog can focus that field.
   */
  get issues(): FieldIssue[] {
    const issues = (this.details as { issues?: unknown } | undefined)?.issues;
    if (!Array.isArray(issues)) return [];
    return issues.filter(
      (i): i is FieldIssue => typeof i?.path === 'string' && typeof i?.message === 'string',
    );
  }

  /** A possible duplicate person: the candidates, and whether the officer may still go on. */
  get duplicate(): { candidates: DuplicateCandidate[]; confirmable: boolean } | null {
    const d = this.details as { candidates?: unknown; confirmable?: unknown } | undefined;
    if (this.code !== 'DUPLICATE' || !Array.isArray(d?.candidates)) return null;
    return { candidates: d.candidates as DuplicateCandidate[], confirmable: d.confirmable === true };
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
