import { Button, Checkbox, Field, makeStyles, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { PeopleFilter } from '../../../../shared/api';
import { BACKGROUND_ROLES, GENDERS, keysOf } from '../../../../shared/domain/vocabulary';
import { AGE_GROUPS } from '../../../../shared/overview/age-groups';
import { compareVietnamese } from '../../../../shared/text/vietnamese';
import { useApiQuery } from '../../api/queries';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  village: { width: '150px' },
  wide: { width: '220px' },
  narrow: { width: '120px' },
  // Fluent's Select keeps a minimum width of its own; inside a sized field it must yield.
  select: { width: '100%', minWidth: 0 },
  checks: { display: 'flex', gap: '4px', alignItems: 'center' },
});

/** Native selects: they open where the screen has room, and type-to-find works in them. */
export function PeopleFilters({ filter, onChange, disabled }: { filter: PeopleFilter; onChange: (f: PeopleFilter) => void; disabled?: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const villages = useApiQuery('villages.list', { includeInactive: false });
  const teams = useApiQuery('teams.list', { includeDissolved: false });
  const set = <K extends keyof PeopleFilter>(key: K, value: PeopleFilter[K] | '') =>
    onChange({ ...filter, [key]: value === '' || value === false ? undefined : value });
  const roles = keysOf(BACKGROUND_ROLES).slice().sort((a, b) => compareVietnamese(BACKGROUND_ROLES[a], BACKGROUND_ROLES[b]));
  const any = <option value="">{t('peopleList.any')}</option>;
  return (
    <div className={styles.bar} role="group" aria-label={t('peopleList.filters')}>
      <Field label={t('peopleList.village')} className={styles.village}>
        <Select className={styles.select} disabled={disabled} value={filter.villageId ?? ''} onChange={(_, d) => set('villageId', d.value)}>
          {any}
          {(villages.data ?? []).map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
        </Select>
      </Field>
      <Field label={t('peopleList.team')} className={styles.wide}>
        <Select className={styles.select} disabled={disabled} value={filter.teamId ?? ''} onChange={(_, d) => set('teamId', d.value)}>
          {any}
          {(teams.data ?? []).map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
        </Select>
      </Field>
      <Field label={t('peopleList.role')} className={styles.wide}>
        <Select className={styles.select} disabled={disabled} value={filter.role ?? ''} onChange={(_, d) => set('role', d.value as PeopleFilter['role'])}>
          {any}
          {roles.map((r) => <option key={r} value={r}>{BACKGROUND_ROLES[r]}</option>)}
        </Select>
      </Field>
      <Field label={t('peopleList.gender')} className={styles.narrow}>
        <Select className={styles.select} disabled={disabled} value={filter.gender ?? ''} onChange={(_, d) => set('gender', d.value)}>
          {any}
          {keysOf(GENDERS).map((g) => <option key={g} value={g}>{GENDERS[g]}</option>)}
          <option value="unknown">{t('peopleList.genderUnknown')}</option>
        </Select>
      </Field>
      <Field label={t('peopleList.age')} className={styles.narrow}>
        <Select className={styles.select} disabled={disabled} value={filter.age ?? ''} onChange={(_, d) => set('age', d.value)}>
          {any}
          {AGE_GROUPS.map((g) => <option key={g.id} value={g.id}>{g.label}</option>)}
          <option value="unknown">{t('peopleList.ageUnknown')}</option>
        </Select>
      </Field>
      <div className={styles.checks}>
      <Checkbox disabled={disabled} label={t('peopleList.membersOnly')} checked={!!filter.membersOnly} onChange={(_, d) => set('membersOnly', !!d.checked)} />
      <Checkbox disabled={disabled} label={t('peopleList.neverTrained')} checked={!!filter.neverTrained} onChange={(_, d) => set('neverTrained', !!d.checked)} />
      </div>
      {Object.keys(filter).length > 0 && <Button disabled={disabled} onClick={() => onChange({})}>{t('peopleList.clear')}</Button>}
    </div>
  );
}
