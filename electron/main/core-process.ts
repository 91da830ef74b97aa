import { utilityProcess } from 'electron';
import type { CoreCaller } from '../core/app';
import { startCorePair, type HostProcess } from '../core/host/client';
import type { FromHost, HostInit } from '../core/host/protocol';

/** An Electron utilityProcess running core-host.cjs, as the host protocol's HostProcess. */
function startUtility(modulePath: string): HostProcess {
  const child = utilityProcess.fork(modulePath, [], { serviceName: 'TCNS – xử lý dữ liệu', stdio: 'inherit' });
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', (message: FromHost) => listener(message)),
    onExit: (listener) => child.on('exit', (code: number) => listener(code)),
    terminate: () => {
      child.kill();
    },
  };
}

/**
 * The desktop app's back end: the core in two utility processes (quick and long operations),
 * so neither a report nor a PDF ever freezes the window. The main process keeps only windows,
 * dialogs and the IPC sender check (issue 10).
 */
export function startCoreProcesses(modulePath: string, init: HostInit): Promise<CoreCaller> {
  return startCorePair(() => startUtility(modulePath), init);
}
