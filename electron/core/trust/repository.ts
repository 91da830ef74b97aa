/** The trust store: CA certificates the office trusts, in the commune database (migration 0007). */
import { X509Certificate } from '@peculiar/x509';
import type { TrustedCa } from '../../../shared/api/trust';
import type { Context } from '../context';

interface Row {
  id: string;
  sha256: string;
  common_name: string;
  subject: string;
  serial_number: string;
  not_before: string;
  not_after: string;
  source: 'bundled' | 'office';
  added_at: string;
}

const fingerprint = (sha256: string) => sha256.toUpperCase().match(/../g)!.join(':');

function toTrustedCa(r: Row): TrustedCa {
  return {
    id: r.id, commonName: r.common_name, subject: r.subject, serialNumber: r.serial_number, fingerprint: fingerprint(r.sha256),
    notBefore: r.not_before, notAfter: r.not_after, source: r.source, addedAt: r.added_at,
  };
}

const COLUMNS = 'id, sha256, common_name, subject, serial_number, not_before, not_after, source, added_at';

export function listTrustedCas(ctx: Context): TrustedCa[] {
  return (ctx.db.prepare(`SELECT ${COLUMNS} FROM trusted_ca ORDER BY common_name, added_at`).all() as Row[]).map(toTrustedCa);
}

export function getTrustedCa(ctx: Context, id: string): TrustedCa | null {
  const row = ctx.db.prepare(`SELECT ${COLUMNS} FROM trusted_ca WHERE id = ?`).get(id) as Row | undefined;
  return row ? toTrustedCa(row) : null;
}

export function hasTrustedCa(ctx: Context, sha256: string): boolean {
  return !!ctx.db.prepare('SELECT 1 FROM trusted_ca WHERE sha256 = ?').get(sha256);
}

/** The certificates verification chains to, DER as stored. */
export function trustAnchors(ctx: Context): Uint8Array[] {
  return (ctx.db.prepare('SELECT der FROM trusted_ca').all() as { der: Buffer }[]).map((r) => new Uint8Array(r.der));
}

/** Inserts one certificate (call inside mutate); returns its row. */
export function insertTrustedCa(ctx: Context, der: Uint8Array, sha256: string, source: 'bundled' | 'office'): TrustedCa {
  const cert = new X509Certificate(new Uint8Array(der));
  const id = ctx.newId();
  ctx.db
    .prepare(`INSERT INTO trusted_ca (${COLUMNS}, der) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(
      id, sha256, (cert.subjectName.getField('CN')[0] ?? cert.subject).normalize('NFC'), cert.subject.normalize('NFC'),
      cert.serialNumber.toUpperCase(), cert.notBefore.toISOString(), cert.notAfter.toISOString(), source, ctx.now(), Buffer.from(der),
    );
  return getTrustedCa(ctx, id)!;
}

export function deleteTrustedCa(ctx: Context, id: string): void {
  ctx.db.prepare('DELETE FROM trusted_ca WHERE id = ?').run(id);
}
