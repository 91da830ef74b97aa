import { v7 as uuidv7 } from 'uuid';
import type { Db } from './db/open';
import { redactForAudit } from './privacy/audit-redact';
import type { Progress } from '../../shared/progress';

/**
 * What every use-case receives: the database, the clock, who is acting, and the audit trail.
 * The clock is injectable so tests and the demo seed can fix "today".
 */
export interface Context {
  db: Db;
  actor: string;
  /** ISO timestamp of now. */
  now(): string;
  /** ISO date of today (local calendar date of the office). */
  today(): string;
  newId(): string;
  /** Runs fn in one BEGIN IMMEDIATE transaction: every mutation is all-or-nothing. */
  mutate<T>(fn: () => T): T;
  /** Writes an audit_log row; call inside mutate() so it commits with the change. */
  audit(entry: { action: string; entity: string; entityId: string | null; before?: unknown; after?: unknown }): void;
  /** Set per call by dispatch for long operations (issue 10): see core/progress.ts. */
  signal?: AbortSignal;
  progress?: (p: Progress) => void;
  /** Facts about the running app the host passes in (support screen); absent in tests. */
  about?: AppAbout;
}

export interface AppAbout {
  appVersion: string;
  databaseFile: string;
  logFile: string | null;
}

/** How far a long operation has come (report building, import parsing); total null = unknown. */
/** One shape everywhere (shared/progress.ts). */
export type { Progress } from '../../shared/progress';

export interface ContextOptions {
  actor?: string;
  clock?: () => Date;
  about?: AppAbout;
}

export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function createContext(db: Db, options: ContextOptions = {}): Context {
  const clock = options.clock ?? (() => new Date());
  const insertAudit = db.prepare(
    'INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  // Every audit row goes through redactForAudit: no CCCD in clear (privacy/audit-redact.ts).
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(redactForAudit(v)));
  const ctx: Context = {
    db,
    actor: options.actor ?? 'local',
    about: options.about,
    now: () => clock().toISOString(),
    today: () => localIsoDate(clock()),
    newId: () => uuidv7(),
    // BEGIN IMMEDIATE takes the write lock before the first read, so a second writer waits
    // for busy_timeout instead of failing at once with SQLITE_BUSY_SNAPSHOT (issue 14 §1).
    mutate: (fn) => db.transaction(fn).immediate(),
    audit: (e) => {
      if (!db.inTransaction) throw new Error('audit() must run inside mutate()');
      insertAudit.run(ctx.now(), ctx.actor, e.action, e.entity, e.entityId, json(e.before), json(e.after));
    },
  };
  return ctx;
}
