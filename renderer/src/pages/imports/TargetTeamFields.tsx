import { Checkbox, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { TEAM_POSITIONS } from '../../../../shared/domain/vocabulary';
import { compareVietnamese } from '../../../../shared/text/vietnamese';
import { useApiQuery } from '../../api/queries';
import { choicesOf, ChoiceField, DateField } from '../../components/form/fields';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  fields: { display: 'grid', gridTemplateColumns: 'minmax(260px, 2fr) minmax(180px, 1fr) minmax(140px, 1fr)', gap: '10px 16px', alignItems: 'start' },
});

export interface TargetValues extends Record<string, string> {
  /** 'yes' when the imported people also join a team. */
  enabled: string;
  teamId: string;
  position: string;
  startDate: string;
}

interface Props {
  values: TargetValues;
  field: (key: 'teamId' | 'position' | 'startDate') => { name: string; value: string; onChange: (v: string) => void; error?: string };
  onEnabled: (enabled: boolean) => void;
}

/**
 * Optionally adds everyone imported (created or linked) to one team, in the same transaction.
 * The position applies where the file has no "Chức danh trong Tổ" column or leaves it empty.
 */
export function TargetTeamFields({ values, field, onEnabled }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const teams = useApiQuery('teams.list', { includeDissolved: false });
  const choices = (teams.data ?? [])
    .filter((team) => team.status !== 'dissolved')
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .map((team) => ({ value: team.id, label: team.name }));
  const enabled = values.enabled === 'yes';
  return (
    <div className={styles.root}>
      <Checkbox checked={enabled} onChange={(_, d) => onEnabled(d.checked === true)} label={t('imports.addToTeam')} />
      {enabled && (
        <div className={styles.fields}>
          <ChoiceField label={t('imports.team')} required choices={choices} emptyLabel={t('common.notChosen')} {...field('teamId')} />
          <ChoiceField label={t('imports.position')} choices={choicesOf(TEAM_POSITIONS)} {...field('position')} />
          <DateField label={t('imports.startDate')} required {...field('startDate')} />
        </div>
      )}
    </div>
  );
}
