import { BrowserWindow, type WebContentsPrintOptions } from 'electron';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope } from '../../shared/errors';
import type { CoreCaller } from '../core/app';
import { HARDENED_WEB_PREFERENCES } from './window';

/**
 * Printing an issued decision (issue 10): the system print dialog on the decision's own PDF,
 * the one recorded when it was issued (decisions/issued-pdf.ts), never a re-rendering.
 *
 * How: the PDF is written to a private temporary file, loaded in a hidden window with
 * Chromium's built-in PDF viewer (the same hardened preferences as the main window, no
 * preload), and that window's webContents.print() opens the dialog. Electron fixed the blank
 * page this used to print in 30–32 (electron/electron#43309, "Fixed an issue where calling
 * webContents.print() or printToPDF from an existing PDF document resulted in a blank page");
 * this app pins Electron 45.
 */

/** A4 and no scaling (ND30 fixes the paper and its margins; the PDF already carries them). */
export const DECISION_PRINT_OPTIONS = {
  silent: false,
  printBackground: true,
  landscape: false,
  pageSize: 'A4',
  scaleFactor: 100,
  // The PDF's own margins are the ND30 margins: add none on top.
  margins: { marginType: 'none' },
} as const satisfies WebContentsPrintOptions;

export interface PrintOutcome {
  printed: boolean;
  /** Why not, when the dialog was cancelled or the printer refused ("Print job canceled"). */
  reason?: string;
}

const refuse = (message: string, code: 'VALIDATION' | 'NOT_FOUND' = 'VALIDATION'): Envelope<never> => ({ ok: false, error: { code, message } });

/**
 * The bytes to print, or a Vietnamese refusal: only an issued (or signed) decision is a legal
 * act worth printing for the record; a draft is printed from its preview, not from here.
 */
export async function issuedPdfToPrint(core: Pick<CoreCaller, 'call'>, input: unknown): Promise<Envelope<{ fileName: string; bytes: Uint8Array }>> {
  const id = (input as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return refuse('Thiếu quyết định cần in.');
  const decision = await core.call('decisions.get', { id });
  if (!decision.ok) return decision.error.code === 'NOT_FOUND' ? refuse('Không tìm thấy quyết định cần in.', 'NOT_FOUND') : decision;
  const status = (decision.result as { status?: string }).status;
  if (status !== 'issued' && status !== 'signed') {
    return refuse('Chỉ in được quyết định đã ban hành. Quyết định này còn là dự thảo: hãy ban hành trước, hoặc xem bản dự thảo trong trang quyết định.');
  }
  const pdf = await core.call('decisions.exportPdf', { id });
  if (!pdf.ok) return pdf;
  const file = pdf.result as { fileName: string; bytes: Uint8Array };
  if (!(file.bytes instanceof Uint8Array) || file.bytes.length < 5 || Buffer.from(file.bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    return refuse('Không đọc được tệp PDF đã ban hành của quyết định này; chưa in gì. Hãy xuất lại tệp PDF hoặc liên hệ hỗ trợ.');
  }
  return { ok: true, result: { fileName: file.fileName, bytes: file.bytes } };
}

/** Writes the PDF where only this user can read it; returns the file and how to remove it. */
export function writePrivateTempPdf(tempRoot: string, fileName: string, bytes: Uint8Array): { file: string; remove(): void } {
  const folder = join(tempRoot, `tcns-in-${randomBytes(6).toString('hex')}`);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // Only the generated name's safe characters: the core chose it ("Quyet-dinh-05-2026.pdf").
  const file = join(folder, fileName.replace(/[^A-Za-z0-9._-]/gu, '_') || 'quyet-dinh.pdf');
  writeFileSync(file, bytes, { mode: 0o600, flag: 'wx' });
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export interface PrintDeps {
  core: Pick<CoreCaller, 'call'>;
  tempRoot: string;
  /**
   * Test hook for the Windows smoke test (TCNS_PRINT_TO_PDF_DIR): instead of the dialog, which no
   * CI runner can click, the loaded PDF is printed with the same page settings into this folder.
   */
  printToPdfDir?: string;
}

/** Opens the system print dialog on an issued decision's PDF. */
export async function printDecision(deps: PrintDeps, input: unknown): Promise<Envelope<PrintOutcome>> {
  const pdf = await issuedPdfToPrint(deps.core, input);
  if (!pdf.ok) return pdf;
  const temp = writePrivateTempPdf(deps.tempRoot, pdf.result.fileName, pdf.result.bytes);
  const window = new BrowserWindow({ show: false, width: 800, height: 1100, webPreferences: { ...HARDENED_WEB_PREFERENCES } });
  try {
    await window.loadFile(temp.file);
    if (deps.printToPdfDir) {
      const printed = await window.webContents.printToPDF({ pageSize: 'A4', scale: 1, margins: { top: 0, bottom: 0, left: 0, right: 0 }, printBackground: true });
      writeFileSync(join(deps.printToPdfDir, pdf.result.fileName), printed);
      return { ok: true, result: { printed: true } };
    }
    const outcome = await new Promise<PrintOutcome>((resolve) => {
      window.webContents.print(DECISION_PRINT_OPTIONS, (printed, reason) => resolve(printed ? { printed } : { printed, reason }));
    });
    return { ok: true, result: outcome };
  } catch (error) {
    return refuse(`Không mở được hộp thoại in: ${error instanceof Error ? error.message : String(error)}. Chưa in gì; hãy xuất tệp PDF và in từ trình đọc PDF.`);
  } finally {
    if (!window.isDestroyed()) window.destroy();
    temp.remove();
  }
}
