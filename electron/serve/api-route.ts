import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode, ErrorPayload, Envelope } from '../../shared/errors';
import type { Progress } from '../../shared/progress';
import { parseWithBytes, stringifyWithBytes } from '../../shared/transport/json-bytes';
import type { CoreCaller } from '../core/app';
import { HTTP_STATUS } from './status';
import { bearerMatches } from './token';

/** Imports upload whole spreadsheets (base64 in JSON), so the cap is generous but finite. */
export const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024;

export interface ApiRouteOptions {
  core: CoreCaller;
  token: string;
  maxBodyBytes: number;
}

class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly payload: ErrorPayload,
  ) {
    super(payload.message);
  }
}

const refuse = (status: number, code: ErrorCode, message: string) => new RequestRefused(status, { code, message });

/**
 * `POST /api/<operation>` → core.call → JSON envelope. The same contract as Electron IPC:
 * the core parses the input with the operation's schema; this layer only checks the caller
 * (bearer token), the shape of the request (JSON, size) and maps error codes to statuses.
 */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  operation: string,
  options: ApiRouteOptions,
): Promise<void> {
  try {
    if (!bearerMatches(req.headers.authorization, options.token)) {
      throw refuse(403, 'FORBIDDEN', 'Phiên làm việc không hợp lệ. Hãy mở lại đúng địa chỉ TCNS đã in ra khi khởi động.');
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      throw refuse(405, 'VALIDATION', 'Thao tác chỉ nhận yêu cầu POST.');
    }
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== 'application/json') {
      throw refuse(415, 'VALIDATION', 'Dữ liệu gửi lên phải ở dạng JSON.');
    }
    const text = await readBody(req, options.maxBodyBytes);
    let input: unknown;
    try {
      input = text.trim() === '' ? undefined : parseWithBytes(text);
    } catch {
      throw refuse(400, 'VALIDATION', 'Dữ liệu gửi lên không phải JSON hợp lệ.');
    }
    // A browser that gives up (the user cancels, the tab closes) cancels a long operation too.
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableEnded) controller.abort();
    });
    const progress = req.headers[PROGRESS_HEADER] === '1' ? progressStream(res) : null;
    const envelope = await options.core.call(operation, input, { signal: controller.signal, onProgress: progress?.write });
    if (progress?.started()) progress.end(envelope);
    else send(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
  } catch (error) {
    if (error instanceof RequestRefused) {
      // Leave the unread body behind: nothing of it reaches the core.
      req.resume();
      send(res, error.status, { ok: false, error: error.payload }, { close: true });
      return;
    }
    console.error('[serve]', error);
    send(res, 500, {
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã có lỗi không mong muốn; dữ liệu không bị thay đổi. Hãy thử lại.' },
    });
  }
}

/** A request carrying this header (value "1") may be answered with progress lines (issue 10). */
export const PROGRESS_HEADER = 'x-tcns-progress';
export const PROGRESS_MEDIA_TYPE = 'application/x-ndjson';

/**
 * Progress of a long operation on the same response: at the first progress the answer becomes
 * 200 `application/x-ndjson`, one `{"progress": …}` line per step and a last `{"envelope": …}`
 * line (bytes as `$bytes`, like every answer). An operation that reports no progress gets the
 * ordinary JSON answer with its status.
 */
function progressStream(res: ServerResponse) {
  let started = false;
  return {
    started: () => started,
    write: (progress: Progress) => {
      if (res.writableEnded || res.destroyed) return;
      if (!started) {
        started = true;
        res.writeHead(200, {
          'Content-Type': `${PROGRESS_MEDIA_TYPE}; charset=utf-8`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        });
      }
      res.write(`${JSON.stringify({ progress })}\n`);
    },
    end: (envelope: Envelope<unknown>) => {
      if (!res.writableEnded && !res.destroyed) res.end(`${stringifyWithBytes({ envelope })}\n`);
    },
  };
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const tooLarge = () =>
    refuse(413, 'VALIDATION', `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB).`);
  if (declared > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
  });
}

function send(res: ServerResponse, status: number, envelope: Envelope<unknown>, options: { close?: boolean } = {}): void {
  if (res.headersSent) return;
  const body = stringifyWithBytes(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(options.close ? { Connection: 'close' } : {}),
  });
  res.end(body);
}
