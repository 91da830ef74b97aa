/**
 * The PDF of a decision as issued (issue 8 §4). Issuing freezes the content; this keeps the bytes
 * rendered from it at that moment and their SHA-256, so a PDF signed elsewhere is checked against
 * what was issued — its first revision must have this hash — and never against a fresh rendering
 * that a font or library update could change. Export of an issued decision returns these bytes.
 */
import { createHash } from 'node:crypto';
import type { Context } from '../context';
import type { Handler } from '../dispatch';
import { renderDecisionPdf } from './document';
import { contentOf, getRecord, type DecisionRecord } from './repository';

export interface IssuedPdf {
  bytes: Uint8Array;
  sha256: string;
  byteLength: number;
}

function stored(ctx: Context, decisionId: string): IssuedPdf | null {
  const row = ctx.db.prepare('SELECT bytes, sha256, byte_length FROM decision_issued_pdf WHERE decision_id = ?').get(decisionId) as
    | { bytes: Buffer; sha256: string; byte_length: number }
    | undefined;
  return row ? { bytes: new Uint8Array(row.bytes), sha256: row.sha256, byteLength: row.byte_length } : null;
}

/**
 * The issued PDF of an issued decision. Recorded right after issuing (see recordingIssuedPdf);
 * a decision issued before this record existed (or if the app stopped in between) gets it
 * recorded on first use, from its frozen content. Audited as `action` on decision_issued_pdf.
 */
export async function issuedPdf(ctx: Context, r: DecisionRecord, action = 'decisions.recordIssuedPdf'): Promise<IssuedPdf> {
  const existing = stored(ctx, r.id);
  if (existing) return existing;
  const { bytes } = await renderDecisionPdf(contentOf(ctx, r));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return ctx.mutate(() => {
    const raced = stored(ctx, r.id); // another request recorded it while this one rendered
    if (raced) return raced;
    ctx.db
      .prepare('INSERT INTO decision_issued_pdf (decision_id, sha256, byte_length, bytes, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(r.id, sha256, bytes.length, Buffer.from(bytes), ctx.now());
    ctx.audit({ action, entity: 'decision_issued_pdf', entityId: r.id, after: { sha256, byteLength: bytes.length } });
    return { bytes, sha256, byteLength: bytes.length };
  });
}

/** Wraps the issue handler: once the decision is issued, its PDF is rendered and recorded. */
export function recordingIssuedPdf(issue: Handler<'decisions.issue'>): Handler<'decisions.issue'> {
  return async (input, ctx) => {
    const detail = await issue(input, ctx);
    await issuedPdf(ctx, getRecord(ctx, detail.id), 'decisions.issue');
    return detail;
  };
}

/** Does `pdf` begin with the issued PDF, byte for byte (checked by its SHA-256)? */
export function startsWithIssued(pdf: Uint8Array, issued: IssuedPdf): boolean {
  if (pdf.length < issued.byteLength) return false;
  return createHash('sha256').update(pdf.subarray(0, issued.byteLength)).digest('hex') === issued.sha256;
}
