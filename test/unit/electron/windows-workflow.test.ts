import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { githubWorkflowSchema } from './github-workflow-schema';

/**
 * Issue 10, acceptance 3: .github/workflows/windows.yml cannot run on our Linux machines, so it
 * is checked here: against GitHub's workflow schema (see github-workflow-schema.ts for where it
 * comes from) with ajv, and for what it must do (Windows, Node for Electron's tooling, the npm
 * scripts it runs exist, the installer it uploads is the one electron-builder names).
 */
interface Step { name?: string; uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }
interface Job { 'runs-on': string; if?: string; needs?: string; env?: Record<string, string>; steps: Step[] }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, Job> }

const text = readFileSync('.github/workflows/windows.yml', 'utf8');
const workflow = load(text) as Workflow;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(githubWorkflowSchema);

describe('.github/workflows/windows.yml', () => {
  it('is a valid GitHub workflow', () => {
    const ok = validate(workflow);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check has teeth: a misspelt key, a step with both uses and run, a job without runs-on fail', () => {
    const copy = () => structuredClone(workflow);
    const misspelt = copy() as unknown as { jobs: Record<string, Record<string, unknown>> };
    misspelt.jobs.build['runs_on'] = 'windows-latest';
    expect(validate(misspelt)).toBe(false);
    const both = copy();
    both.jobs.build.steps[0] = { uses: 'actions/checkout@v4', run: 'echo' };
    expect(validate(both)).toBe(false);
    const noRunner = copy() as unknown as { jobs: Record<string, Record<string, unknown>> };
    delete noRunner.jobs.build['runs-on'];
    expect(validate(noRunner)).toBe(false);
  });

  it('builds on windows-latest with a Node that Electron 45 tooling accepts (>= 22.12)', () => {
    const build = workflow.jobs.build;
    expect(build['runs-on']).toBe('windows-latest');
    const [major, minor] = (build.env?.NODE_VERSION ?? '').split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
    expect(build.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe('${{ env.NODE_VERSION }}');
  });

  it('runs only npm scripts that exist, in order: install, tests, installer, smoke test', () => {
    const runs = workflow.jobs.build.steps.flatMap((s) => (s.run ? s.run.split('\n') : [])).map((l) => l.trim()).filter(Boolean);
    const scripts = runs.flatMap((l) => [...l.matchAll(/npm run ([\w:-]+)/gu)].map((m) => m[1]));
    expect(scripts).toEqual(['typecheck', 'lint', 'test:unit', 'dist:win', 'test:electron']);
    for (const name of scripts) expect(pkg.scripts, `npm run ${name}`).toHaveProperty([name]);
    expect(runs[0]).toBe('npm ci');
    expect(pkg.scripts['dist:win']).toContain('electron-builder --win');
  });

  it('smoke-tests the packaged TCNS.exe, requiring it, and uploads the installer electron-builder names', () => {
    const steps = workflow.jobs.build.steps;
    const smoke = steps.find((s) => s.run === 'npm run test:electron');
    expect(smoke?.env).toMatchObject({ TCNS_REQUIRE_ELECTRON: '1' });
    expect(smoke?.env?.TCNS_ELECTRON_EXE).toMatch(/release\\win-unpacked\\TCNS\.exe$/u);
    const builder = readFileSync('electron-builder.yml', 'utf8');
    expect(builder).toMatch(/^executableName: TCNS$/mu);
    expect(builder).toContain('artifactName: TCNS-Setup-${version}.${ext}');
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ path: 'release/TCNS-Setup-*.exe', 'if-no-files-found': 'error' });
  });

  it('attaches the installer to a release only for a v* tag', () => {
    expect(workflow.on).toMatchObject({ push: { tags: ['v*'] } });
    const release = workflow.jobs.release;
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(release.needs).toBe('build');
    expect(release.steps.some((s) => s.run?.startsWith('gh release create'))).toBe(true);
  });
});
