import type { z } from 'zod';
import type { ApiError } from '../api/errors';

/** Field name → the first Vietnamese message for it; '' holds messages for the whole form. */
export type FieldErrors = Record<string, string>;

function add(errors: FieldErrors, path: string, message: string): void {
  if (!(path in errors)) errors[path] = message;
}

/** The contract's zod issues by field, e.g. "phone" or "viceChairs.1". */
export function zodFieldErrors(error: z.ZodError, stripPrefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    add(errors, stripPath(issue.path.map(String).join('.'), stripPrefix), issue.message);
  }
  return errors;
}

/** A server VALIDATION error by field (same paths as the schema); other errors go to ''. */
export function serverFieldErrors(error: ApiError, stripPrefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) add(errors, stripPath(issue.path, stripPrefix), issue.message);
  if (!Object.keys(errors).length) add(errors, '', error.message);
  return errors;
}

function stripPath(path: string, prefix: string): string {
  if (!prefix) return path;
  return path === prefix ? '' : path.startsWith(prefix + '.') ? path.slice(prefix.length + 1) : path;
}

/**
 * Checks input with the contract's schema before it is sent: the same rules and the same
 * Vietnamese messages as the back end. Returns the parsed value or the errors by field.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  stripPrefix = '',
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: zodFieldErrors(parsed.error, stripPrefix) };
}

/** Errors under one prefix ("newPerson.phone" → "phone"), for a sub-form. */
export function scoped(errors: FieldErrors, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(prefix + '.')) out[path.slice(prefix.length + 1)] = message;
  }
  return out;
}

/** Errors of a sub-form (prefix stripped) and the rest, e.g. "newPerson.*" vs. position/date. */
export function splitErrors(errors: FieldErrors, prefix: string): [FieldErrors, FieldErrors] {
  const inside = scoped(errors, prefix);
  const outside = Object.fromEntries(Object.entries(errors).filter(([path]) => !path.startsWith(prefix + '.')));
  return [inside, outside];
}
