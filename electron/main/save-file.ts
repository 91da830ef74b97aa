import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { z } from 'zod';
import type { Envelope } from '../../shared/errors';
import type { SaveFileResult } from '../preload/bridge';

const saveFileInput = z.object({
  fileName: z.string().min(1).max(255),
  bytes: z.instanceof(Uint8Array),
});

const FILTERS: Record<string, SaveDialogOptions['filters']> = {
  '.docx': [{ name: 'Văn bản Word', extensions: ['docx'] }],
  '.pdf': [{ name: 'Tệp PDF', extensions: ['pdf'] }],
  '.xlsx': [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
  '.csv': [{ name: 'Tệp CSV', extensions: ['csv'] }],
};

/**
 * The suggested name comes from the renderer: keep only a plain file name that Windows
 * accepts (no folders, no reserved characters or device names such as CON, NUL).
 */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/u).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  let clean = base.replace(/[<>:"|?*\u0000-\u001f]/gu, '_').replace(/[. ]+$/u, '').trim();
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/iu.test(clean)) clean = `_${clean}`;
  return clean === '' || /^\.+$/u.test(clean) ? 'tep-tcns' : clean;
}

/** Shows the save dialog for a generated file and writes the bytes where the user chose. */
export async function saveFileWithDialog(owner: BrowserWindow | null, raw: unknown): Promise<Envelope<SaveFileResult>> {
  const parsed = saveFileInput.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { code: 'VALIDATION', message: 'Tệp cần lưu không hợp lệ.' } };
  }
  const fileName = safeFileName(parsed.data.fileName);
  const options: SaveDialogOptions = {
    title: 'Lưu tệp',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [...(FILTERS[extname(fileName).toLowerCase()] ?? []), { name: 'Tất cả các tệp', extensions: ['*'] }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, result: { saved: false } };
  try {
    await writeFile(choice.filePath, parsed.data.bytes);
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Không ghi được tệp. Nếu tệp đang mở trong Word hoặc Excel, hãy đóng lại rồi lưu lại.',
      },
    };
  }
  return { ok: true, result: { saved: true, filePath: choice.filePath } };
}
