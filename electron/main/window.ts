import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/**
 * The renderer gets no Node, no Electron internals and its own isolated world; it reaches
 * the back end only through the preload's invoke(). Checked one by one in the unit tests.
 */
export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  // Chromium's built-in PDF viewer, for the decision preview (a blob: PDF in a frame); no other plugins exist.
  plugins: true,
} as const satisfies WebPreferences;

export function createMainWindow(preload: string, icon?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'TCNS - Tổ công nghệ số cộng đồng',
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
    webPreferences: { ...HARDENED_WEB_PREFERENCES, preload },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
