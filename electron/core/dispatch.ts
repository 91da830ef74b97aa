import { AppError, type Envelope } from '../../shared/errors';
import { isOperationName, operations, type OperationName, type OperationResult, type ParsedInput } from '../../shared/api';
import type { Context, Progress } from './context';
import { describeStorageError } from './db/errors';

/** What a caller may add to one call: a way to cancel it and a listener for its progress. */
export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

export const CANCELLED_MESSAGE = 'Đã hủy thao tác; dữ liệu không bị thay đổi.';

export type Handler<K extends OperationName> = (
  input: ParsedInput<K>,
  ctx: Context,
) => OperationResult<K> | Promise<OperationResult<K>>;
export type Handlers = { [K in OperationName]: Handler<K> };

/**
 * The one entry point both transports (Electron IPC, serve-mode HTTP) and the CLI use:
 * checks the operation name, parses the input with the contract's schema, runs the
 * handler, and turns every failure into a typed error payload (never a stack trace).
 */
export async function dispatch(
  handlers: Handlers,
  ctx: Context,
  name: string,
  rawInput: unknown,
  options: CallOptions = {},
): Promise<Envelope<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Không có thao tác "${name}".` } };
  }
  const parsed = operations[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return {
      ok: false,
      error: { code: 'VALIDATION', message: issues.map((i) => i.message).join(' '), details: { issues } },
    };
  }
  // A call with a signal or a progress listener gets its own view of the context carrying them.
  const callCtx: Context = options.signal || options.onProgress
    ? { ...ctx, signal: options.signal, progress: options.onProgress }
    : ctx;
  try {
    if (options.signal?.aborted) throw options.signal.reason;
    const handler = handlers[name] as (input: unknown, ctx: Context) => unknown;
    return { ok: true, result: await handler(parsed.data, callCtx) };
  } catch (error) {
    if (options.signal?.aborted) return { ok: false, error: { code: 'CANCELLED', message: CANCELLED_MESSAGE } };
    if (error instanceof AppError) return { ok: false, error: error.toPayload() };
    // SQLite and file-system failures (busy, read-only, disk full, damaged…) get their own
    // Vietnamese message saying what to do (issue 14 §6); see db/errors.ts.
    const described = describeStorageError(error, ctx.db.name);
    if (described instanceof AppError) return { ok: false, error: described.toPayload() };
    console.error(`[${name}]`, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã có lỗi không mong muốn; dữ liệu không bị thay đổi. Hãy thử lại.' },
    };
  }
}

/** Calls an operation and throws its error: for the CLI, the seed and tests. */
export async function call<K extends OperationName>(
  handlers: Handlers,
  ctx: Context,
  name: K,
  input: unknown,
): Promise<OperationResult<K>> {
  const envelope = await dispatch(handlers, ctx, name, input);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details);
  return envelope.result as OperationResult<K>;
}
