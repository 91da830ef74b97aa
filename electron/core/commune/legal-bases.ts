import { LEGAL_BASIS_KEYS, type LegalBasis, type LegalBasisKey } from '../../../shared/decisions/legal-bases';
import { AppError } from '../../../shared/errors';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { requireCommune } from './handlers';

interface Row { key: LegalBasisKey; number: string; date: string; issuer: string; title: string; version: number; updated_at: string }

/** The commune's reusable căn cứ, in the order decisions cite them; bases never entered are absent. */
export function listLegalBases(ctx: Context): LegalBasis[] {
  const rows = ctx.db.prepare('SELECT * FROM legal_basis').all() as Row[];
  return LEGAL_BASIS_KEYS.flatMap((key) => rows.filter((r) => r.key === key)).map((r) => ({
    key: r.key, number: r.number, date: r.date, issuer: r.issuer, title: r.title, version: r.version, updatedAt: r.updated_at,
  }));
}

const find = (ctx: Context, key: LegalBasisKey) => listLegalBases(ctx).find((b) => b.key === key) ?? null;

export const legalBasisHandlers: Pick<Handlers, 'commune.legalBases' | 'commune.saveLegalBasis' | 'commune.clearLegalBasis'> = {
  'commune.legalBases': (_input, ctx) => listLegalBases(ctx),

  'commune.saveLegalBasis': (input, ctx) =>
    ctx.mutate(() => {
      requireCommune(ctx);
      const before = find(ctx, input.key);
      if (!before) {
        ctx.db
          .prepare('INSERT INTO legal_basis (key, number, date, issuer, title, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(input.key, input.number, input.date, input.issuer, input.title, ctx.now());
      } else {
        if (input.version === undefined) throw new AppError('CONFLICT', 'Căn cứ này đã được khai báo; hãy tải lại rồi sửa.');
        const { changes } = ctx.db
          .prepare('UPDATE legal_basis SET number = ?, date = ?, issuer = ?, title = ?, updated_at = ?, version = version + 1 WHERE key = ? AND version = ?')
          .run(input.number, input.date, input.issuer, input.title, ctx.now(), input.key, input.version);
        if (changes === 0) throw new AppError('CONFLICT', 'Căn cứ này vừa được người khác sửa. Hãy tải lại.');
      }
      // Decisions already issued keep the text they were issued with; only new drafts use this.
      ctx.audit({ action: 'commune.saveLegalBasis', entity: 'legal_basis', entityId: input.key, before, after: find(ctx, input.key) });
      return listLegalBases(ctx);
    }),

  'commune.clearLegalBasis': (input, ctx) =>
    ctx.mutate(() => {
      const before = find(ctx, input.key);
      const { changes } = ctx.db.prepare('DELETE FROM legal_basis WHERE key = ? AND version = ?').run(input.key, input.version);
      if (!before) throw new AppError('NOT_FOUND', 'Căn cứ này chưa được khai báo.');
      if (changes === 0) throw new AppError('CONFLICT', 'Căn cứ này vừa được người khác sửa. Hãy tải lại.');
      ctx.audit({ action: 'commune.clearLegalBasis', entity: 'legal_basis', entityId: input.key, before });
      return listLegalBases(ctx);
    }),
};
