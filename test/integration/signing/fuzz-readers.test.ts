/**
 * Issue 12: the signature readers on 1,000+ generated hostile files — random bytes, truncated and
 * damaged real signed PDFs, crafted quadratic patterns, deep nesting, huge numbers, thousands of
 * /ByteRange markers. Each must end (no crash, no hang) with a report or a Vietnamese AppError.
 * The time limit only detects a hang; speed is measured in `npm run bench`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openP12Signer, signPdf } from '../../../electron/core/signing';
import { verifyPdfSignaturesSync } from '../../../electron/core/signing/verify';
import { readXref } from '../../../electron/core/signing/pdf/xref';
import { PdfSyntaxError } from '../../../electron/core/signing/pdf/pdf-syntax';
import { PDF_LIMITS } from '../../../electron/core/signing/pdf/limits';
import { AppError } from '../../../shared/errors';
import { makeTestCertificates } from '../../helpers/certificates';
import { appendStreamObject, CRAFTED_PAYLOADS, craftedMix, fuzzCorpus } from '../../helpers/hostile-pdfs';
import { makeSamplePdf } from './sample-pdf';

const HANG_MS = 3_000;
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

let signed: Uint8Array;
beforeAll(async () => {
  const certs = makeTestCertificates();
  try {
    const signer = await openP12Signer(certs.p12, certs.password);
    signed = await signPdf(await makeSamplePdf(2), signer, { signingTime: new Date() });
  } finally {
    certs.remove();
  }
});

type Outcome = { kind: 'reports'; count: number } | { kind: 'refused'; message: string };

/** Runs `read` and classifies the outcome; any other exception fails the test with the case name. */
function judge(name: string, read: () => unknown[]): Outcome {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = { kind: 'reports', count: read().length };
  } catch (error) {
    if (!(error instanceof AppError)) throw new Error(`${name}: ${error instanceof Error ? error.stack : String(error)}`);
    expect(error.message, name).toMatch(VIETNAMESE);
    outcome = { kind: 'refused', message: error.message };
  }
  expect(performance.now() - started, `${name} took too long`).toBeLessThan(HANG_MS);
  return outcome;
}

describe('fuzzing the signature verifier', () => {
  it('reads 1,050 generated files without a crash or a hang, refusing only in Vietnamese', () => {
    const corpus = fuzzCorpus(signed, 20261130, 1050);
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    const outcomes = corpus.map((c) => judge(c.name, () => verifyPdfSignaturesSync(c.bytes)));
    // The corpus exercises both paths: files read to a report, files refused past a limit.
    expect(outcomes.some((o) => o.kind === 'reports' && o.count > 0)).toBe(true);
    expect(outcomes.some((o) => o.kind === 'refused')).toBe(true);
  });

  it.each(Object.keys(CRAFTED_PAYLOADS))('reads a 200 KB %s file to its end', (kind) => {
    const crafted = new TextEncoder().encode(`%PDF-1.7\n${CRAFTED_PAYLOADS[kind](200_000)}`);
    judge(kind, () => verifyPdfSignaturesSync(crafted));
  });

  it('still verifies a signature whose signed revision carries every crafted pattern', async () => {
    const certs = makeTestCertificates();
    try {
      const signer = await openP12Signer(certs.p12, certs.password);
      const hostile = appendStreamObject(await makeSamplePdf(1), craftedMix(200_000));
      const signedHostile = await signPdf(hostile, signer, { signingTime: new Date() });
      const reports = verifyPdfSignaturesSync(signedHostile);
      const real = reports.filter((r) => r.signerName !== null);
      expect(real).toHaveLength(1);
      expect(real[0]).toMatchObject({ valid: true, coversWholeDocument: true, signerName: 'Nguyễn Văn Ánh' });
      // Signature-shaped dictionaries inside the stream are reported, as broken: never as valid.
      for (const fake of reports.filter((r) => r !== real[0])) {
        expect(fake.valid).toBe(false);
        expect(fake.problems.length).toBeGreaterThan(0);
      }
    } finally {
      certs.remove();
    }
  });

  it('refuses past the limits with a Vietnamese message', () => {
    const big = new Uint8Array(PDF_LIMITS.maxBytes + 1);
    expect(judge('too large', () => verifyPdfSignaturesSync(big))).toMatchObject({ kind: 'refused', message: expect.stringMatching(/quá lớn/u) });
    const headers = new TextEncoder().encode('1 0 obj '.repeat(PDF_LIMITS.maxObjects + 1));
    expect(judge('too many objects', () => verifyPdfSignaturesSync(headers))).toMatchObject({ kind: 'refused', message: expect.stringMatching(/quá nhiều đối tượng/u) });
    const dicts = new TextEncoder().encode(`%PDF-1.7\n${CRAFTED_PAYLOADS.signatureDicts(5_000)}`);
    expect(judge('too many signatures', () => verifyPdfSignaturesSync(dicts))).toMatchObject({ kind: 'refused', message: expect.stringMatching(/quá nhiều chữ ký/u) });
  });
});

describe('fuzzing the cross-reference reader used when signing', () => {
  it('ends every generated file with a result or a PdfSyntaxError', () => {
    for (const c of fuzzCorpus(signed, 7, 1000)) {
      const started = performance.now();
      try {
        readXref(c.bytes);
      } catch (error) {
        if (!(error instanceof PdfSyntaxError)) throw new Error(`${c.name}: ${String(error)}`);
      }
      expect(performance.now() - started, c.name).toBeLessThan(HANG_MS);
    }
  });
});
