import type { Context, Progress } from './context';

/**
 * Long operations (report building, import parsing) call these between chunks of work: the
 * caller sees how far they are, and a cancelled call stops at the next check. dispatch turns the
 * abort into a CANCELLED envelope; the operation's transaction has not committed, so nothing changes.
 */
export function reportProgress(ctx: Context, progress: Progress): void {
  ctx.progress?.(progress);
}

export function throwIfCancelled(ctx: Context): void {
  ctx.signal?.throwIfAborted();
}
