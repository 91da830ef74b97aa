import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';
import { safeOpenExternal } from './external';

/**
 * Every web contents stays on the app: no navigation away, no new windows, no <webview>.
 * A link to an allowed site (Zalo, dichvucong) opens in the user's browser instead.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    // Our own pages (a full reload of app://tcns/...) are the only place a window may go.
    if (isAppUrl(url)) return;
    event.preventDefault();
    void safeOpenExternal(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void safeOpenExternal(url);
    return { action: 'deny' };
  });
}

/** The app needs no camera, microphone, location, notifications or anything else. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
