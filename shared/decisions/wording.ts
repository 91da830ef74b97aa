/**
 * Fixed phrases of a UBND xã decision that follow from who signs it (Nghị định 30/2020/NĐ-CP):
 * the authority line above the căn cứ, the signer's titles, and how the annex names the issuer.
 */
import type { DecisionContent } from './content';
import { decisionNumberText, formatLongDate, upperVi } from './format';

type Authority = Pick<DecisionContent, 'authority' | 'issuingBody'>;

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA BÌNH" (chair's power) or "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH". */
export function authorityLine({ authority, issuingBody }: Authority): string {
  const body = issuingBody.nameLines.join(' ');
  return authority === 'chair' ? `CHỦ TỊCH ${body}` : body;
}

/**
 * Lines above the signature, top to bottom. "TM." signs for the collective, "KT." when a vice
 * chair signs in the chair's place.
 */
export function signatureTitles(
  content: Pick<DecisionContent, 'authority' | 'signer'>,
): string[] {
  const lines: string[] = [];
  if (content.authority === 'collective') lines.push('TM. ỦY BAN NHÂN DÂN');
  if (content.signer.capacity === 'vice_chair') lines.push('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH');
  else lines.push('CHỦ TỊCH');
  return lines;
}

/** "Chủ tịch Ủy ban nhân dân xã Hòa Bình" — who issued the decision the annex belongs to. */
export function issuerPhrase(content: Pick<DecisionContent, 'authority' | 'communeName'>): string {
  const body = `Ủy ban nhân dân ${content.communeName}`;
  return content.authority === 'chair' ? `Chủ tịch ${body}` : body;
}

/** "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN AN LẠC" (or every team of the commune). */
export function annexTitle(content: Pick<DecisionContent, 'teams' | 'communeName'>): string {
  if (content.teams.length === 1) return `DANH SÁCH THÀNH VIÊN ${upperVi(content.teams[0].name)}`;
  return `DANH SÁCH THÀNH VIÊN CÁC TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG TRÊN ĐỊA BÀN ${upperVi(content.communeName)}`;
}

/** "(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Hòa Bình)". */
export function annexReference(
  content: Pick<DecisionContent, 'number' | 'symbol' | 'date' | 'year' | 'authority' | 'communeName'>,
): string {
  const num = decisionNumberText(content.number, content.symbol);
  const date = formatLongDate(content.date, content.year);
  return `(Kèm theo Quyết định số ${num} ${date} của ${issuerPhrase(content)})`;
}

/** The issuing body of a commune's People's Committee: "ỦY BAN NHÂN DÂN" / "XÃ HÒA BÌNH", no parent line. */
export function communeIssuingBody(communeName: string): DecisionContent['issuingBody'] {
  return { parent: null, nameLines: ['ỦY BAN NHÂN DÂN', upperVi(communeName)] };
}
