#!/usr/bin/env node
// Bundles the Electron main process, the core's utility process and the preload, and copies the
// migrations beside them.
//   node scripts/build-electron.mjs [--outdir dist/electron]
// main.cjs: Node/CommonJS; electron and every npm package stay external (electron-builder ships
//   the production node_modules; pdfkit and better-sqlite3 read files next to their code).
// preload.cjs: one self-contained CommonJS file, because a sandboxed preload may only
//   require('electron') and a few built-ins.
import { build } from 'esbuild';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/electron' } } });
const outdir = values.outdir;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// Electron 40 moved to Node 24 and Chromium 144 (electronjs.org/blog/electron-40-0); 45 is newer
// still, so these are safe lower bounds for the syntax esbuild may leave untouched.
const NODE_TARGET = 'node24';
const CHROME_TARGET = 'chrome144';

rmSync(outdir, { recursive: true, force: true });

const main = await build({
  entryPoints: ['electron/main/index.ts'],
  outfile: join(outdir, 'main.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: NODE_TARGET,
  packages: 'external',
  external: ['electron'],
  // ESM sources use import.meta.url (e.g. to find migrations); in CJS it is this file's URL.
  define: { 'import.meta.url': '__tcnsImportMetaUrl' },
  banner: { js: "const __tcnsImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// The core's own process (Electron utilityProcess): the whole back end, started by the main process.
const coreHost = await build({
  entryPoints: ['electron/core/host/entry.ts'],
  outfile: join(outdir, 'core-host.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: NODE_TARGET,
  packages: 'external',
  define: { 'import.meta.url': '__tcnsImportMetaUrl' },
  banner: { js: "const __tcnsImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// A package the main bundle needs at run time but that is not a production dependency
// would be missing from the installed app: fail the build instead.
const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), 'electron']);
const packageOf = (path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);
const isBuiltin = (path) => path.startsWith('node:') || builtinModules.includes(path.split('/')[0]);
const missing = new Set();
for (const output of [...Object.values(main.metafile.outputs), ...Object.values(coreHost.metafile.outputs)]) {
  for (const { path, external } of output.imports) {
    if (external && !isBuiltin(path) && !allowed.has(packageOf(path))) missing.add(packageOf(path));
  }
}
if (missing.size > 0) {
  console.error(`main.cjs or core-host.cjs needs packages that are not production dependencies: ${[...missing].join(', ')}`);
  process.exit(1);
}

await build({
  entryPoints: ['electron/preload/index.cts'],
  outfile: join(outdir, 'preload.cjs'),
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: CHROME_TARGET,
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
});

const migrations = 'electron/core/db/migrations';
if (!existsSync(migrations)) throw new Error(`${migrations} is missing`);
cpSync(migrations, join(outdir, 'migrations'), { recursive: true, filter: (src) => !src.endsWith('.ts') });

// The window's icon (the exe carries icon.ico, set by electron-builder.yml).
cpSync('resources/icon.png', join(outdir, 'icon.png'));

console.log(`Electron main, core host, preload and migrations built in ${outdir}`);
