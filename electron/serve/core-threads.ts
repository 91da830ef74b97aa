import { Worker } from 'node:worker_threads';
import type { CoreCaller } from '../core/app';
import { startCorePair, type HostProcess } from '../core/host/client';
import type { HostInit } from '../core/host/protocol';

/** A worker thread running core-host.cjs, as the host protocol's HostProcess. */
function startWorker(file: string): HostProcess {
  const worker = new Worker(file);
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onExit: (listener) => {
      worker.on('exit', listener);
      worker.on('error', (error) => {
        console.error('[core]', error);
      });
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * Serve mode's back end: the core in two worker threads (quick and long operations), so the
 * HTTP thread stays free and a list loads while a report is being built. `hostFile` is the
 * bundled core-host.cjs (scripts/build-node.mjs puts it beside serve.cjs).
 */
export function startCoreThreads(hostFile: string, init: HostInit): Promise<CoreCaller> {
  return startCorePair(() => startWorker(hostFile), init);
}
