/**
 * Test certificates with Vietnamese names, made by the openssl CLI at test time (nothing is
 * committed). `-utf8` makes openssl store the names as UTF8String, as the Vietnamese government CA
 * does — exactly the case that breaks libraries which re-encode names.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CA_SUBJECT = {
  CN: 'Cơ quan chứng thực số thử nghiệm Việt Nam',
  O: 'Ban Cơ yếu Chính phủ thử nghiệm',
  C: 'VN',
} as const;

export const SIGNER_SUBJECT = {
  CN: 'Nguyễn Văn Ánh',
  O: 'UBND xã Hòa Bình',
  L: 'Thừa Thiên Huế',
  C: 'VN',
} as const;

export const EC_SIGNER_SUBJECT = {
  CN: 'Trần Thị Bích Ngọc',
  O: 'UBND xã Hòa Bình',
  L: 'Thừa Thiên Huế',
  C: 'VN',
} as const;

export const P12_PASSWORD = 'Mật-khẩu thử 2026';

export interface TestCertificates {
  dir: string;
  caCertPath: string;
  signerCertPath: string;
  signerKeyPath: string;
  /** Made by `openssl pkcs12 -export` with OpenSSL 3 defaults (PBES2/AES-256, PBKDF2, SHA-256 MAC). */
  p12Path: string;
  p12: Uint8Array<ArrayBuffer>;
  /** Same key and certificates with `-legacy` (3DES key bag, RC2-40 certificate bag, SHA-1 MAC). */
  legacyP12Path: string;
  legacyP12: Uint8Array<ArrayBuffer>;
  /** A second signer (ECDSA P-256 key) issued by the same CA, OpenSSL 3 default export. */
  ecP12Path: string;
  ecP12: Uint8Array<ArrayBuffer>;
  password: string;
  caCertDer: Uint8Array<ArrayBuffer>;
  signerCertDer: Uint8Array<ArrayBuffer>;
  /** Deletes the temp folder (keys included). */
  remove: () => void;
}

const subjectArg = (subject: Record<string, string>) =>
  '/' +
  Object.entries(subject)
    .map(([k, v]) => `${k}=${v}`)
    .join('/');

function openssl(args: string[], cwd: string): void {
  // A UTF-8 locale so openssl reads the Vietnamese password and names as UTF-8.
  execFileSync('openssl', args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
}

function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const b64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/** Makes a CA and a signer certificate it issued, and exports the signer to .p12 files. */
export function makeTestCertificates(password: string = P12_PASSWORD): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-certs-'));
  writeFileSync(
    join(dir, 'signer.ext'),
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,nonRepudiation',
      'subjectKeyIdentifier=hash',
      'authorityKeyIdentifier=keyid',
    ].join('\n'),
  );
  openssl(
    [
      'req', '-x509', '-utf8', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '3650',
      '-subj', subjectArg(CA_SUBJECT),
      '-addext', 'basicConstraints=critical,CA:TRUE',
      '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
      '-keyout', 'ca.key', '-out', 'ca.crt',
    ],
    dir,
  );
  openssl(
    [
      'req', '-new', '-utf8', '-newkey', 'rsa:2048', '-nodes', '-sha256',
      '-subj', subjectArg(SIGNER_SUBJECT), '-keyout', 'signer.key', '-out', 'signer.csr',
    ],
    dir,
  );
  openssl(
    [
      'x509', '-req', '-in', 'signer.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key',
      '-set_serial', '0x' + Date.now().toString(16) + '01', '-days', '730', '-sha256',
      '-extfile', 'signer.ext', '-out', 'signer.crt',
    ],
    dir,
  );
  const exportArgs = [
    'pkcs12', '-export', '-inkey', 'signer.key', '-in', 'signer.crt', '-certfile', 'ca.crt',
    '-passout', `pass:${password}`,
  ];
  openssl([...exportArgs, '-out', 'signer.p12'], dir);
  openssl([...exportArgs, '-legacy', '-out', 'signer-legacy.p12'], dir);

  openssl(
    [
      'req', '-new', '-utf8', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
      '-subj', subjectArg(EC_SIGNER_SUBJECT), '-keyout', 'ec.key', '-out', 'ec.csr',
    ],
    dir,
  );
  openssl(
    [
      'x509', '-req', '-in', 'ec.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key',
      '-set_serial', '0x' + Date.now().toString(16) + '02', '-days', '730', '-sha256',
      '-extfile', 'signer.ext', '-out', 'ec.crt',
    ],
    dir,
  );
  openssl(
    ['pkcs12', '-export', '-inkey', 'ec.key', '-in', 'ec.crt', '-certfile', 'ca.crt',
      '-passout', `pass:${password}`, '-out', 'ec.p12'],
    dir,
  );

  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  return {
    dir,
    caCertPath: join(dir, 'ca.crt'),
    signerCertPath: join(dir, 'signer.crt'),
    signerKeyPath: join(dir, 'signer.key'),
    p12Path: join(dir, 'signer.p12'),
    p12: read('signer.p12'),
    legacyP12Path: join(dir, 'signer-legacy.p12'),
    legacyP12: read('signer-legacy.p12'),
    ecP12Path: join(dir, 'ec.p12'),
    ecP12: read('ec.p12'),
    password,
    caCertDer: pemToDer(readFileSync(join(dir, 'ca.crt'), 'utf8')),
    signerCertDer: pemToDer(readFileSync(join(dir, 'signer.crt'), 'utf8')),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface ExtraSignerOptions {
  /** File name stem in the certificates' folder. */
  name: string;
  /** openssl ca dates, "YYYYMMDDHHMMSSZ" (default: from now for two years). */
  startDate?: string;
  endDate?: string;
  /** The keyUsage extension line (default: digitalSignature,nonRepudiation). */
  keyUsage?: string;
}

/**
 * Another signer issued by the same test CA with chosen dates or key usage — an expired, a
 * not-yet-valid or an encryption-only certificate — exported to a .p12 with the same password.
 * `openssl ca` is used because OpenSSL 3.0's `x509 -req` cannot set a start date.
 */
export function makeExtraSigner(certs: TestCertificates, options: ExtraSignerOptions): { p12: Uint8Array<ArrayBuffer>; certPath: string } {
  const { dir } = certs;
  const n = options.name;
  writeFileSync(join(dir, `${n}.ext`), [
    'basicConstraints=critical,CA:FALSE',
    `keyUsage=critical,${options.keyUsage ?? 'digitalSignature,nonRepudiation'}`,
    'subjectKeyIdentifier=hash',
    'authorityKeyIdentifier=keyid',
  ].join('\n'));
  writeFileSync(join(dir, `${n}-index.txt`), '');
  writeFileSync(join(dir, `${n}.cnf`), [
    '[ca]', 'default_ca = test_ca', '[test_ca]',
    `database = ${n}-index.txt`, 'new_certs_dir = .', 'certificate = ca.crt', 'private_key = ca.key',
    `serial = ${n}.srl`, 'default_md = sha256', 'policy = any', 'unique_subject = no', 'copy_extensions = none', 'utf8 = yes',
    'string_mask = utf8only', '[any]', 'commonName = supplied', 'organizationName = optional', 'localityName = optional', 'countryName = optional',
  ].join('\n'));
  const serial = Date.now().toString(16) + '0a';
  writeFileSync(join(dir, `${n}.srl`), (serial.length % 2 ? '0' : '') + serial + '\n'); // hex with an even digit count
  openssl(['req', '-new', '-utf8', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-subj', subjectArg(SIGNER_SUBJECT), '-keyout', `${n}.key`, '-out', `${n}.csr`], dir);
  const now = new Date();
  const stamp = (d: Date) => d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  openssl([
    'ca', '-batch', '-config', `${n}.cnf`, '-in', `${n}.csr`, '-out', `${n}.crt`, '-notext', '-extfile', `${n}.ext`,
    '-startdate', options.startDate ?? stamp(now), '-enddate', options.endDate ?? stamp(new Date(now.getTime() + 730 * 86_400_000)),
  ], dir);
  openssl(['pkcs12', '-export', '-inkey', `${n}.key`, '-in', `${n}.crt`, '-certfile', 'ca.crt', '-passout', `pass:${certs.password}`, '-out', `${n}.p12`], dir);
  return { p12: new Uint8Array(readFileSync(join(dir, `${n}.p12`))), certPath: join(dir, `${n}.crt`) };
}
