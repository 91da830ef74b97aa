/** Files chosen in a dialog, read as bytes for the contract, with the checks the officer can act on. */

const MB = 1024 * 1024;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export class UploadProblem extends Error {}

/**
 * The bytes of a chosen file. Over `maxMb` is refused before anything is sent (serve mode caps
 * a request at 50 MB and bytes travel base64-encoded).
 */
export async function readUpload(file: File, maxMb: number, tooLarge: (mb: number) => string): Promise<Uint8Array> {
  if (file.size > maxMb * MB) throw new UploadProblem(tooLarge(maxMb));
  return new Uint8Array(await file.arrayBuffer());
}

/** A PNG by content, not by name: the signature and seal images are drawn into the PDF as PNG. */
export function isPng(bytes: Uint8Array): boolean {
  return PNG_MAGIC.every((b, i) => bytes[i] === b);
}
