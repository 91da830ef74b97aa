import { describe, expect, it } from 'vitest';
import { throttled } from '../../../electron/core/host/host';
import { createOperationTracker, isTrackedOperation } from '../../../renderer/src/api/running-operations';
import { LONG_OPERATIONS, LONG_OPERATION_TITLES, progressText, PROGRESS_PHASES, type Progress } from '../../../shared/progress';

describe('the running-operations tracker (issue 10)', () => {
  it('lists a long call with its title and progress, cancels it with its own signal, and forgets it when done', () => {
    const tracker = createOperationTracker();
    let changes = 0;
    tracker.subscribe(() => changes++);
    const call = tracker.start('reports.build');
    expect(tracker.list()).toEqual([expect.objectContaining({ name: 'reports.build', title: 'Lập báo cáo', progress: null, cancelling: false })]);
    call.progress({ phase: 'writing', done: 10, total: 100 });
    expect(tracker.list()[0].progress).toEqual({ phase: 'writing', done: 10, total: 100 });
    tracker.cancel(tracker.list()[0].id);
    expect(call.signal.aborted).toBe(true);
    expect(tracker.list()[0].cancelling).toBe(true);
    call.finish();
    expect(tracker.list()).toEqual([]);
    expect(changes).toBe(4);
  });

  it('follows the screen\'s own cancel (closing its dialog)', () => {
    const tracker = createOperationTracker();
    const screen = new AbortController();
    const call = tracker.start('imports.commitMembers', screen.signal);
    screen.abort();
    expect(call.signal.aborted).toBe(true);
  });

  it('tracks every long operation and the restore, and nothing quick', () => {
    for (const name of LONG_OPERATIONS) expect(isTrackedOperation(name), name).toBe(true);
    expect(isTrackedOperation('backups.restore')).toBe(true);
    expect(isTrackedOperation('villages.list')).toBe(false);
    expect(Object.values(LONG_OPERATION_TITLES).every((title) => /[ạ-ỹà-ýđ]/u.test(title) || /^[A-ZĐ]/u.test(title))).toBe(true);
  });

  it('words the step in Vietnamese with Vietnamese digit grouping', () => {
    expect(progressText({ phase: 'writing', done: 12_000, total: 100_000 })).toBe('Đang ghi danh sách thành viên vào bảng tính: 12.000 / 100.000');
    expect(progressText({ phase: 'backup', done: 0, total: null })).toBe('Đang sao lưu dữ liệu…');
    expect(progressText({ phase: 'nope' as Progress['phase'], done: 0, total: null })).toBe(`${PROGRESS_PHASES.working}…`);
  });
});

describe('progress messages from the core', () => {
  it('are at most one per interval, but never drop a new phase, the last step or the point of no return', () => {
    let now = 0;
    const posted: Progress[] = [];
    const post = throttled((p) => posted.push(p), 100, () => now);
    for (let done = 0; done <= 1000; done += 10) {
      now += 2;
      post({ phase: 'checking', done, total: 1000 });
    }
    post({ phase: 'saving', done: 0, total: 1000, final: true });
    expect(posted.map((p) => p.done)).toEqual([0, 500, 1000, 0]);
    expect(posted.at(-1)).toEqual({ phase: 'saving', done: 0, total: 1000, final: true });
  });
});
