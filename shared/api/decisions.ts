import { z } from 'zod';
import type { DecisionContent, DecisionKind, PlaceholderFinding } from '../decisions/content';
import { AMENDING_KINDS, TEAM_DECISION_KINDS } from '../decisions/content';
import type { RuleWarning } from '../rules/validate';
import { keysOf, TEAM_POSITIONS } from '../domain/vocabulary';
import { bytes, eventDate, id, op, requiredText, version, type FileResult } from './define';

export const DECISION_STATUSES = { draft: 'Dự thảo', issued: 'Đã ban hành', signed: 'Đã ký số' } as const;
export type DecisionStatus = keyof typeof DECISION_STATUSES;

/** Another decision as the register names it: "05/QĐ-UBND" of 05/01/2026. */
export interface DecisionRef {
  id: string;
  kind: DecisionKind;
  numberText: string; // "05/QĐ-UBND"
  date: string;
}

/**
 * Where an issued decision stands: in force; partly replaced (a later kiện toàn / giải thể
 * replaced some teams' parts); wholly replaced; withdrawn (thu hồi / bãi bỏ). Null for a draft.
 */
export type DecisionStanding = 'in_force' | 'partly_replaced' | 'replaced' | 'withdrawn';
export const DECISION_STANDINGS: Record<DecisionStanding, string> = {
  in_force: 'Còn hiệu lực',
  partly_replaced: 'Còn hiệu lực một phần',
  replaced: 'Đã được thay thế',
  withdrawn: 'Đã bị thu hồi/bãi bỏ',
};

export interface DecisionRow {
  id: string;
  kind: DecisionKind;
  status: DecisionStatus;
  year: number;
  number: number | null;
  numberText: string; // "Số: 07/QĐ-UBND" or "Số:    /QĐ-UBND"
  date: string | null;
  title: string;
  /** Per team, the decision's part for it and the later decision that replaced that part. */
  teams: { id: string; name: string; replacedBy: DecisionRef | null }[];
  standing: DecisionStanding | null;
  /** The decision an đính chính / thu hồi / bãi bỏ acts on. */
  amends: DecisionRef | null;
  /** Issued đính chính / thu hồi / bãi bỏ acting on this decision. */
  amendedBy: DecisionRef[];
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
  /** For a draft, what the chair should see before signing; null once issued. */
  check: DraftCheck | null;
}

export interface DraftCheck {
  /** Lines still holding a blank: issuing is refused until they are filled. */
  placeholders: PlaceholderFinding[];
  /** Legal bases not entered in the commune settings, left out of the căn cứ. */
  missingBases: string[];
  /** Province-rule warnings each team has today (size, leader, required roles). */
  teamWarnings: { teamId: string; teamName: string; warnings: RuleWarning[] }[];
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

// A decision is a few pages: each line ≤ 2,000 characters, ≤ 30 lines per part (a 30 MB draft was accepted once; issue 12).
const textList = (label: string) => z.array(requiredText(label, 2000)).max(30, `${label}: tối đa 30 dòng.`);

export const decisionDraftFields = z.object({
  authority: z.enum(['chair', 'collective']),
  signerCapacity: z.enum(['chair', 'vice_chair']),
  signerName: requiredText('Người ký', 100),
  title: requiredText('Trích yếu', 500),
  canCu: textList('Căn cứ').min(1, 'Cần ít nhất một dòng căn cứ.'),
  deNghi: requiredText('Theo đề nghị của', 300),
  articles: z.array(z.object({ label: requiredText('Tên điều', 20), paragraphs: textList('Nội dung điều').min(1) })).min(1).max(20, 'Quyết định có tối đa 20 điều.'),
  recipients: textList('Nơi nhận').min(1, 'Cần ít nhất một nơi nhận.'),
  number: z.number().int().positive('Số quyết định phải là số dương.').nullish().transform((n) => n ?? null),
  date: eventDate.nullish().transform((d) => d ?? null),
});

export const decisionOperations = {
  'decisions.list': op<DecisionRow[]>()(z.object({ year: z.number().int().optional() })),
  'decisions.get': op<DecisionDetail>()(z.object({ id })),
  /** The next free number of the year: the officer confirms or changes it. */
  'decisions.nextNumber': op<{ year: number; number: number }>()(z.object({ year: z.number().int().min(2000).max(2100) })),
  'decisions.createDraft': op<DecisionDetail>()(
    z.object({
      kind: z.enum(keysOf(TEAM_DECISION_KINDS), { error: 'Chọn loại quyết định.' }),
      teamIds: z.array(id).min(1, 'Chọn ít nhất một tổ.').max(200),
      signerCapacity: z.enum(['chair', 'vice_chair']).default('chair'),
    }),
  ),
  /** A draft đính chính / thu hồi / bãi bỏ of an issued decision: the lawful way to change one. */
  'decisions.createAmendment': op<DecisionDetail>()(
    z.object({
      kind: z.enum(keysOf(AMENDING_KINDS), { error: 'Chọn đính chính, thu hồi hoặc bãi bỏ.' }),
      amendsId: id,
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
      date: eventDate,
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
