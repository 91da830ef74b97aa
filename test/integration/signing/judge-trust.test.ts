/**
 * The trust verdict on its own (issue 8 §4): a chain through an intermediate CA, validity judged at
 * the signing time, and certificates that may not issue others. Certificates made by openssl.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeTrust } from '../../../electron/core/signing/trust/judge-trust';

let dir: string;
const der = (name: string) => new Uint8Array(execFileSync('openssl', ['x509', '-in', join(dir, `${name}.crt`), '-outform', 'DER']));
const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, LC_ALL: 'C.UTF-8' } });

/** A certificate for `name` issued by `issuer` with the given extensions. */
function issue(name: string, subject: string, issuer: string, extensions: string[], days = 365) {
  writeFileSync(join(dir, `${name}.ext`), extensions.join('\n'));
  run(['req', '-new', '-utf8', '-newkey', 'rsa:2048', '-nodes', '-subj', subject, '-keyout', `${name}.key`, '-out', `${name}.csr`]);
  run(['x509', '-req', '-in', `${name}.csr`, '-CA', `${issuer}.crt`, '-CAkey', `${issuer}.key`, '-set_serial', String(Date.now()),
    '-days', String(days), '-sha256', '-extfile', `${name}.ext`, '-out', `${name}.crt`]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tcns-chain-'));
  run(['req', '-x509', '-utf8', '-newkey', 'rsa:2048', '-nodes', '-days', '3650', '-subj', '/CN=Gốc thử nghiệm/C=VN',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-keyout', 'root.key', '-out', 'root.crt']);
  issue('sub', '/CN=CA trung gian thử nghiệm/C=VN', 'root', ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign']);
  issue('leaf', '/CN=Lê Thị Hoa/O=UBND xã Hòa Bình/C=VN', 'sub', ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature,nonRepudiation']);
  // A signer certificate used as if it were a CA: it must not vouch for another.
  issue('fake', '/CN=Người ký giả làm CA/C=VN', 'sub', ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature,keyCertSign']);
  issue('underfake', '/CN=Trần Văn Bình/C=VN', 'fake', ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('judgeTrust', () => {
  it('trusts a chain through an intermediate carried in the signature, up to the trusted root', () => {
    const verdict = judgeTrust(der('leaf'), [der('sub')], [der('root')], new Date());
    expect(verdict).toEqual({ trusted: true, chain: ['Lê Thị Hoa', 'CA trung gian thử nghiệm', 'Gốc thử nghiệm'], anchor: 'Gốc thử nghiệm', problems: [] });
  });

  it('does not trust it when the intermediate is missing and only the root is known', () => {
    const verdict = judgeTrust(der('leaf'), [], [der('root')], new Date());
    expect(verdict.trusted).toBe(false);
    expect(verdict.problems).toEqual(['Không tìm thấy tổ chức cấp chứng thư tin cậy đã cấp chứng thư "Lê Thị Hoa".']);
  });

  it('trusts the intermediate itself when the office added it', () => {
    expect(judgeTrust(der('leaf'), [], [der('sub')], new Date())).toMatchObject({ trusted: true, anchor: 'CA trung gian thử nghiệm' });
  });

  it('judges validity at the signing time, not today', () => {
    const notBefore = new Date(execFileSync('openssl', ['x509', '-in', join(dir, 'leaf.crt'), '-noout', '-startdate'], { encoding: 'utf8' }).split('=')[1]);
    const before = judgeTrust(der('leaf'), [der('sub')], [der('root')], new Date(notBefore.getTime() - 86_400_000));
    expect(before.trusted).toBe(false);
    expect(before.problems.join(' ')).toMatch(/"Lê Thị Hoa" không còn hiệu lực vào thời điểm ký/u);
    const later = judgeTrust(der('leaf'), [der('sub')], [der('root')], new Date(notBefore.getTime() + 400 * 86_400_000));
    expect(later.problems.join(' ')).toMatch(/không còn hiệu lực vào thời điểm ký/u);
  });

  it('refuses a chain through a certificate that is not a CA', () => {
    const verdict = judgeTrust(der('underfake'), [der('fake'), der('sub')], [der('root')], new Date());
    expect(verdict.trusted).toBe(false);
    expect(verdict.problems.join(' ')).toMatch(/"Người ký giả làm CA" không phải của tổ chức cấp chứng thư/u);
  });

  it('keeps its own copy of a cached certificate: a caller reusing its buffer changes nothing', () => {
    const root = der('root');
    const copy = new Uint8Array(root);
    expect(judgeTrust(der('leaf'), [der('sub')], [copy], new Date()).trusted).toBe(true);
    copy.fill(0); // the caller reuses its buffer
    expect(judgeTrust(der('leaf'), [der('sub')], [root], new Date()).trusted).toBe(true);
  });
});
