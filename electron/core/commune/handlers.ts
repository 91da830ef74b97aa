import type { Commune } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { RULE_PROFILES } from '../../../shared/rules/profiles';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { assertUpdated } from '../versioning';

interface CommuneRecord {
  id: string; province: string; name: string; kind: Commune['kind']; place_name: string;
  chair_name: string; vice_chairs: string; rule_profile_id: string; custom_profile: string | null;
  version: number; updated_at: string;
}

const toCommune = (r: CommuneRecord): Commune => ({
  id: r.id,
  province: r.province,
  name: r.name,
  kind: r.kind,
  placeName: r.place_name,
  chairName: r.chair_name,
  viceChairs: JSON.parse(r.vice_chairs) as string[],
  ruleProfileId: r.rule_profile_id,
  customProfile: r.custom_profile ? JSON.parse(r.custom_profile) : null,
  version: r.version,
  updatedAt: r.updated_at,
});

export function getCommune(ctx: Context): Commune | null {
  const row = ctx.db.prepare('SELECT * FROM commune LIMIT 1').get() as CommuneRecord | undefined;
  return row ? toCommune(row) : null;
}

export function requireCommune(ctx: Context): Commune {
  const commune = getCommune(ctx);
  if (!commune) throw new AppError('CONFLICT', 'Chưa khai báo thông tin xã/phường. Hãy thiết lập trước.');
  return commune;
}

export const communeHandlers: Pick<Handlers, 'commune.get' | 'commune.save'> = {
  'commune.get': (_input, ctx) => getCommune(ctx),
  'commune.save': (input, ctx) =>
    ctx.mutate(() => {
      if (input.ruleProfileId === 'custom' ? !input.customProfile : !RULE_PROFILES.some((p) => p.id === input.ruleProfileId)) {
        throw new AppError('VALIDATION', 'Bộ quy định đã chọn không tồn tại.');
      }
      const before = getCommune(ctx);
      const values = [
        input.province, input.name, input.kind, input.placeName, input.chairName,
        JSON.stringify(input.viceChairs), input.ruleProfileId,
        input.customProfile ? JSON.stringify(input.customProfile) : null, input.note, ctx.now(),
      ];
      if (!before) {
        ctx.db
          .prepare(
            `INSERT INTO commune (id, province, name, kind, place_name, chair_name, vice_chairs,
               rule_profile_id, custom_profile, note, updated_at, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(ctx.newId(), ...values, ctx.now());
      } else {
        if (input.version === undefined) {
          throw new AppError('CONFLICT', 'Thông tin xã/phường đã được thiết lập; hãy tải lại rồi sửa.');
        }
        const { changes } = ctx.db
          .prepare(
            `UPDATE commune SET province = ?, name = ?, kind = ?, place_name = ?, chair_name = ?,
               vice_chairs = ?, rule_profile_id = ?, custom_profile = ?, note = ?, updated_at = ?,
               version = version + 1
             WHERE id = ? AND version = ?`,
          )
          .run(...values, before.id, input.version);
        assertUpdated(ctx.db, 'commune', before.id, changes, 'thông tin xã/phường');
      }
      const after = getCommune(ctx)!;
      ctx.audit({ action: 'commune.save', entity: 'commune', entityId: after.id, before, after });
      return after;
    }),
};
