/** `trust add|list|remove`: the trust store of CA certificates, through the contract. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { displayDate } from '../../../shared/text/dates';
import { call } from '../../core/dispatch';
import type { Command, CommandContext } from '../index';

const op = (c: CommandContext) => <K extends Parameters<typeof call>[2]>(name: K, input: unknown) => call(c.core.handlers, c.core.ctx, name, input);

const day = (iso: string) => displayDate(iso.slice(0, 10));

export const trustAddCommand: Command = {
  usage: 'trust add <tệp.cer|.pem|.p7b> [--json]',
  description: 'Thêm chứng thư số của tổ chức cấp chứng thư (CA) vào danh sách tin cậy',
  async run(c) {
    const path = c.positionals[0];
    if (!path) throw new AppError('VALIDATION', 'Thiếu đường dẫn tệp chứng thư (.cer, .crt, .pem, .p7b).');
    const added = await op(c)('trust.add', { fileName: basename(path), file: new Uint8Array(readFileSync(path)) });
    if (c.flags.json) return c.print(JSON.stringify(added, null, 2));
    for (const ca of added) c.print(`Đã thêm: ${ca.commonName} (SHA-256 ${ca.fingerprint})`);
  },
};

export const trustListCommand: Command = {
  usage: 'trust list [--json]',
  description: 'Danh sách tổ chức cấp chứng thư số tin cậy',
  async run(c) {
    const list = await op(c)('trust.list', {});
    if (c.flags.json) return c.print(JSON.stringify(list, null, 2));
    if (list.length === 0) c.print('Chưa có tổ chức cấp chứng thư nào trong danh sách tin cậy.');
    for (const ca of list) {
      c.print(`${ca.id}  ${ca.commonName}  (hiệu lực ${day(ca.notBefore)}–${day(ca.notAfter)})`);
      c.print(`    ${ca.subject}`);
      c.print(`    SHA-256 ${ca.fingerprint}`);
    }
  },
};

export const trustRemoveCommand: Command = {
  usage: 'trust remove <mã>',
  description: 'Bỏ một tổ chức cấp chứng thư khỏi danh sách tin cậy',
  async run(c) {
    const id = c.positionals[0];
    if (!id) throw new AppError('VALIDATION', 'Thiếu mã chứng thư (xem: trust list).');
    await op(c)('trust.remove', { id });
    c.print('Đã bỏ khỏi danh sách tin cậy.');
  },
};

/** The trust commands by name, spread into the CLI's registry. */
export const trustCommands: Record<string, Command> = {
  'trust add': trustAddCommand,
  'trust list': trustListCommand,
  'trust remove': trustRemoveCommand,
};
