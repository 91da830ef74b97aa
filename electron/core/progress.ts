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

/**
 * Lets the core's event loop run: a "cancel" message sent while a synchronous loop works
 * (checking 20,000 rows) is only seen here. Then stops if it was cancelled.
 */
export async function pauseForCancel(ctx: Context): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  throwIfCancelled(ctx);
}
