import { createHash } from 'node:crypto';
import { reportProgress } from '../progress';
import type { FileResult } from '../../../shared/api';
import type { PdfVerification, SignatureSummary } from '../../../shared/api/decisions';
import { AppError, notFound } from '../../../shared/errors';
import { fileVerdict } from '../../../shared/signing/verdict';
import { requireCommune } from '../commune/handlers';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { openP12Signer, signPdf, verifyPdfSignatures, verifyPdfSignaturesSync, type SignatureReport, type Signer } from '../signing';
import { assertCertificateCanSign } from '../signing/signing-certificate-checks';
import { summariseCertificate } from '../signing/verify/certificate-info';
import { communePhrase } from './content-builder';
import { renderDecisionPdf } from './document';
import { contentOf, getDecision, getRecord, type DecisionRecord } from './repository';
import { trustAnchors } from '../trust/repository';
import { issuedPdf, startsWithIssued } from './issued-pdf';

const pad = (n: number) => String(n).padStart(2, '0');
/** Office-local time as printed in the visible signature: "05/01/2026 09:30". */
const stamp = (d: Date) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

export function summarise(r: SignatureReport): SignatureSummary {
  return {
    valid: r.valid, coversWholeDocument: r.coversWholeDocument, signerName: r.signerName, signerOrganisation: r.signerOrganisation,
    issuerName: r.issuerName, signingTime: r.signingTime?.toISOString() ?? null, problems: r.problems,
    trusted: r.trust.trusted, trustChain: r.trust.chain, trustAnchor: r.trust.anchor, trustProblems: r.trust.problems, revocationChecked: false,
  };
}

/** Both verdicts on a PDF, judged against the office's trust store. */
export function verifyWithTrustStore(ctx: Context, pdf: Uint8Array): Promise<SignatureReport[]> {
  return verifyPdfSignatures(pdf, { trustAnchors: trustAnchors(ctx) });
}

export function verification(reports: SignatureReport[]): PdfVerification {
  const signatures = reports.map(summarise);
  const verdict = fileVerdict(signatures);
  return { integrity: verdict.integrity, trusted: verdict.trusted, revocationChecked: false, verdict: verdict.text, signatures };
}

/** Limits (pdf/limits.ts) keep their own message; anything else unexpected is a broken file. */
function unreadable(error: unknown): never {
  if (error instanceof AppError) throw error;
  throw new AppError('VALIDATION', 'Tệp không phải PDF hợp lệ hoặc bị hỏng.');
}

function requireIssued(ctx: Context, id: string): DecisionRecord {
  const r = getRecord(ctx, id);
  if (r.status === 'draft') throw new AppError('CONFLICT', 'Chỉ ký hoặc lưu bản đã ký của quyết định đã ban hành.');
  return r;
}

/**
 * Keeps the signed file with its verification. The decision becomes "đã ký số" only when the file
 * is intact and every signer's certificate is trusted: an intact signature by an unknown
 * certificate proves nothing about who signed (issue 8 §4). It is kept as received either way.
 */
function archive(ctx: Context, decisionId: string, fileName: string, bytes: Uint8Array, reports: SignatureReport[], source: 'signed_in_app' | 'imported'): void {
  const id = ctx.newId();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = verification(reports);
  ctx.db
    .prepare('INSERT INTO decision_file (id, decision_id, kind, file_name, sha256, bytes, signatures, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, decisionId, 'signed_pdf', fileName, sha256, Buffer.from(bytes), JSON.stringify(result.signatures), source, ctx.now());
  if (result.integrity && result.trusted) {
    ctx.db.prepare("UPDATE decision SET status = 'signed', updated_at = ?, version = version + 1 WHERE id = ?").run(ctx.now(), decisionId);
  }
  ctx.audit({ action: source === 'imported' ? 'decisions.importSigned' : 'decisions.sign', entity: 'decision_file', entityId: id, after: { decisionId, fileName, sha256, integrity: result.integrity, trusted: result.trusted, signatures: result.signatures } });
}

/**
 * Signs an issued decision with any Signer — the .p12 handler above today, a PKCS#11 token
 * handler later (issue 15) — and archives the result. The certificate's validity and key usage
 * are refused before anything is rendered; nothing is stored unless the new signature verifies.
 */
export async function signIssuedDecision(
  ctx: Context,
  r: DecisionRecord,
  signer: Signer,
  images: { signatureImagePng?: Uint8Array; sealImagePng?: Uint8Array } = {},
): Promise<FileResult> {
  const cert = summariseCertificate(signer.certificateChain[0]);
  const signingTime = new Date(ctx.now());
  assertCertificateCanSign(signer.certificateChain[0], signingTime);
  const commune = requireCommune(ctx);
  const rendered = await renderDecisionPdf(contentOf(ctx, r), {
    visibleSignature: {
      lines: [
        `Ký bởi: ${cert.commonName ?? r.signer_name}`,
        `Cơ quan: ${cert.organisation ?? `UBND ${communePhrase(commune)}`}`,
        `Thời gian: ${stamp(signingTime)}`,
      ],
      ...images,
    },
  });
  const signed = await signPdf(rendered.bytes, signer, {
    signingTime,
    reason: 'Ký ban hành quyết định',
    location: commune.placeName,
    widget: rendered.signatureArea,
  });
  const reports = await verifyWithTrustStore(ctx, signed);
  if (!verification(reports).integrity) throw new AppError('INTERNAL', 'Chữ ký vừa tạo không kiểm tra được; tệp không được lưu.');
  const fileName = `Quyet-dinh-${String(r.number).padStart(2, '0')}-QD-UBND-${r.year}-da-ky.pdf`;
  ctx.mutate(() => archive(ctx, r.id, fileName, signed, reports, 'signed_in_app'));
  return { fileName, mimeType: 'application/pdf', bytes: signed };
}

/**
 * After a CA is added to the trust store (call inside its transaction): the signed files kept for
 * decisions still "Đã ban hành" are judged again, and a decision whose file is now intact and
 * trusted becomes "Đã ký số" — the office need not import the same file twice. Returns the
 * decisions promoted. Removing a CA never demotes a decision: it was signed when trusted.
 */
export function rejudgeKeptSignatures(ctx: Context, action: string): string[] {
  const files = ctx.db
    .prepare("SELECT f.id, f.decision_id, f.bytes FROM decision_file f JOIN decision d ON d.id = f.decision_id WHERE d.status = 'issued' ORDER BY f.created_at")
    .all() as { id: string; decision_id: string; bytes: Buffer }[];
  const anchors = trustAnchors(ctx);
  const promoted: string[] = [];
  for (const f of files) {
    const result = verification(verifyPdfSignaturesSync(new Uint8Array(f.bytes), { trustAnchors: anchors }));
    ctx.db.prepare('UPDATE decision_file SET signatures = ? WHERE id = ?').run(JSON.stringify(result.signatures), f.id);
    if (result.integrity && result.trusted && !promoted.includes(f.decision_id)) {
      ctx.db.prepare("UPDATE decision SET status = 'signed', updated_at = ?, version = version + 1 WHERE id = ? AND status = 'issued'").run(ctx.now(), f.decision_id);
      ctx.audit({ action, entity: 'decision', entityId: f.decision_id, before: { status: 'issued' }, after: { status: 'signed', fileId: f.id } });
      promoted.push(f.decision_id);
    }
  }
  return promoted;
}

export const signingHandlers: Pick<Handlers, 'decisions.sign' | 'decisions.importSigned' | 'decisions.downloadSigned' | 'decisions.verify'> = {
  'decisions.sign': async (input, ctx) => {
    const r = requireIssued(ctx, input.id);
    reportProgress(ctx, { phase: 'signing', done: 0, total: null });
    const signer = await openP12Signer(input.p12, input.password);
    return signIssuedDecision(ctx, r, signer, { signatureImagePng: input.signatureImagePng, sealImagePng: input.sealImagePng });
  },

  'decisions.importSigned': async (input, ctx) => {
    const r = requireIssued(ctx, input.id);
    reportProgress(ctx, { phase: 'verifying', done: 0, total: null });
    const reports = await verifyWithTrustStore(ctx, input.pdf).catch(unreadable);
    if (reports.length === 0) throw new AppError('VALIDATION', 'Tệp PDF này chưa có chữ ký số.');
    const result = verification(reports);
    if (!result.integrity) {
      const problems = reports.flatMap((x) => x.problems).join(' ');
      throw new AppError('VALIDATION', `Chữ ký số không hợp lệ hoặc tệp đã bị sửa sau khi ký. ${problems}`.trim(), { signatures: result.signatures });
    }
    // Signing tools append the signature as an incremental update, so the issued PDF must be
    // the file's first revision: its SHA-256 proves the signed file is this decision, unchanged.
    if (!startsWithIssued(input.pdf, await issuedPdf(ctx, r))) {
      throw new AppError('VALIDATION', 'Tệp đã ký không khớp với quyết định đã ban hành (phần đầu của tệp khác bản PDF lưu khi ban hành).', { signatures: result.signatures });
    }
    ctx.mutate(() => archive(ctx, r.id, input.fileName, input.pdf, reports, 'imported'));
    return getDecision(ctx, r.id);
  },

  'decisions.downloadSigned': (input, ctx) => {
    const f = ctx.db.prepare('SELECT file_name, bytes FROM decision_file WHERE id = ?').get(input.fileId) as { file_name: string; bytes: Buffer } | undefined;
    if (!f) throw notFound('tệp đã ký');
    return { fileName: f.file_name, mimeType: 'application/pdf', bytes: new Uint8Array(f.bytes) };
  },

  'decisions.verify': async (input, ctx) => {
    reportProgress(ctx, { phase: 'verifying', done: 0, total: null });
    return verification(await verifyWithTrustStore(ctx, input.pdf).catch(unreadable));
  },
};
