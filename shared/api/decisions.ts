import { z } from 'zod';
import type { DecisionContent, DecisionKind } from '../decisions/content';
import { DECISION_KINDS } from '../decisions/content';
import { keysOf, TEAM_POSITIONS } from '../domain/vocabulary';
import { bytes, id, isoDate, op, requiredText, version, type FileResult } from './define';

export const DECISION_STATUSES = { draft: 'Dự thảo', issued: 'Đã ban hành', signed: 'Đã ký số' } as const;
export type DecisionStatus = keyof typeof DECISION_STATUSES;

export interface DecisionRow {
  id: string;
  kind: DecisionKind;
  status: DecisionStatus;
  year: number;
  number: number | null;
  numberText: string; // "Số: 07/QĐ-UBND" or "Số:    /QĐ-UBND"
  date: string | null;
  title: string;
  teams: { id: string; name: string }[];
  signerName: string;
  hasSignedFile: boolean;
  version: number;
}

export interface SignatureSummary {
  valid: boolean;
  coversWholeDocument: boolean;
  signerName: string | null;
  signerOrganisation: string | null;
  issuerName: string | null;
  signingTime: string | null;
  problems: string[];
  /**
   * The second verdict (issue 8 §4): the certificate chains to a CA in the trust store and was
   * valid at the signing time. Reports archived before the trust store lack these fields: read
   * them through shared/signing/verdict.ts, which treats a missing verdict as not trusted.
   */
  trusted: boolean;
  /** Common names from the signer to the trusted CA (or as far as the chain goes). */
  trustChain: string[];
  trustAnchor: string | null;
  /** Vietnamese: why the certificate is not trusted. */
  trustProblems: string[];
  /** Always false: revocation (OCSP/CRL) needs the CA's servers; the app works offline. */
  revocationChecked: false;
}

/** A whole file's verification: both verdicts over every signature. */
export interface PdfVerification {
  /** Every signature intact, and the last one covers the whole file. */
  integrity: boolean;
  /** Every signer's certificate chains to a trusted CA. */
  trusted: boolean;
  revocationChecked: false;
  /** One Vietnamese sentence for the officer. */
  verdict: string;
  signatures: SignatureSummary[];
}

export interface DecisionFile {
  id: string;
  fileName: string;
  source: 'signed_in_app' | 'imported';
  sha256: string;
  createdAt: string;
  signatures: SignatureSummary[];
}

export interface DecisionDetail extends DecisionRow {
  authority: 'chair' | 'collective';
  signerCapacity: 'chair' | 'vice_chair';
  canCu: string[];
  deNghi: string;
  articles: { label: string; paragraphs: string[] }[];
  recipients: string[];
  /** What would be printed now: frozen once issued, built from the live register for a draft. */
  content: DecisionContent;
  files: DecisionFile[];
}

export interface MemberChange {
  personId: string;
  fullName: string;
  change: 'added' | 'removed' | 'position';
  from: keyof typeof TEAM_POSITIONS | null;
  to: keyof typeof TEAM_POSITIONS | null;
}

/** A team whose current members differ from its last issued decision: "cần kiện toàn". */
export interface ConsolidationNeed {
  teamId: string;
  teamName: string;
  lastDecision: { id: string; numberText: string; date: string };
  changes: MemberChange[];
}

const textList = (label: string) => z.array(requiredText(label, 2000)).max(30);

export const decisionDraftFields = z.object({
  authority: z.enum(['chair', 'collective']),
  signerCapacity: z.enum(['chair', 'vice_chair']),
  signerName: requiredText('Người ký', 100),
  title: requiredText('Trích yếu', 500),
  canCu: textList('Căn cứ').min(1, 'Cần ít nhất một dòng căn cứ.'),
  deNghi: requiredText('Theo đề nghị của', 300),
  articles: z.array(z.object({ label: requiredText('Tên điều', 20), paragraphs: textList('Nội dung điều').min(1) })).min(1),
  recipients: textList('Nơi nhận').min(1, 'Cần ít nhất một nơi nhận.'),
  number: z.number().int().positive('Số quyết định phải là số dương.').nullish().transform((n) => n ?? null),
  date: isoDate.nullish().transform((d) => d ?? null),
});

export const decisionOperations = {
  'decisions.list': op<DecisionRow[]>()(z.object({ year: z.number().int().optional() })),
  'decisions.get': op<DecisionDetail>()(z.object({ id })),
  /** The next free number of the year: the officer confirms or changes it. */
  'decisions.nextNumber': op<{ year: number; number: number }>()(z.object({ year: z.number().int().min(2000).max(2100) })),
  'decisions.createDraft': op<DecisionDetail>()(
    z.object({
      kind: z.enum(keysOf(DECISION_KINDS), { error: 'Chọn loại quyết định.' }),
      teamIds: z.array(id).min(1, 'Chọn ít nhất một tổ.').max(200),
      signerCapacity: z.enum(['chair', 'vice_chair']).default('chair'),
    }),
  ),
  'decisions.updateDraft': op<DecisionDetail>()(decisionDraftFields.extend({ id, version })),
  'decisions.deleteDraft': op<{ deleted: true }>()(z.object({ id, version })),
  /** Freezes the content; the number must be free in its year. */
  'decisions.issue': op<DecisionDetail>()(
    z.object({
      id,
      version,
      number: z.number({ error: 'Số quyết định phải là số.' }).int('Số quyết định phải là số nguyên.').positive('Số quyết định phải là số dương.'),
      date: isoDate,
    }),
  ),
  'decisions.exportDocx': op<FileResult>()(z.object({ id })),
  'decisions.exportPdf': op<FileResult>()(z.object({ id })),
  /** Signs the issued decision's PDF with a .p12/.pfx; the password is used once, never stored. */
  'decisions.sign': op<FileResult>()(
    z.object({
      id,
      p12: bytes,
      password: z.string().max(200),
      signatureImagePng: bytes.optional(),
      sealImagePng: bytes.optional(),
    }),
  ),
  /** A PDF signed elsewhere (CA tool, USB token): verified against the issued decision, then archived. */
  'decisions.importSigned': op<DecisionDetail>()(z.object({ id, fileName: z.string().max(255).default('quyet-dinh-da-ky.pdf'), pdf: bytes })),
  'decisions.downloadSigned': op<FileResult>()(z.object({ fileId: id })),
  'decisions.verify': op<PdfVerification>()(z.object({ pdf: bytes })),
  'decisions.consolidationNeeds': op<ConsolidationNeed[]>()(z.object({})),
  /** One step from "cần kiện toàn" to a kiện toàn draft listing the team's current members. */
  'decisions.draftConsolidation': op<DecisionDetail>()(z.object({ teamId: id })),
};
