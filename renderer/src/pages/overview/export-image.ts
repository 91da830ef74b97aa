import { toPng } from 'html-to-image';

/**
 * The overview as a PNG, drawn by the browser itself (an SVG foreignObject painted on a
 * canvas: no eval, only data: images, which the CSP allows). Twice the screen's pixels, so a
 * printed or projected copy stays sharp.
 */
export async function overviewPng(node: HTMLElement): Promise<Uint8Array> {
  const dataUrl = await toPng(node, {
    pixelRatio: 2,
    backgroundColor: '#ffffff',
    // Buttons are for the screen, not for the picture.
    filter: (n) => !(n instanceof HTMLElement && n.dataset.noExport !== undefined),
  });
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
