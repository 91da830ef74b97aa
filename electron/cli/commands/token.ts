/**
 * USB token (PKCS#11) commands (issue 15): list tokens and certificates, and sign a decision on a
 * token. The PIN comes from TCNS_TOKEN_PIN or a prompt that does not echo; it is never printed.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { createInterface } from 'node:readline/promises';
import { keyUsageText } from '../../../shared/api/token';
import { AppError } from '../../../shared/errors';
import { call } from '../../core/dispatch';
import type { Command, CommandContext } from '../index';

const op = (c: CommandContext) => <K extends Parameters<typeof call>[2]>(name: K, input: unknown) => call(c.core.handlers, c.core.ctx, name, input);

const vnDay = (iso: string) => new Date(iso).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Reads a line from the terminal without echoing it (the PIN must not show on screen). */
async function askPin(): Promise<string> {
  if (!process.stdin.isTTY) throw new AppError('VALIDATION', 'Đặt mã PIN của USB token trong biến môi trường TCNS_TOKEN_PIN, hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập PIN.');
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    process.stdout.write('Mã PIN của USB token: ');
    muted = true;
    return await rl.question('');
  } finally {
    muted = false;
    rl.close();
    process.stdout.write('\n');
  }
}

function modulePathOf(c: CommandContext): string {
  const value = c.flags.pkcs11;
  if (typeof value !== 'string' || !value) throw new AppError('VALIDATION', 'Thiếu --pkcs11 TỆP-THƯ-VIỆN (thư viện PKCS#11 của USB token).');
  return resolve(value);
}

export const tokenListCommand: Command = {
  usage: 'token list --pkcs11 THƯ-VIỆN [--json]',
  description: 'Liệt kê USB token đang cắm và chứng thư số trên từng token',
  options: { pkcs11: { type: 'string' } },
  async run(c) {
    const list = await op(c)('token.list', { modulePath: modulePathOf(c) });
    if (c.flags.json) {
      c.print(JSON.stringify(list, null, 2));
      return;
    }
    if (list.tokens.length === 0) c.print('Không thấy USB token nào.');
    for (const t of list.tokens) {
      c.print(`Token "${t.label}" (${t.manufacturer} ${t.model}, số sê-ri ${t.serialNumber})${t.pinLocked ? ' — MÃ PIN ĐÃ BỊ KHÓA' : ''}`);
      if (t.certificates.length === 0) c.print('  (không có chứng thư số)');
      for (const cert of t.certificates) {
        c.print(`  - ${cert.commonName ?? cert.subject}`);
        c.print(`    Tổ chức cấp: ${cert.issuerCommonName ?? cert.issuer}`);
        c.print(`    Hiệu lực: ${vnDay(cert.notBefore)} – ${vnDay(cert.notAfter)}; mục đích: ${keyUsageText(cert.keyUsage)}`);
        c.print(cert.problem ? `    Không dùng để ký được: ${cert.problem}` : '    Dùng để ký được.');
      }
    }
  },
};

/** `decision sign ID --pkcs11 …`: called by decisionSignCommand when --pkcs11 is given. */
export async function signOnToken(c: CommandContext, id: string, out: string): Promise<void> {
  const modulePath = modulePathOf(c);
  const pin = process.env.TCNS_TOKEN_PIN ?? (await askPin());
  const file = await op(c)('decisions.signWithToken', {
    id,
    modulePath,
    tokenLabel: typeof c.flags.token === 'string' ? c.flags.token : undefined,
    certSubject: typeof c.flags.cert === 'string' ? c.flags.cert : undefined,
    pin,
  });
  writeFileSync(out, file.bytes);
  c.print(`Đã ký bằng USB token và lưu ${out}.`);
}

export const tokenCommands: Record<string, Command> = { 'token list': tokenListCommand };
