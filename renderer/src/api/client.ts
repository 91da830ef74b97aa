import type { OperationInput, OperationName, OperationResult } from '../../../shared/api';
import { ApiError } from './errors';
import { createOperationTracker, isTrackedOperation, type OperationTracker, type RunningOperations } from './running-operations';
import type { Transport } from './transport';

/** The renderer's one way to the back end: typed by the shared contract, blind to the transport. */
export interface ApiClient {
  readonly transport: Transport['kind'];
  call<K extends OperationName>(name: K, input: OperationInput<K>, options?: { signal?: AbortSignal }): Promise<OperationResult<K>>;
  /** Long operations in flight with their progress and a cancel (drawn by RunningOperationsPanel). */
  readonly running: RunningOperations;
  /**
   * The system print dialog on an issued decision's PDF (A4, no scaling); null where there is
   * none (serve mode: the browser prints the downloaded PDF). True when it was sent to a printer.
   */
  readonly printDecision: ((id: string) => Promise<boolean>) | null;
  /** True when the file was saved; false when the user cancelled the save dialog. */
  saveFile(file: { fileName: string; bytes: Uint8Array; mimeType?: string }): Promise<boolean>;
}

export function createApiClient(transport: Transport, running: OperationTracker = createOperationTracker()): ApiClient {
  const invoke = (name: string, input: unknown, signal?: AbortSignal) => {
    if (!isTrackedOperation(name)) return transport.invoke(name, input, { signal });
    const tracked = running.start(name, signal);
    return transport.invoke(name, input, { signal: tracked.signal, onProgress: tracked.progress }).finally(tracked.finish);
  };
  return {
    transport: transport.kind,
    running,
    async call(name, input, options) {
      let envelope;
      try {
        envelope = await invoke(name, input, options?.signal);
      } catch {
        throw new ApiError('INTERNAL', 'Không gọi được chức năng này. Hãy thử lại.');
      }
      if (!envelope.ok) throw ApiError.fromPayload(envelope.error);
      return envelope.result as OperationResult<typeof name>;
    },
    printDecision: transport.printDecision
      ? async (id) => {
          const envelope = await transport.printDecision!(id);
          if (!envelope.ok) throw ApiError.fromPayload(envelope.error);
          return envelope.result.printed;
        }
      : null,
    async saveFile(file) {
      const envelope = await transport.saveFile(file);
      if (!envelope.ok) throw ApiError.fromPayload(envelope.error);
      return envelope.result.saved;
    },
  };
}
