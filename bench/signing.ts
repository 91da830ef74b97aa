import { openP12Signer, signPdf } from '../electron/core/signing';
import { verifyPdfSignaturesSync } from '../electron/core/signing/verify';
import { makeTestCertificates } from '../test/helpers/certificates';
import { appendStreamObject, benignText, craftedMix } from '../test/helpers/hostile-pdfs';
import { makeSamplePdf } from '../test/integration/signing/sample-pdf';
import { measure, report, round } from './harness';

/**
 * Issue 12: verifying a signed PDF of about 200 KB whose signed revision carries a stream of
 * ordinary text (the reference) against the same file whose stream is crafted to make a naive
 * /ByteRange search quadratic (thousands of markers and stray object headers, digit runs, deep
 * nesting, commented markers). Target: crafted within 2× clean, both under 100 ms.
 */
export async function benchSigning(bytes = 190_000): Promise<void> {
  const certs = makeTestCertificates();
  try {
    const signer = await openP12Signer(certs.p12, certs.password);
    const base = await makeSamplePdf(1);
    const sign = (pdf: Uint8Array) => signPdf(pdf, signer, { signingTime: new Date() });
    const files = {
      'clean: signed decision + ordinary text stream': await sign(appendStreamObject(base, benignText(bytes))),
      'crafted: signed decision + hostile stream': await sign(appendStreamObject(base, craftedMix(bytes))),
    };
    const verify = (pdf: Uint8Array) => verifyPdfSignaturesSync(pdf, { trustAnchors: [certs.caCertDer] });
    // Both warmed up alike (JIT, the certificate cache) before either is timed.
    for (let i = 0; i < 10; i++) Object.values(files).forEach(verify);
    const rows = Object.entries(files).map(([name, pdf]) => {
      const m = measure(name, 50, () => verify(pdf));
      return { file: name, 'size KB': Math.round(pdf.length / 1024), 'median ms': m.medianMs, 'p95 ms': m.p95Ms };
    });
    const ratio = round(rows[1]['median ms'] / rows[0]['median ms']);
    report(`Signature verification, ~${Math.round(bytes / 1000)} KB (crafted/clean = ${ratio}×)`, rows);
  } finally {
    certs.remove();
  }
}
