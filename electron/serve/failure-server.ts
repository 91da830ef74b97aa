import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorPayload } from '../../shared/errors';
import { securityHeaders } from './renderer-assets';
import { HTTP_STATUS } from './status';

const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The page serve mode shows when the database cannot be opened (damaged, missing, read-only…). */
export function failurePage(error: ErrorPayload): string {
  const backup = (error.details as { newestGoodBackup?: { file: string } | null } | undefined)?.newestGoodBackup;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>TCNS: không mở được dữ liệu</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:46rem;margin:3rem auto;line-height:1.5;padding:0 1rem}h1{font-size:1.4rem;color:#a4262c}code{background:#f3f2f1;padding:.1rem .3rem;word-break:break-all}</style></head>
<body><h1>TCNS không mở được tệp dữ liệu</h1><p>${escapeHtml(error.message)}</p>
${backup ? `<p>Bản sao lưu tốt gần nhất: <code>${escapeHtml(backup.file)}</code></p>` : ''}
<p>Tệp dữ liệu chưa bị thay đổi. Sau khi xử lý, hãy khởi động lại TCNS.</p></body></html>`;
}

/**
 * Serve mode with a database it must not open: every page is the Vietnamese explanation,
 * every /api call the same error (503), so the browser says what happened instead of a
 * blank app (issue 14 §4). Nothing touches the file.
 */
export async function startFailureServer(options: { error: ErrorPayload; port: number; host: string }): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split(/[?#]/u)[0];
    const status = HTTP_STATUS[options.error.code];
    if (path.startsWith('/api/')) {
      req.resume();
      const body = JSON.stringify({ ok: false, error: options.error });
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
      return;
    }
    res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(failurePage(options.error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
