import type { Envelope } from '../../shared/errors';
import { createContext, type Context, type ContextOptions } from './context';
import { openDatabase } from './db/open';
import { dispatch, type CallOptions, type Handlers } from './dispatch';
import { handlers } from './handlers';

/** The platform-neutral back end: one database, one context, every operation of the contract. */
export interface Core {
  ctx: Context;
  handlers: Handlers;
  /** Runs an operation by name with untrusted input; never throws. */
  call(name: string, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
  close(): void;
}

/**
 * What the transports need from the back end, wherever it runs: in this process (Core), or in
 * a worker / utility process behind the host protocol (host/client.ts).
 */
export interface CoreCaller {
  call(name: string, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
  close(): void | Promise<void>;
}

export function createCore(options: ContextOptions & { dbFile: string }): Core {
  const db = openDatabase(options.dbFile);
  const ctx = createContext(db, options);
  return {
    ctx,
    handlers,
    call: (name, input, callOptions) => dispatch(handlers, ctx, name, input, callOptions),
    close: () => db.close(),
  };
}
