import { Button, Combobox, Field, Input, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { keepPreviousData } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { useDebounced } from '../../lib/use-debounced';
import type { TrainerDraft } from './session-form';
import { OPEN_DOWNWARD } from '../../components/form/positioning';

const useStyles = makeStyles({
  rows: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: '8px', alignItems: 'center' },
  member: { paddingLeft: '8px' },
  muted: { color: tokens.colorNeutralForeground3 },
  pick: { display: 'flex', gap: '8px', alignItems: 'center' },
  combo: { flexGrow: 1 },
});

interface Props {
  trainers: TrainerDraft[];
  onChange: (next: TrainerDraft[]) => void;
  error?: string;
}

let nextKey = 0;
const newKey = () => `n${++nextKey}`;

/**
 * Trainers: members of the register (found by name, diacritics optional) or outside people
 * (a name and their unit, e.g. a provincial officer or a telecom engineer).
 */
export function TrainersField({ trainers, onChange, error }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [listOpen, setListOpen] = useState(false);
  const query = useDebounced(typed.trim());
  const found = useApiQuery('people.search', { query, limit: 10 }, { enabled: query.length > 1, placeholderData: keepPreviousData });
  const rows = query.length > 1 ? (found.data?.rows ?? []) : [];

  const update = (key: string, patch: Partial<TrainerDraft>) => onChange(trainers.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const remove = (key: string) => onChange(trainers.filter((x) => x.key !== key));
  const addMember = (personId: string) => {
    const p = rows.find((r) => r.id === personId);
    if (!p || trainers.some((x) => x.personId === personId)) return;
    onChange([...trainers, { key: newKey(), personId, name: p.fullName, organisation: p.organisation ?? '' }]);
    setTyped('');
  };
  const addOutside = () => {
    onChange([...trainers, { key: newKey(), personId: null, name: typed.trim(), organisation: '' }]);
    setTyped('');
  };
  // Enter chooses from the list; it must not submit the session form.
  const keepForm = (e: KeyboardEvent) => e.key === 'Enter' && e.preventDefault();

  return (
    <Field label={t('trainings.trainers')} validationMessage={error}>
      <div className={styles.rows}>
        {trainers.map((x) => (
          <div key={x.key} className={styles.row} data-testid="trainer-row">
            {x.personId ? (
              <>
                <Text className={styles.member}>{x.name}</Text>
                <Text className={styles.muted}>{x.organisation || t('trainings.trainerMember')}</Text>
              </>
            ) : (
              <>
                <Input aria-label={t('trainings.trainerName')} placeholder={t('trainings.trainerName')} value={x.name}
                  onChange={(_, d) => update(x.key, { name: d.value })} autoComplete="off" />
                <Input aria-label={t('trainings.trainerOrganisation')} placeholder={t('trainings.trainerOrganisation')} value={x.organisation}
                  onChange={(_, d) => update(x.key, { organisation: d.value })} autoComplete="off" />
              </>
            )}
            <Button size="small" appearance="subtle" onClick={() => remove(x.key)}>{t('common.remove')}</Button>
          </div>
        ))}
        <div className={styles.pick} onKeyDown={keepForm}>
          <Combobox
            className={styles.combo}
            freeform
            inlinePopup
          positioning={OPEN_DOWNWARD}
            aria-label={t('trainings.findTrainer')}
            placeholder={t('trainings.findTrainer')}
            value={typed}
            // The list opens by itself once the register answers, so typing then ↓ Enter picks.
            open={listOpen && rows.length > 0}
            onOpenChange={(_, d) => setListOpen(d.open)}
            onChange={(e) => {
              setTyped(e.target.value);
              setListOpen(true);
            }}
            onOptionSelect={(_, d) => d.optionValue && addMember(d.optionValue)}
          >
            {rows.map((p) => (
              <Option key={p.id} value={p.id} text={p.fullName}>
                {p.fullName}{p.organisation ? ` — ${p.organisation}` : p.villageName ? ` — ${p.villageName}` : ''}
              </Option>
            ))}
          </Combobox>
          <Button onClick={addOutside}>{t('trainings.addOutsideTrainer')}</Button>
        </div>
      </div>
    </Field>
  );
}
