import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Issue 10, acceptance 6: the installer carries only what the main process and the core need.
 * `npm ls --omit=dev` is what electron-builder packs; every top-level package in it must be
 * imported by code outside the renderer, and none may be imported only by the renderer (Vite
 * bundles those into dist/renderer).
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

function importers(name: string, dirs: string[]): string[] {
  try {
    return execFileSync('grep', ['-rlE', `(from|import\\(|require\\() ?'${name}(/[^']*)?'`, ...dirs], { encoding: 'utf8' })
      .split('\n').filter(Boolean);
  } catch {
    return []; // grep exits 1 when nothing matches
  }
}

describe('production dependencies', () => {
  const listed = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--depth=0', '--json'], { encoding: 'utf8' })) as {
    dependencies?: Record<string, unknown>;
  };
  const shipped = Object.keys(listed.dependencies ?? {});

  it('npm ls --omit=dev lists exactly package.json dependencies', () => {
    expect(shipped.sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('every shipped package is imported by the main process or the core; none only by the renderer', () => {
    for (const name of shipped) {
      expect(importers(name, ['electron', 'shared']), `${name} is shipped but no main-process or core code imports it`).not.toEqual([]);
    }
  });

  it('renderer packages are devDependencies (bundled by Vite), and the unused signpdf placeholder is gone', () => {
    for (const name of Object.keys(pkg.devDependencies)) {
      if (importers(name, ['renderer']).length > 0 && importers(name, ['electron', 'shared']).length === 0) {
        expect(shipped, `${name} is renderer-only`).not.toContain(name);
      }
    }
    for (const name of ['react', 'react-dom', '@fluentui/react-components', 'ag-grid-community', 'i18next', '@signpdf/placeholder-plain']) {
      expect(shipped).not.toContain(name);
    }
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('@signpdf/placeholder-plain');
  });
});
