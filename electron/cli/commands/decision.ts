import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { DECISION_KINDS } from '../../../shared/decisions/content';
import { DECISION_STATUSES } from '../../../shared/api/decisions';
import { AppError } from '../../../shared/errors';
import { signatureIntact } from '../../../shared/signing/verdict';
import { displayDate } from '../../../shared/text/dates';
import { call } from '../../core/dispatch';
import type { Command, CommandContext } from '../index';
import { parseCliDate } from './training-args';
import { signOnToken } from './token';

const op = (c: CommandContext) => <K extends Parameters<typeof call>[2]>(name: K, input: unknown) => call(c.core.handlers, c.core.ctx, name, input);

function requireArg(value: unknown, message: string): string {
  if (typeof value !== 'string' || !value) throw new AppError('VALIDATION', message);
  return value;
}

export const decisionListCommand: Command = {
  usage: 'decision list [--json]',
  description: 'Sổ quyết định: số, ngày, trích yếu, trạng thái',
  async run(c) {
    const rows = await op(c)('decisions.list', {});
    if (c.flags.json) return c.print(JSON.stringify(rows, null, 2));
    for (const r of rows) {
      const date = r.date ? displayDate(r.date) : '—';
      c.print(`${r.id}  ${r.numberText.padEnd(18)} ${date.padEnd(10)} ${DECISION_KINDS[r.kind].padEnd(10)} ${DECISION_STATUSES[r.status].padEnd(12)} ${r.title}`);
    }
  },
};

export const decisionExportCommand: Command = {
  usage: 'decision export <id> --docx|--pdf --out TỆP',
  description: 'Xuất quyết định ra Word (DOCX) hoặc PDF',
  options: { docx: { type: 'boolean' }, pdf: { type: 'boolean' }, out: { type: 'string' } },
  async run(c) {
    const id = requireArg(c.positionals[0], 'Thiếu mã quyết định (xem: decision list).');
    const out = requireArg(c.flags.out, 'Thiếu --out TỆP.');
    if (Boolean(c.flags.docx) === Boolean(c.flags.pdf)) throw new AppError('VALIDATION', 'Chọn một trong --docx hoặc --pdf.');
    const file = await op(c)(c.flags.docx ? 'decisions.exportDocx' : 'decisions.exportPdf', { id });
    writeFileSync(out, file.bytes);
    c.print(`Đã xuất ${out} (${file.bytes.length.toLocaleString('vi-VN')} byte).`);
  },
};

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new AppError('VALIDATION', 'Đặt mật khẩu tệp .p12 trong biến môi trường TCNS_P12_PASSWORD.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question('Mật khẩu tệp .p12: ');
  } finally {
    rl.close();
  }
}

export const decisionSignCommand: Command = {
  usage: 'decision sign <id> (--p12 TỆP | --pkcs11 THƯ-VIỆN [--token NHÃN] [--cert TÊN]) --out TỆP',
  description: 'Ký số quyết định đã ban hành bằng tệp .p12 (mật khẩu: TCNS_P12_PASSWORD) hoặc USB token (PIN: TCNS_TOKEN_PIN), hoặc nhập khi hỏi',
  options: { p12: { type: 'string' }, out: { type: 'string' }, pkcs11: { type: 'string' }, token: { type: 'string' }, cert: { type: 'string' } },
  async run(c) {
    const id = requireArg(c.positionals[0], 'Thiếu mã quyết định (xem: decision list).');
    if (c.flags.pkcs11 !== undefined) return signOnToken(c, id, requireArg(c.flags.out, 'Thiếu --out TỆP.'));
    const p12 = readFileSync(requireArg(c.flags.p12, 'Thiếu --p12 TỆP.'));
    const out = requireArg(c.flags.out, 'Thiếu --out TỆP.');
    const password = process.env.TCNS_P12_PASSWORD ?? (await askPassword());
    const file = await op(c)('decisions.sign', { id, p12: new Uint8Array(p12), password });
    writeFileSync(out, file.bytes);
    c.print(`Đã ký và lưu ${out}.`);
  },
};

export const decisionVerifyCommand: Command = {
  usage: 'decision verify <tệp.pdf> [--json]',
  description: 'Kiểm tra chữ ký số: toàn vẹn và tin cậy (mã thoát 0 chỉ khi cả hai đạt)',
  async run(c) {
    const path = requireArg(c.positionals[0], 'Thiếu đường dẫn tệp PDF.');
    const result = await op(c)('decisions.verify', { pdf: new Uint8Array(readFileSync(path)) });
    const ok = result.integrity && result.trusted;
    if (c.flags.json) {
      c.print(JSON.stringify(result, null, 2));
      return ok ? 0 : 1;
    }
    c.print(result.verdict);
    const yes = (b: boolean) => (b ? 'có' : 'không');
    result.signatures.forEach((r, i) => {
      c.print(`Chữ ký ${i + 1}:`);
      c.print(`  Toàn vẹn (không bị sửa sau khi ký): ${yes(signatureIntact(r))}`);
      c.print(`  Chứng thư do tổ chức tin cậy cấp: ${yes(r.trusted)}${r.trustAnchor ? ` (${r.trustAnchor})` : ''}`);
      c.print(`  Người ký: ${r.signerName ?? '—'}${r.signerOrganisation ? ` (${r.signerOrganisation})` : ''}`);
      c.print(`  Tổ chức cấp: ${r.issuerName ?? '—'}`);
      if (r.signingTime) c.print(`  Thời gian ký: ${new Date(r.signingTime).toLocaleString('vi-VN')}`);
      for (const p of [...r.problems, ...r.trustProblems]) c.print(`  - ${p}`);
    });
    return ok ? 0 : 1;
  },
};

/** The kinds as typed on a command line (no diacritics, dashes), mapped to the contract's keys. */
const KIND_ARGS: Record<string, keyof typeof DECISION_KINDS> = {
  'thanh-lap': 'thanh_lap',
  'kien-toan': 'kien_toan',
  'giai-the': 'giai_the',
};

export const decisionDraftCommand: Command = {
  usage: 'decision draft --kind thanh-lap|kien-toan|giai-the --teams MÃ[,MÃ…] [--json]',
  description: 'Lập dự thảo quyết định cho các tổ (với --json: in dự thảo như decisions.get)',
  options: { kind: { type: 'string' }, teams: { type: 'string' }, 'vice-chair': { type: 'boolean' } },
  async run(c) {
    const kindArg = requireArg(c.flags.kind, 'Thiếu --kind thanh-lap|kien-toan|giai-the.');
    const kind = KIND_ARGS[kindArg];
    if (!kind) throw new AppError('VALIDATION', `--kind "${kindArg}" không hợp lệ; chọn thanh-lap, kien-toan hoặc giai-the.`);
    const teamIds = requireArg(c.flags.teams, 'Thiếu --teams MÃ[,MÃ…] (xem: api teams.list).')
      .split(',').map((s) => s.trim()).filter(Boolean);
    const draft = await op(c)('decisions.createDraft', {
      kind, teamIds, signerCapacity: c.flags['vice-chair'] ? 'vice_chair' : 'chair',
    });
    if (c.flags.json) {
      c.print(JSON.stringify(await op(c)('decisions.get', { id: draft.id }), null, 2));
      return 0;
    }
    c.print(`Đã lập dự thảo ${draft.id}: ${draft.title}`);
    c.print(`Ban hành: npm run cli -- decision issue ${draft.id} --number N --date dd/mm/yyyy`);
  },
};

export const decisionIssueCommand: Command = {
  usage: 'decision issue <id> --number N --date dd/mm/yyyy [--json]',
  description: 'Ban hành dự thảo với số và ngày (nội dung không sửa được sau đó)',
  options: { number: { type: 'string' }, date: { type: 'string' } },
  async run(c) {
    const id = requireArg(c.positionals[0], 'Thiếu mã dự thảo (xem: decision list).');
    const numberText = requireArg(c.flags.number, 'Thiếu --number N.');
    if (!/^\d{1,5}$/u.test(numberText)) throw new AppError('VALIDATION', `--number "${numberText}": số quyết định phải là số nguyên dương.`);
    const date = parseCliDate(requireArg(c.flags.date, 'Thiếu --date dd/mm/yyyy.'), '--date');
    // The version the officer "saw" is the current one: a script issues what is stored now.
    const current = await op(c)('decisions.get', { id });
    const issued = await op(c)('decisions.issue', { id, version: current.version, number: Number(numberText), date });
    if (c.flags.json) {
      c.print(JSON.stringify(issued, null, 2));
      return 0;
    }
    c.print(`Đã ban hành ${issued.numberText} ngày ${issued.date ? displayDate(issued.date) : '—'}: ${issued.title}`);
  },
};
