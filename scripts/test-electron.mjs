#!/usr/bin/env node
// `npm run test:electron`: the desktop smoke test (test/electron/smoke.spec.ts) where Electron
// can run. Where it cannot (our Linux machines: no binary download), it says why and exits 0,
// unless TCNS_REQUIRE_ELECTRON=1 (the Windows CI job), which turns a missing app into a failure.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.electron.config.ts'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
