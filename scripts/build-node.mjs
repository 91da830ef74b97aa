#!/usr/bin/env node
// Bundles the Node entry points (CLI, serve mode) once with esbuild, so
// they run with plain `node` and no TypeScript compiler at run time (issue 10: `npm run cli --
// doctor` must start ≥ 5× faster than under tsx; measured in bench/startup.ts).
//   node scripts/build-node.mjs [--outdir dist/node]
// Our code and the small pure-JS packages are bundled. better-sqlite3 and pkcs11js (native) stay external.
// The heavy document libraries (ExcelJS, pdfkit, docx, the PKI stack) are loaded only when a
// command first touches them (see lazyPackages below): most commands never do.
import { build } from 'esbuild';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_ENTRIES = {
  cli: 'electron/cli/bin.ts',
  serve: 'electron/serve/cli.ts',
  // The core's own thread in serve mode (electron/serve/core-threads.ts starts it).
  'core-host': 'electron/core/host/entry.ts',
};

/** Packages costing 50–300 ms to load (measured: node -e "require('exceljs')" etc.). */
const LAZY = ['exceljs', 'pdfkit', 'docx', 'pkijs', '@peculiar/x509', 'asn1js', '@signpdf/signpdf', '@signpdf/utils'];

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const requireHere = createRequire(join(root, 'package.json'));

/**
 * Replaces `require('pkg')` with a stand-in whose properties load the real package on first
 * use. esbuild's CommonJS interop copies properties as getters (__copyProps), so a named import
 * stays lazy until the code reads it. A package whose export is a function (pdfkit's class)
 * gets a constructor that forwards to the real one.
 */
function lazyPackages() {
  return {
    name: 'lazy-packages',
    setup(b) {
      // esbuild takes Go regular expressions: no flags; '/' needs no escaping.
      const filter = new RegExp(`^(${LAZY.map((p) => p.replaceAll('.', '\\.')).join('|')})$`);
      b.onResolve({ filter }, (args) => {
        if (args.namespace === 'lazy') return { path: args.path, external: true };
        return { path: args.path, namespace: 'lazy' };
      });
      b.onLoad({ filter: new RegExp('.*'), namespace: 'lazy' }, (args) => {
        const real = requireHere(args.path);
        const keys = Object.keys(real).filter((k) => k !== 'default' && k !== '__esModule');
        const id = JSON.stringify(args.path);
        const lines = ['let real;', `const load = () => (real ??= require(${id}));`];
        if (typeof real === 'function') {
          lines.push(
            'function Lazy(...args) { const R = load(); return Reflect.construct(R, args, new.target === Lazy || !new.target ? R : new.target); }',
            'module.exports = Lazy;',
          );
        } else {
          lines.push('module.exports = {};');
          if (real.__esModule) lines.push("Object.defineProperty(module.exports, '__esModule', { value: true });");
          if ('default' in real) keys.push('default');
        }
        lines.push(
          `for (const key of ${JSON.stringify(keys)}) Object.defineProperty(module.exports, key, { enumerable: true, get: () => load()[key] });`,
        );
        return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
      });
    },
  };
}

export async function buildNode(outdir = join(root, 'dist', 'node')) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(NODE_ENTRIES).map(([name, file]) => [name, file])),
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Node 20 runs the CLI and serve mode (README: set-up); Electron's Node is newer.
    target: 'node20',
    external: ['better-sqlite3', 'pkcs11js'],
    plugins: [lazyPackages()],
    // ESM sources use import.meta.url (migrations beside the bundle); in CJS it is this file's URL.
    define: { 'import.meta.url': '__tcnsImportMetaUrl' },
    banner: { js: "const __tcnsImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const migrations = join(root, 'electron/core/db/migrations');
  if (!existsSync(migrations)) throw new Error(`${migrations} is missing`);
  cpSync(migrations, join(outdir, 'migrations'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
  return outdir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = await buildNode();
  console.log(`CLI and serve mode built in ${outdir}`);
}
