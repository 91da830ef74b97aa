import { parentPort } from 'node:worker_threads';
import { hostCore } from './host';
import type { Channel, FromHost, ToHost } from './protocol';

/**
 * Entry of the core's own process or thread (bundled as core-host.cjs): an Electron
 * utilityProcess (process.parentPort), a worker thread (serve mode), or a Node child process
 * forked with structured-clone serialisation (tests of the Electron bundle).
 */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function parentChannel(): Channel<ToHost, FromHost> {
  const electronPort = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      post: (m) => electronPort.postMessage(m),
      onMessage: (listener) => electronPort.on('message', (e) => listener(e.data as ToHost)),
    };
  }
  if (parentPort) {
    const port = parentPort;
    return { post: (m) => port.postMessage(m), onMessage: (listener) => port.on('message', listener) };
  }
  if (process.send) {
    const send = process.send.bind(process);
    return { post: (m) => send(m), onMessage: (listener) => process.on('message', (m) => listener(m as ToHost)) };
  }
  throw new Error('core-host: started without a parent to talk to');
}

const host = hostCore(parentChannel());
// A stray rejection inside a library must not take the office's back end down with it.
process.on('unhandledRejection', (reason) => {
  host.log().error('Lỗi không mong muốn trong bộ xử lý dữ liệu', { message: reason instanceof Error ? reason.message : String(reason) });
});
