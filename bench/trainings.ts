import { join } from 'node:path';
import type { TrainingInvitee } from '../shared/api/trainings';
import { createCore, type Core } from '../electron/core/app';
import { seedDemo } from '../electron/cli/seed/demo';
import { seedProvince } from '../electron/cli/seed/province';
import { report, round, tempDir } from './harness';

/** Calls through the real dispatch path (schema parse, handler, transaction, audit row) and fails loudly. */
async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const envelope = await core.call(name, input);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.result as T;
}

function stats(name: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const total = times.reduce((s, t) => s + t, 0);
  return { step: name, count: times.length, 'total ms': round(total), 'ms per mark (mean)': round(total / times.length), 'median ms': round(at(0.5)), 'p95 ms': round(at(0.95)), 'max ms': round(sorted[sorted.length - 1]) };
}

/**
 * The trainer's attendance screen at its largest: a session with 500 invitees marked one by one
 * (one `trainings.mark` per Enter, each its own transaction with an audit row), undone one by one,
 * then "mark all invited present" in one call. Also the list load and the sign-in sheet.
 */
export async function benchTrainings(invitees = 500): Promise<void> {
  const tmp = tempDir();
  try {
    const core = createCore({ create: true, dbFile: join(tmp.dir, 'bench.db'), actor: 'bench' });
    await seedDemo(core);
    seedProvince(core.ctx, invitees); // villages of ~400 residents each, on top of the demo commune
    // The province seed names its villages "Thôn <n>"; the demo's have names.
    const villageIds = (core.ctx.db.prepare("SELECT id FROM village WHERE name GLOB 'Thôn [0-9]*'").all() as { id: string }[]).map((r) => r.id);
    const session = await call<{ id: string }>(core, 'trainings.create', {
      title: 'Tập huấn kỹ năng số cơ bản (đo tốc độ)', date: '2026-11-20', format: 'in_person', organiserKind: 'commune',
    });
    await call(core, 'trainings.invite', { sessionId: session.id, villageIds });
    const loadStarted = performance.now();
    let detail = await call<{ invitees: TrainingInvitee[] }>(core, 'trainings.get', { id: session.id });
    const loadMs = performance.now() - loadStarted;
    const list = detail.invitees.slice(0, invitees);
    if (list.length < invitees) throw new Error(`only ${list.length} invitees`);

    const marks: number[] = [];
    const statuses = ['present', 'present', 'present', 'present', 'present', 'present', 'late', 'excused', 'absent'];
    const versions = new Map<string, number>();
    for (const [n, i] of list.entries()) {
      const started = performance.now();
      const r = await call<{ invitee: TrainingInvitee }>(core, 'trainings.mark', { inviteeId: i.id, version: i.version, status: statuses[n % statuses.length] });
      marks.push(performance.now() - started);
      versions.set(i.id, r.invitee.version);
    }
    const undos: number[] = [];
    for (const i of list) {
      const started = performance.now();
      await call(core, 'trainings.unmark', { inviteeId: i.id, version: versions.get(i.id) });
      undos.push(performance.now() - started);
    }
    const bulkStarted = performance.now();
    const bulk = await call<{ marked: number }>(core, 'trainings.markAllPresent', { sessionId: session.id });
    const bulkMs = performance.now() - bulkStarted;
    const sheetStarted = performance.now();
    await call(core, 'trainings.sheet', { id: session.id, kind: 'attendance' });
    const sheetMs = performance.now() - sheetStarted;
    detail = await call<{ invitees: TrainingInvitee[] }>(core, 'trainings.get', { id: session.id });

    report(`Trainings: attendance for ${detail.invitees.length} invitees, one mark per call through dispatch`, [
      stats('trainings.mark, one invitee at a time', marks),
      stats('trainings.unmark (undo), one at a time', undos),
      { step: `trainings.markAllPresent (${bulk.marked} in one call)`, count: 1, 'total ms': round(bulkMs), 'ms per mark (mean)': round(bulkMs / bulk.marked), 'median ms': '', 'p95 ms': '', 'max ms': '' },
      { step: 'trainings.get (the screen loading the list)', count: 1, 'total ms': round(loadMs), 'ms per mark (mean)': '', 'median ms': '', 'p95 ms': '', 'max ms': '' },
      { step: 'trainings.sheet (attendance PDF)', count: 1, 'total ms': round(sheetMs), 'ms per mark (mean)': '', 'median ms': '', 'p95 ms': '', 'max ms': '' },
    ]);
    core.close();
  } finally {
    tmp.dispose();
  }
}
