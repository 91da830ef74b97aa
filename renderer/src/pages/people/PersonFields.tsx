import { makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { BACKGROUND_ROLES, GENDERS } from '../../../../shared/domain/vocabulary';
import { useApiQuery } from '../../api/queries';
import { choicesOf, ChoiceField, TextField } from '../../components/form/fields';
import type { PersonValues } from './person-form';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(200px, 1fr))', gap: '10px 16px', alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
});

type FieldOf = <K extends keyof PersonValues & string>(key: K) => {
  name: K; value: string; onChange: (value: string) => void; error?: string;
};

/** The person's own fields, shared by "add a new member" and "edit a person". */
export function PersonFields({ field }: { field: FieldOf }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const villages = useApiQuery('villages.list', { includeInactive: false });
  const villageChoices = (villages.data ?? []).map((v) => ({ value: v.id, label: v.name }));
  return (
    <div className={styles.grid}>
      <div className={styles.wide}>
        <TextField label={t('people.fullName')} required {...field('fullName')} />
      </div>
      <ChoiceField label={t('people.gender')} choices={choicesOf(GENDERS)} emptyLabel={t('common.notChosen')} {...field('gender')} />
      <TextField label={t('people.birthYear')} inputMode="numeric" {...field('birthYear')} />
      <TextField label={t('people.phone')} type="tel" {...field('phone')} />
      <TextField label={t('people.cccd')} inputMode="numeric" hint={t('people.cccdHint')} {...field('cccd')} />
      <TextField label={t('people.organisation')} {...field('organisation')} />
      <TextField label={t('people.jobTitle')} {...field('jobTitle')} />
      <ChoiceField label={t('people.role')} required choices={choicesOf(BACKGROUND_ROLES)} {...field('backgroundRole')} />
      <ChoiceField label={t('people.village')} choices={villageChoices} emptyLabel={t('common.notChosen')} {...field('villageId')} />
    </div>
  );
}
