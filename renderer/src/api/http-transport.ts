import type { Envelope } from '../../../shared/errors';
import type { Progress } from '../../../shared/progress';
import { parseWithBytes, stringifyWithBytes } from '../../../shared/transport/json-bytes';
import type { Transport } from './transport';

export interface HttpTransportOptions {
  /** Where the server lives, e.g. "http://127.0.0.1:5173/" (the page's own origin in a browser). */
  baseUrl: string;
  /** The per-start secret from the URL fragment; null when the page was opened without it. */
  token: string | null;
  fetch?: typeof fetch;
  /** Browser download; absent outside a page (tests). */
  download?: (fileName: string, blob: Blob) => void;
}

const failure = (code: 'FORBIDDEN' | 'INTERNAL', message: string): Envelope<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * Serve mode: `POST /api/<operation>` with the bearer token and a JSON body in which bytes
 * travel as `{ "$bytes": base64 }`. Every answer, even an HTTP error status, carries an envelope.
 */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    kind: 'http',
    async invoke(name, input, callOptions) {
      if (!options.token) {
        return failure('FORBIDDEN', 'Thiếu mã phiên làm việc: hãy mở lại đường dẫn mà máy chủ TCNS in ra.');
      }
      let response: Response;
      try {
        response = await doFetch(new URL(`api/${encodeURIComponent(name)}`, options.baseUrl), {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${options.token}`,
            // Asks for progress lines (electron/serve/api-route.ts) when someone listens to them.
            ...(callOptions?.onProgress ? { 'X-TCNS-Progress': '1' } : {}),
          },
          body: stringifyWithBytes(input ?? {}),
          // Aborting closes the request; the server then cancels the operation (api-route.ts).
          signal: callOptions?.signal,
        });
      } catch {
        if (callOptions?.signal?.aborted) return CANCELLED;
        return failure('INTERNAL', 'Không kết nối được máy chủ TCNS. Hãy kiểm tra máy chủ còn chạy không.');
      }
      if ((response.headers.get('Content-Type') ?? '').startsWith('application/x-ndjson')) {
        return readProgressLines(response, callOptions?.onProgress, callOptions?.signal);
      }
      const text = await response.text();
      try {
        const envelope = parseWithBytes(text) as Envelope<unknown>;
        if (envelope && typeof envelope === 'object' && 'ok' in envelope) return envelope;
      } catch {
        // fall through: not an envelope (a proxy page, a crash)
      }
      return response.status === 401 || response.status === 403
        ? failure('FORBIDDEN', 'Máy chủ từ chối phiên làm việc này: hãy mở lại đường dẫn mà máy chủ TCNS in ra.')
        : failure('INTERNAL', `Máy chủ trả lời không hợp lệ (mã ${response.status}).`);
    },
    async saveFile({ fileName, bytes, mimeType }) {
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType ?? 'application/octet-stream' });
      if (!options.download) return failure('INTERNAL', 'Không tải tệp xuống được ở đây.');
      options.download(fileName, blob);
      return { ok: true, result: { saved: true } };
    },
  };
}

const CANCELLED: Envelope<never> = { ok: false, error: { code: 'CANCELLED', message: 'Đã hủy thao tác; dữ liệu không bị thay đổi.' } };

/** `{"progress": …}` lines while the operation runs, then one `{"envelope": …}` line. */
async function readProgressLines(
  response: Response,
  onProgress: ((progress: Progress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<Envelope<unknown>> {
  const reader = response.body?.getReader();
  if (!reader) return failure('INTERNAL', 'Máy chủ trả lời không hợp lệ (không có nội dung).');
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += decoder.decode(value, { stream: !done });
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (!line.trim()) continue;
        const message = parseWithBytes(line) as { progress?: Progress; envelope?: Envelope<unknown> };
        if (message.envelope) return message.envelope;
        if (message.progress) onProgress?.(message.progress);
      }
      if (done) break;
    }
  } catch {
    if (signal?.aborted) return CANCELLED;
    return failure('INTERNAL', 'Mất kết nối với máy chủ TCNS giữa chừng. Hãy kiểm tra máy chủ còn chạy không.');
  }
  return signal?.aborted ? CANCELLED : failure('INTERNAL', 'Máy chủ dừng trả lời giữa chừng.');
}

/** The browser's way to save a file: a temporary link to a blob URL. */
export function browserDownload(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
