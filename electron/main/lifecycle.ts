import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { CoreCaller } from '../core/app';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { denyAllPermissions, guardWebContents } from './guards';
import { startCoreProcesses } from './core-process';
import { bindIpc } from './ipc';
import { createMainWindow } from './window';

export interface MainProcess {
  core: CoreCaller;
  window: BrowserWindow;
}

/** Paths inside the app: the project root in development, app.asar when packaged. */
function appFile(...parts: string[]): string {
  return join(app.getAppPath(), ...parts);
}

/**
 * Starts the desktop app. Resolves to the running parts, or null when another instance
 * already runs (this one quits and the other comes to the front) or the database cannot open.
 */
export function startMainProcess(): Promise<MainProcess | null> {
  registerAppScheme(); // must happen before 'ready'
  // Same folder as serve mode's default database (<appData>/TCNS), whatever productName says.
  app.setPath('userData', join(app.getPath('appData'), 'TCNS'));

  if (!app.requestSingleInstanceLock()) {
    // Two processes writing one SQLite file and two windows showing different states: refuse.
    app.quit();
    return Promise.resolve(null);
  }

  let running: MainProcess | null = null;
  app.on('second-instance', () => {
    const window = running?.window;
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void running?.core.close());

  return app.whenReady().then(async () => {
    // Everything the core needs from the installation is passed in; it discovers nothing itself.
    const resources = app.isPackaged ? process.resourcesPath : null;
    const userData = app.getPath('userData');
    let core: CoreCaller;
    try {
      core = await startCoreProcesses(appFile('dist', 'electron', 'core-host.cjs'), {
        // The app's own file: created on the first run; daily backup on the first start of a day.
        dbFile: join(userData, 'tcns.db'),
        create: true,
        processKind: 'desktop',
        dailyBackup: true,
        migrationsDir: resources ? join(resources, 'migrations') : appFile('dist', 'electron', 'migrations'),
        fontsDir: resources ? join(resources, 'fonts') : appFile('resources', 'fonts'),
        logFile: join(userData, 'logs', 'tcns.log'),
        appVersion: app.getVersion(),
      });
    } catch (error) {
      dialog.showErrorBox(
        'Không mở được cơ sở dữ liệu',
        `TCNS không mở được tệp dữ liệu trong ${app.getPath('userData')}.\n\n${error instanceof Error ? error.message : String(error)}`,
      );
      app.quit();
      return null;
    }
    denyAllPermissions(session.defaultSession);
    handleAppProtocol(appFile('dist', 'renderer'));
    // TCNS_PRINT_TO_PDF_DIR: the smoke test's stand-in for the print dialog (print.ts).
    bindIpc(core, { tempRoot: app.getPath('temp'), printToPdfDir: process.env.TCNS_PRINT_TO_PDF_DIR || undefined });
    // Without a menu, packaged builds have no Reload/DevTools entries; editing shortcuts still work on Windows.
    if (app.isPackaged) Menu.setApplicationMenu(null);
    running = { core, window: createMainWindow(appFile('dist', 'electron', 'preload.cjs'), appFile('dist', 'electron', 'icon.png')) };
    return running;
  });
}
