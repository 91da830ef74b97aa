/** The uploaded list as the contract takes it: its name (for the file type) and its bytes. */
export interface ChosenFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The back end refuses files over 20 MB (electron/core/imports/read/limits.ts). Checking here
 * too spares reading and sending a huge file only to be told no; the server stays the judge.
 */
export const MAX_FILE_MB = 20;

export const ACCEPTED_TYPES = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export async function readChosenFile(file: File): Promise<ChosenFile | { tooLargeMb: string }> {
  if (file.size > MAX_FILE_MB * 1024 * 1024) {
    return { tooLargeMb: (file.size / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 }) };
  }
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
