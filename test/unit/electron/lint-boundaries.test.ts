import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The process boundaries in eslint.config.js, checked by linting small snippets as if they
 * lived in each folder (lintText with a file path; nothing is written).
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint();
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('lint boundaries', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'node: built-in'],
    ["import path from 'path';", 'bare built-in'],
    ["import { ipcRenderer } from 'electron';", 'electron'],
    ["import Database from 'better-sqlite3';", 'better-sqlite3'],
    ["import { createCore } from '../../electron/core/app';", 'main-process code'],
  ])('renderer and shared refuse %s (%s)', async (line) => {
    expect(await ruleIds('renderer/src/lint-probe.ts', `${line}\nexport {};\n`)).toContain('no-restricted-imports');
    expect(await ruleIds('shared/lint-probe.ts', `${line}\nexport {};\n`)).toContain('no-restricted-imports');
  });

  it('renderer and shared may import shared code and browser packages', async () => {
    const code = "import { z } from 'zod';\nimport { nfc } from '../../shared/text/vietnamese';\nexport const x = [z, nfc];\n";
    expect(await ruleIds('renderer/src/lint-probe.ts', code)).toEqual([]);
  });

  it.each(['electron/core/lint-probe.ts', 'electron/serve/lint-probe.ts', 'electron/cli/lint-probe.ts'])(
    "%s may use Node but not 'electron' or the shell",
    async (file) => {
      expect(await ruleIds(file, "import { app } from 'electron';\nexport const a = app;\n")).toContain('no-restricted-imports');
      expect(await ruleIds(file, "import { bindIpc } from '../main/ipc';\nexport const b = bindIpc;\n")).toContain('no-restricted-imports');
      expect(await ruleIds(file, "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toEqual([]);
    },
  );

  it('the preload may import electron but no Node built-in', async () => {
    expect(await ruleIds('electron/preload/lint-probe.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toEqual([]);
    expect(await ruleIds('electron/preload/lint-probe.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).toContain('no-restricted-imports');
  });

  it('bans shell.openExternal outside the wrapper, however it is reached', async () => {
    const direct = "import { shell } from 'electron';\nvoid shell.openExternal('https://zalo.me');\n";
    const viaModule = "import * as electron from 'electron';\nvoid electron.shell.openExternal('file:///C:/x');\n";
    const destructured = "import { shell } from 'electron';\nconst { openExternal } = shell;\nvoid openExternal('x');\n";
    for (const code of [direct, viaModule, destructured]) {
      expect(await ruleIds('electron/main/lint-probe.ts', code)).toContain('no-restricted-syntax');
    }
    expect(await ruleIds('electron/main/external.ts', direct)).toContain('no-restricted-syntax');
  });

  it('the real wrapper and the rest of the shell lint clean', async () => {
    const results = await eslint.lintFiles(['electron/main', 'electron/preload', 'electron/serve', 'shared/transport']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
  });
});
