import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * What `npm run test:electron` can launch: the packaged app named by TCNS_ELECTRON_EXE (CI
 * after `npm run dist:win`), or the Electron binary from node_modules running this checkout
 * (`electron .`, after `npm run build`). Says why when neither exists.
 */
export function electronTarget(): { available: boolean; command: string; args: string[]; description: string } {
  const exe = process.env.TCNS_ELECTRON_EXE;
  if (exe) {
    return existsSync(exe)
      ? { available: true, command: exe, args: [], description: `packaged: ${exe}` }
      : { available: false, command: exe, args: [], description: `TCNS_ELECTRON_EXE=${exe} does not exist` };
  }
  // electron/index.js reads path.txt, written by its install script once the binary is downloaded.
  const pathFile = resolve('node_modules/electron/path.txt');
  const binary = existsSync(pathFile) ? join(resolve('node_modules/electron/dist'), readFileSync(pathFile, 'utf8').trim()) : null;
  if (!binary || !existsSync(binary)) {
    return {
      available: false, command: '', args: [],
      description: 'the Electron binary is not installed (npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without access to Electron\'s download site); install it, or set TCNS_ELECTRON_EXE to a packaged TCNS.exe',
    };
  }
  if (!existsSync('dist/electron/main.cjs') || !existsSync('dist/renderer/index.html')) {
    return { available: false, command: binary, args: ['.'], description: 'the app is not built: run npm run build first' };
  }
  return { available: true, command: binary, args: ['.'], description: `electron . (${binary})` };
}
