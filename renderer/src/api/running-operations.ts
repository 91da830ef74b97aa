import { LONG_OPERATION_TITLES, type Progress } from '../../../shared/progress';

/** A long operation the window started and is waiting for (issue 10). */
export interface RunningOperation {
  readonly id: number;
  readonly name: string;
  /** "Lập báo cáo", "Sao lưu dữ liệu"… */
  readonly title: string;
  /** Null until the back end reports its first step. */
  readonly progress: Progress | null;
  /** True after "Hủy" was pressed, until the back end answers. */
  readonly cancelling: boolean;
  readonly startedAt: number;
}

/**
 * The long operations in flight, for the progress panel (components/RunningOperations.tsx).
 * Every call of a long operation goes through here, whichever screen made it, so each one gets
 * its bar and its "Hủy" without the screen doing anything.
 */
export interface RunningOperations {
  list(): readonly RunningOperation[];
  subscribe(listener: () => void): () => void;
  cancel(id: number): void;
}

export interface OperationTracker extends RunningOperations {
  /** Registers a call; returns the signal to pass on and the callbacks to report its life. */
  start(name: string, callerSignal?: AbortSignal): { signal: AbortSignal; progress(p: Progress): void; finish(): void };
}

export const isTrackedOperation = (name: string): boolean => name in LONG_OPERATION_TITLES;

export function createOperationTracker(): OperationTracker {
  let running: readonly RunningOperation[] = [];
  const controllers = new Map<number, AbortController>();
  const listeners = new Set<() => void>();
  let nextId = 1;
  const update = (next: readonly RunningOperation[]) => {
    running = next;
    for (const listener of listeners) listener();
  };
  const patch = (id: number, change: Partial<RunningOperation>) =>
    update(running.map((op) => (op.id === id ? { ...op, ...change } : op)));

  return {
    list: () => running,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel(id) {
      const controller = controllers.get(id);
      if (!controller || controller.signal.aborted) return;
      controller.abort();
      patch(id, { cancelling: true });
    },
    start(name, callerSignal) {
      const id = nextId++;
      const controller = new AbortController();
      controllers.set(id, controller);
      // The screen's own cancel (closing its dialog) cancels too.
      if (callerSignal?.aborted) controller.abort();
      callerSignal?.addEventListener('abort', () => controller.abort(), { once: true });
      update([...running, { id, name, title: LONG_OPERATION_TITLES[name] ?? name, progress: null, cancelling: controller.signal.aborted, startedAt: Date.now() }]);
      return {
        signal: controller.signal,
        progress: (progress) => patch(id, { progress }),
        finish: () => {
          controllers.delete(id);
          update(running.filter((op) => op.id !== id));
        },
      };
    },
  };
}
