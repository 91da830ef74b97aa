import { nameSortKey } from '../../../shared/text/vietnamese';
import type { Context } from '../../core/context';
import { searchTextOf } from '../../core/people/repository';
import { prng, randomPerson, randomPhone } from './names';

/**
 * A province-scale synthetic register for benchmarks: N people spread over villages of
 * ~400 residents each, every village with a team of 6. Bulk SQL in one transaction (the
 * per-operation path would take minutes for 100,000 rows); one audit row records the run.
 */
export function seedProvince(ctx: Context, people: number): { people: number; villages: number; teams: number } {
  const rand = prng(people);
  const villages = Math.max(1, Math.ceil(people / 400));
  const now = ctx.now();
  return ctx.mutate(() => {
    const insertVillage = ctx.db.prepare(
      `INSERT INTO village (id, name, name_folded, kind, households, population, created_at, updated_at)
       VALUES (?, ?, ?, 'thon', ?, ?, ?, ?)`,
    );
    const insertTeam = ctx.db.prepare(
      "INSERT INTO team (id, name, level, status, established_on, created_at, updated_at) VALUES (?, ?, 'village', 'established', '2026-01-05', ?, ?)",
    );
    const linkTeam = ctx.db.prepare('INSERT INTO team_village (team_id, village_id) VALUES (?, ?)');
    const insertPerson = ctx.db.prepare(
      `INSERT INTO person (id, full_name, name_key, search_text, gender, birth_year, phone, background_role, village_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertMembership = ctx.db.prepare(
      "INSERT INTO membership (id, team_id, person_id, position, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-05', ?, ?)",
    );
    const existing = (ctx.db.prepare('SELECT count(*) AS n FROM village').get() as { n: number }).n;
    let made = 0;
    for (let v = 0; v < villages; v++) {
      const villageId = ctx.newId();
      const name = `Thôn ${existing + v + 1}`;
      insertVillage.run(villageId, name, name.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase(), 100 + Math.floor(rand() * 400), 400, now, now);
      const teamId = ctx.newId();
      insertTeam.run(teamId, `Tổ công nghệ số cộng đồng ${name.toLowerCase()}`, now, now);
      linkTeam.run(teamId, villageId);
      const residents = Math.min(400, people - made);
      for (let i = 0; i < residents; i++, made++) {
        const { fullName, gender } = randomPerson(rand);
        const phone = randomPhone(rand);
        const personId = ctx.newId();
        const role = i === 0 ? 'truong_thon' : i === 1 ? 'doan_thanh_nien' : 'nguoi_dan';
        insertPerson.run(personId, fullName, nameSortKey(fullName), searchTextOf({ fullName, phone, organisation: null }), gender, 1950 + Math.floor(rand() * 55), phone, role, villageId, now, now);
        if (i < 6) insertMembership.run(ctx.newId(), teamId, personId, i === 0 ? 'to_truong' : i === 1 ? 'to_pho' : 'thanh_vien', now, now);
      }
    }
    ctx.audit({ action: 'seed.province', entity: 'person', entityId: null, after: { people: made, villages } });
    return { people: made, villages, teams: villages };
  });
}
