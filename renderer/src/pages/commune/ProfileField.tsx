import { Caption1, Dropdown, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RuleProfile } from '../../../../shared/rules/profiles';

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column', gap: '2px', padding: '2px 0' },
  source: { color: tokens.colorNeutralForeground3 },
  summary: {
    display: 'flex', flexDirection: 'column', gap: '2px', marginTop: '6px', padding: '8px 12px',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground3,
  },
});

type Size = RuleProfile['villageTeamSize'];

function useSizeText() {
  const { t } = useTranslation();
  return (size: Size): string | null => {
    if (!size || (!size.min && !size.max)) return null;
    if (size.min && size.max) return t('commune.sizeRange', { min: size.min, max: size.max });
    return size.min ? t('commune.sizeMin', { min: size.min }) : t('commune.sizeMax', { max: size.max });
  };
}

/** The rule profile picker: each option shows the document the rules come from. */
export function ProfileField(props: { profiles: RuleProfile[]; value: string; onChange: (id: string) => void; error?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const sizeText = useSizeText();
  const selected = props.profiles.find((p) => p.id === props.value);
  const village = selected && sizeText(selected.villageTeamSize);
  const commune = selected && sizeText(selected.communeTeamSize);
  return (
    <Field label={t('commune.ruleProfile')} required validationMessage={props.error} hint={t('commune.ruleProfileHint')}>
      <Dropdown
        name="ruleProfileId"
        value={selected?.name ?? ''}
        selectedOptions={props.value ? [props.value] : []}
        onOptionSelect={(_, d) => d.optionValue && props.onChange(d.optionValue)}
        placeholder={t('common.notChosen')}
      >
        {props.profiles.map((p) => (
          <Option key={p.id} value={p.id} text={p.name}>
            <div className={styles.option}>
              <Text>{p.name}</Text>
              <Caption1 className={styles.source}>{p.source}</Caption1>
            </div>
          </Option>
        ))}
      </Dropdown>
      {selected && (
        <div className={styles.summary} data-testid="profile-summary">
          <Caption1>{t('commune.profileSource', { source: selected.source })}</Caption1>
          {village && <Caption1>{t('commune.villageSize', { size: village })}</Caption1>}
          {commune && <Caption1>{t('commune.communeSize', { size: commune })}</Caption1>}
          {selected.leaderIsVillageHead && <Caption1>{t('commune.leaderIsVillageHead')}</Caption1>}
          {selected.requiredRoles.map((r) => (
            <Caption1 key={r.label}>{t('commune.requiredRole', { label: r.label })}</Caption1>
          ))}
        </div>
      )}
    </Field>
  );
}
