import type { OperationInput, OperationName, OperationResult } from '../../../shared/api';
import { ApiError } from './errors';
import type { Transport } from './transport';

/** The renderer's one way to the back end: typed by the shared contract, blind to the transport. */
export interface ApiClient {
  readonly transport: Transport['kind'];
  call<K extends OperationName>(name: K, input: OperationInput<K>, options?: { signal?: AbortSignal }): Promise<OperationResult<K>>;
  /** True when the file was saved; false when the user cancelled the save dialog. */
  saveFile(file: { fileName: string; bytes: Uint8Array; mimeType?: string }): Promise<boolean>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async call(name, input, options) {
      let envelope;
      try {
        envelope = await transport.invoke(name, input, options);
      } catch {
        throw new ApiError('INTERNAL', 'Không gọi được chức năng này. Hãy thử lại.');
      }
      if (!envelope.ok) throw ApiError.fromPayload(envelope.error);
      return envelope.result as OperationResult<typeof name>;
    },
    async saveFile(file) {
      const envelope = await transport.saveFile(file);
      if (!envelope.ok) throw ApiError.fromPayload(envelope.error);
      return envelope.result.saved;
    },
  };
}
