#!/usr/bin/env node
// `node scripts/run-node.mjs <cli|serve> [args…]`: runs a bundle from dist/node, building it
// first when it is missing or older than any source file (a fresh clone after `npm ci`, or
// after a `git pull`). npm run cli / npm run serve go through here.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outdir = join(root, 'dist', 'node');
const [name, ...args] = process.argv.slice(2);
const ENTRIES = ['cli', 'serve'];
if (!ENTRIES.includes(name)) {
  console.error(`Cách dùng: node scripts/run-node.mjs ${ENTRIES.join('|')} [tham số]`);
  process.exit(2);
}

/** Newest modification time under the folders the bundles are built from. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'electron'));
  walk(join(root, 'shared'));
  for (const file of ['package-lock.json', 'scripts/build-node.mjs']) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

const bundle = join(outdir, `${name}.cjs`);
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource()) {
  const { buildNode } = await import('./build-node.mjs');
  await buildNode(outdir);
}

/**
 * Loads the CommonJS bundle like require() would, but keeps V8's compiled code in a file beside
 * it (Node 20 has no module.enableCompileCache): later starts skip compiling 1 MB of JavaScript.
 * The cache belongs to this bundle and V8 version; V8 rejects a stale one and it is rewritten.
 */
function runWithCodeCache(file) {
  const cacheFile = `${file}.v8-cache`;
  const cachedData = existsSync(cacheFile) && statSync(cacheFile).mtimeMs >= statSync(file).mtimeMs ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // After the run, so the functions the command compiled lazily are in the cache too.
    process.once('exit', () => {
      try {
        writeFileSync(cacheFile, script.createCachedData());
      } catch {
        // A read-only checkout only loses the speed-up.
      }
    });
  }
  const module = new Module(file);
  module.filename = file;
  module.paths = Module._nodeModulePaths(dirname(file));
  const require = createRequire(file);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, dirname(file));
}

process.argv = [process.argv[0], bundle, ...args];
runWithCodeCache(bundle);
