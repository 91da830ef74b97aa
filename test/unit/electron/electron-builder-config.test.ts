import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder.yml, loaded and validated by electron-builder's own code (its JSON schema
 * forbids unknown keys), then checked for the settings the design asks for. Packaging itself
 * runs on Windows CI; this catches a misspelt or misplaced option before it gets there.
 */
const require = createRequire(import.meta.url);
interface BuilderConfig {
  appId?: string;
  files?: (string | { filter?: string[] })[];
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  extraResources?: { from: string; to: string }[];
  electronFuses?: Record<string, boolean>;
  nsis?: Record<string, unknown>;
  icon?: string;
  win?: { target?: { target: string }[]; icon?: string };
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

/** getConfig normalises `files` into `[{ filter: [...] }]`; flatten back to the patterns. */
const filePatterns = (c: BuilderConfig): string[] =>
  (c.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));

let config: BuilderConfig;
beforeAll(async () => {
  config = await getConfig(resolve('.'), 'electron-builder.yml', null);
});

describe('electron-builder.yml', () => {
  it('passes electron-builder 26 schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the validator really rejects a misspelt key (so the check above means something)', async () => {
    const bad = { ...config, nsis: { ...config.nsis, oneClik: false } };
    await expect(validateConfiguration(bad, new DebugLogger(false))).rejects.toThrow(/nsis/u);
  });

  it('installs per user with NSIS, letting the user choose the folder', () => {
    expect(config.appId).toBe('vn.tcns.app');
    expect(config.win?.target?.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into asar with better-sqlite3 unpacked, rebuilt for Electron, migrations and fonts as resources', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
    expect(filePatterns(config)).toContain('dist/electron/**');
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'electron/core/db/migrations', to: 'migrations' }),
        expect.objectContaining({ from: 'resources/fonts', to: 'fonts' }),
      ]),
    );
  });

  it('uses the drawn icon (resources/icon.ico) for the exe, the installer and the uninstaller', () => {
    expect(config.icon).toBe('resources/icon.ico');
    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(config.nsis).toMatchObject({ installerIcon: 'resources/icon.ico', uninstallerIcon: 'resources/icon.ico' });
  });

  it('packs only the built app; which packages ship is decided by package.json alone', () => {
    expect(filePatterns(config)).toEqual(['dist/electron/**', 'dist/renderer/**', '!**/*.map']);
  });
});
