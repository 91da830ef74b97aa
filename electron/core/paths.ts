import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the office's database lives when nobody says otherwise. It matches the Electron
 * shell's userData/tcns.db (the shell sets userData to <appData>/TCNS), so serve mode and
 * the desktop app open the same file. TCNS_DB overrides it (tests, a shared folder).
 */
export function defaultDatabasePath(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.TCNS_DB) return env.TCNS_DB;
  return join(appDataDir(env, platform, home), 'TCNS', 'tcns.db');
}

/** The same folder Electron's app.getPath('appData') reports on each platform. */
function appDataDir(env: Record<string, string | undefined>, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(home, '.config');
}

/**
 * Settings that belong to this PC, not to the commune's data (which may move to another PC):
 * e.g. where the USB token's PKCS#11 module is installed. Next to the default database, in the
 * user's own config folder; TCNS_MACHINE_SETTINGS overrides it (tests, portable installs).
 */
export function machineSettingsPath(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.TCNS_MACHINE_SETTINGS) return env.TCNS_MACHINE_SETTINGS;
  return join(appDataDir(env, platform, home), 'TCNS', 'may-tinh-nay.json');
}
