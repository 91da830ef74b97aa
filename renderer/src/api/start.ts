import { createApiClient, type ApiClient } from './client';
import { createElectronTransport, electronBridge } from './electron-transport';
import { browserDownload, createHttpTransport } from './http-transport';
import { takeSessionToken } from './session-token';

/** Picks the transport once at start: the Electron preload's bridge if present, else HTTP. */
export function startApiClient(win: Window): ApiClient {
  const bridge = electronBridge(win);
  if (bridge) return createApiClient(createElectronTransport(bridge));
  const token = takeSessionToken(win);
  return createApiClient(
    createHttpTransport({ baseUrl: new URL('./', win.location.href).href, token, download: browserDownload }),
  );
}
