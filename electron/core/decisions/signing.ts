import { createHash } from 'node:crypto';
import type { FileResult } from '../../../shared/api';
import type { SignatureSummary } from '../../../shared/api/decisions';
import { AppError, notFound } from '../../../shared/errors';
import { requireCommune } from '../commune/handlers';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { openP12Signer, signPdf, verifyPdfSignatures, type SignatureReport } from '../signing';
import { summariseCertificate } from '../signing/verify/certificate-info';
import { communePhrase } from './content-builder';
import { renderDecisionPdf } from './document';
import { contentOf, getDecision, getRecord, type DecisionRecord } from './repository';

const pad = (n: number) => String(n).padStart(2, '0');
/** Office-local time as printed in the visible signature: "05/01/2026 09:30". */
const stamp = (d: Date) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

export function summarise(r: SignatureReport): SignatureSummary {
  return {
    valid: r.valid, coversWholeDocument: r.coversWholeDocument, signerName: r.signerName, signerOrganisation: r.signerOrganisation,
    issuerName: r.issuerName, signingTime: r.signingTime?.toISOString() ?? null, problems: r.problems,
  };
}

function requireIssued(ctx: Context, id: string): DecisionRecord {
  const r = getRecord(ctx, id);
  if (r.status === 'draft') throw new AppError('CONFLICT', 'Chỉ ký hoặc lưu bản đã ký của quyết định đã ban hành.');
  return r;
}

function archive(ctx: Context, decisionId: string, fileName: string, bytes: Uint8Array, reports: SignatureReport[], source: 'signed_in_app' | 'imported'): void {
  const id = ctx.newId();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  ctx.db
    .prepare('INSERT INTO decision_file (id, decision_id, kind, file_name, sha256, bytes, signatures, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, decisionId, 'signed_pdf', fileName, sha256, Buffer.from(bytes), JSON.stringify(reports.map(summarise)), source, ctx.now());
  ctx.db.prepare("UPDATE decision SET status = 'signed', updated_at = ?, version = version + 1 WHERE id = ?").run(ctx.now(), decisionId);
  ctx.audit({ action: source === 'imported' ? 'decisions.importSigned' : 'decisions.sign', entity: 'decision_file', entityId: id, after: { decisionId, fileName, sha256, signatures: reports.map(summarise) } });
}

const startsWith = (whole: Uint8Array, prefix: Uint8Array) =>
  whole.length >= prefix.length && Buffer.from(whole.subarray(0, prefix.length)).equals(Buffer.from(prefix));

export const signingHandlers: Pick<Handlers, 'decisions.sign' | 'decisions.importSigned' | 'decisions.downloadSigned' | 'decisions.verify'> = {
  'decisions.sign': async (input, ctx) => {
    const r = requireIssued(ctx, input.id);
    const signer = await openP12Signer(input.p12, input.password);
    const cert = summariseCertificate(signer.certificateChain[0]);
    if (cert.notAfter.getTime() < Date.now()) throw new AppError('VALIDATION', `Chứng thư số của ${cert.commonName ?? 'người ký'} đã hết hạn.`);
    const signingTime = new Date(ctx.now());
    const commune = requireCommune(ctx);
    const rendered = await renderDecisionPdf(contentOf(ctx, r), {
      visibleSignature: {
        lines: [
          `Ký bởi: ${cert.commonName ?? r.signer_name}`,
          `Cơ quan: ${cert.organisation ?? `UBND ${communePhrase(commune)}`}`,
          `Thời gian: ${stamp(signingTime)}`,
        ],
        signatureImagePng: input.signatureImagePng,
        sealImagePng: input.sealImagePng,
      },
    });
    const signed = await signPdf(rendered.bytes, signer, {
      signingTime,
      reason: 'Ký ban hành quyết định',
      location: commune.placeName,
      widget: rendered.signatureArea,
    });
    const reports = await verifyPdfSignatures(signed);
    if (!reports.some((x) => x.valid)) throw new AppError('INTERNAL', 'Chữ ký vừa tạo không kiểm tra được; tệp không được lưu.');
    const fileName = `Quyet-dinh-${String(r.number).padStart(2, '0')}-QD-UBND-${r.year}-da-ky.pdf`;
    ctx.mutate(() => archive(ctx, r.id, fileName, signed, reports, 'signed_in_app'));
    return { fileName, mimeType: 'application/pdf', bytes: signed } satisfies FileResult;
  },

  'decisions.importSigned': async (input, ctx) => {
    const r = requireIssued(ctx, input.id);
    const reports = await verifyPdfSignatures(input.pdf).catch(() => {
      throw new AppError('VALIDATION', 'Tệp không phải PDF hợp lệ hoặc bị hỏng.');
    });
    if (reports.length === 0) throw new AppError('VALIDATION', 'Tệp PDF này chưa có chữ ký số.');
    const good = reports.find((x) => x.valid && x.coversWholeDocument);
    if (!good) {
      const problems = reports.flatMap((x) => x.problems).join(' ');
      throw new AppError('VALIDATION', `Chữ ký số không hợp lệ hoặc tệp đã bị sửa sau khi ký. ${problems}`.trim(), { signatures: reports.map(summarise) });
    }
    // Signing tools append the signature as an incremental update, so the issued PDF must be
    // the file's first bytes: that proves the signed file is this decision, unchanged.
    const issued = await renderDecisionPdf(contentOf(ctx, r));
    if (!startsWith(input.pdf, issued.bytes)) {
      throw new AppError('VALIDATION', 'Tệp đã ký không khớp với quyết định đã ban hành (nội dung khác bản xuất từ phần mềm).');
    }
    ctx.mutate(() => archive(ctx, r.id, input.fileName, input.pdf, reports, 'imported'));
    return getDecision(ctx, r.id);
  },

  'decisions.downloadSigned': (input, ctx) => {
    const f = ctx.db.prepare('SELECT file_name, bytes FROM decision_file WHERE id = ?').get(input.fileId) as { file_name: string; bytes: Buffer } | undefined;
    if (!f) throw notFound('tệp đã ký');
    return { fileName: f.file_name, mimeType: 'application/pdf', bytes: new Uint8Array(f.bytes) };
  },

  'decisions.verify': async (input) => {
    const reports = await verifyPdfSignatures(input.pdf).catch(() => {
      throw new AppError('VALIDATION', 'Tệp không phải PDF hợp lệ hoặc bị hỏng.');
    });
    return reports.map(summarise);
  },
};
