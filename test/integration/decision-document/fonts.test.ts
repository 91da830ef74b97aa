/**
 * Which fonts the PDFs embed (issue 8 §3): Times New Roman from a folder when it has the four
 * faces with Vietnamese letters, else the bundled Liberation Serif. No Times New Roman can be
 * installed here (ttf-mscorefonts-installer downloads from the internet), so the "Times New
 * Roman" folder holds real TTFs of another serif with full Vietnamese coverage, DejaVu Serif from
 * Debian's fonts-dejavu-core (installed by .ci/run), copied under Windows' Times New Roman file
 * names. pdffonts then shows DejaVuSerif, proving the faces came from that folder; the real Times
 * New Roman goes through the same code on a Windows PC.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDecisionPdf, resolveFonts, TIMES_FILE_SETS } from '../../../electron/core/decisions/document';
import { fixtureDecision } from '../../fixtures/decision-content';
import { tempCore } from '../../helpers/core';
import { twoTeams } from '../trainings/scenario';
import { run, writeOut } from './tools';

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const FACES = { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf', boldItalic: 'DejaVuSerif-BoldItalic.ttf' };

/** Base font names pdffonts lists, without the subset tag. */
function embedded(file: string): string[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  for (const line of lines) expect(line).toMatch(/\byes\s+yes\s+yes\b/u); // embedded, subset, unicode map
  return lines.map((l) => l.split(/\s+/u)[0].replace(/^[A-Z]{6}\+/u, '')).sort();
}

let root: string;
let timesDir: string;
let partialDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tcns-fonts-'));
  timesDir = join(root, 'Fonts');
  partialDir = join(root, 'partial');
  const windowsNames = TIMES_FILE_SETS[0];
  for (const dir of [timesDir, partialDir]) {
    run('mkdir', ['-p', dir]);
    for (const [style, name] of Object.entries(windowsNames) as [keyof typeof FACES, string][]) {
      if (dir === partialDir && style === 'boldItalic') continue; // one face missing
      copyFileSync(join(DEJAVU, FACES[style]), join(dir, name));
    }
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('PDF fonts', () => {
  it('embeds the faces of a Times New Roman folder when one is given', async () => {
    expect(resolveFonts({ timesDirs: [timesDir] })).toMatchObject({ family: 'Times New Roman', paths: { regular: join(timesDir, 'times.ttf') } });
    const pdf = await renderDecisionPdf(fixtureDecision, { timesDirs: [timesDir] });
    const file = writeOut('decision-times-folder.pdf', pdf.bytes);
    expect(embedded(file)).toEqual(['DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-BoldItalic', 'DejaVuSerif-Italic']);
    expect(run('pdftotext', [file, '-']).replace(/\s+/gu, ' ')).toContain('Tổ công nghệ số cộng đồng');
  });

  it('falls back to the bundled Liberation Serif without Times New Roman, or with an incomplete folder', async () => {
    for (const timesDirs of [null, [partialDir], [join(root, 'missing')]]) {
      expect(resolveFonts({ timesDirs }).family).toBe('Liberation Serif');
    }
    const pdf = await renderDecisionPdf(fixtureDecision, { timesDirs: [partialDir] });
    const file = writeOut('decision-no-times.pdf', pdf.bytes);
    expect(embedded(file)).toEqual(['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-BoldItalic', 'LiberationSerif-Italic']);
  });

  it('the training sheet follows TCNS_FONT_DIR', async () => {
    const t = tempCore();
    try {
      const s = await twoTeams(t);
      process.env.TCNS_FONT_DIR = timesDir;
      const withTimes = writeOut('sheet-times-folder.pdf', (await t.op('trainings.sheet', { id: s.session.id })).bytes);
      process.env.TCNS_FONT_DIR = partialDir;
      const without = writeOut('sheet-no-times.pdf', (await t.op('trainings.sheet', { id: s.session.id })).bytes);
      expect(embedded(withTimes).every((n) => n.startsWith('DejaVuSerif'))).toBe(true);
      // Where the machine itself has Times New Roman installed, that is what it must embed instead.
      const system = resolveFonts({ timesDirs: undefined }).family;
      expect(embedded(without).every((n) => n.startsWith(system === 'Times New Roman' ? 'TimesNewRoman' : 'LiberationSerif'))).toBe(true);
    } finally {
      delete process.env.TCNS_FONT_DIR;
      t.dispose();
    }
  });
});
