/**
 * Managing the trust store (issue 8 §4): the office adds a CA's public certificate from the file
 * the CA publishes, lists and removes them. Every change is one transaction with an audit row.
 */
import { AppError, notFound } from '../../../shared/errors';
import { rejudgeKeptSignatures } from '../decisions/signing';
import type { Handlers } from '../dispatch';
import { certificateFacts } from '../signing/trust/certificate-facts';
import { readCaFile } from '../signing/trust/read-ca-file';
import { deleteTrustedCa, getTrustedCa, hasTrustedCa, insertTrustedCa, listTrustedCas } from './repository';

export const trustHandlers: Pick<Handlers, 'trust.list' | 'trust.add' | 'trust.remove'> = {
  'trust.list': (_input, ctx) => listTrustedCas(ctx),

  'trust.add': (input, ctx) => {
    const certificates = readCaFile(input.file).map(certificateFacts);
    const authorities = certificates.filter((c) => c.isCa);
    if (authorities.length === 0) {
      const names = certificates.map((c) => `"${c.commonName}"`).join(', ');
      throw new AppError(
        'VALIDATION',
        `Chứng thư ${names} không phải của tổ chức cấp chứng thư số (CA). Chỉ thêm chứng thư gốc hoặc chứng thư trung gian của tổ chức cấp, không thêm chứng thư của người ký.`,
      );
    }
    const fresh = authorities.filter((c, i) => !hasTrustedCa(ctx, c.sha256) && authorities.findIndex((o) => o.sha256 === c.sha256) === i);
    if (fresh.length === 0) {
      throw new AppError('DUPLICATE', `Chứng thư ${authorities.map((c) => `"${c.commonName}"`).join(', ')} đã có trong danh sách tổ chức tin cậy.`);
    }
    return ctx.mutate(() => {
      const added = fresh.map((c) => {
        const row = insertTrustedCa(ctx, c.der, c.sha256, 'office');
        ctx.audit({ action: 'trust.add', entity: 'trusted_ca', entityId: row.id, after: { ...row, fileName: input.fileName } });
        return row;
      });
      // Signed files already kept may now be trusted (decisions/signing.ts).
      rejudgeKeptSignatures(ctx, 'trust.add');
      return added;
    });
  },

  'trust.remove': (input, ctx) =>
    ctx.mutate(() => {
      const before = getTrustedCa(ctx, input.id);
      if (!before) throw notFound('chứng thư trong danh sách tin cậy');
      deleteTrustedCa(ctx, input.id);
      ctx.audit({ action: 'trust.remove', entity: 'trusted_ca', entityId: input.id, before });
      return { removed: true as const };
    }),
};
