import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { fakeState } from './fake-electron';

/**
 * A throw-away "installed app" for the main-process tests: the renderer build and the
 * migrations where the shell looks for them, and folders for appData and documents.
 */
export function makeAppFixture(state: ReturnType<typeof fakeState>): { root: string; appRoot: string } {
  const root = mkdtempSync(resolve('test-output/electron-main-'));
  const appRoot = join(root, 'app');
  mkdirSync(join(appRoot, 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>TCNS</title>');
  writeFileSync(join(appRoot, 'dist', 'renderer', 'assets', 'index-1a2b.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'MUST-NOT-LEAK');
  cpSync(resolve('electron/core/db/migrations'), join(appRoot, 'dist', 'electron', 'migrations'), { recursive: true });
  state.app.appPath = appRoot;
  state.app.paths = { appData: join(root, 'appData'), documents: join(root, 'documents'), temp: join(root, 'temp') };
  mkdirSync(state.app.paths.documents, { recursive: true });
  return { root, appRoot };
}
