import { Button, Dropdown, Field, Input, makeStyles, Option, OptionGroup } from '@fluentui/react-components';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { OPEN_DOWNWARD } from '../../components/form/positioning';

const useStyles = makeStyles({
  add: { display: 'flex', gap: '8px', alignItems: 'center' },
  addInput: { flexGrow: 1 },
});

interface Props {
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/**
 * The topic catalogue as a multi-select, the five basic skills grouped first; a topic the
 * commune needs and the catalogue lacks is added here and chosen at once.
 */
export function TopicPicker({ selected, onChange, error }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const topics = useApiQuery('trainings.topics', {});
  const addTopic = useApiMutation('trainings.addTopic');
  const [adding, setAdding] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const list = topics.data ?? [];
  const names = new Map(list.map((x) => [x.id, x.name]));

  const add = () => {
    if (!adding.trim()) return;
    setAddError(undefined);
    addTopic.mutate({ name: adding }, {
      onSuccess: (topic) => {
        onChange([...selected, topic.id]);
        setAdding('');
      },
      onError: (e) => setAddError(e.message),
    });
  };
  // Enter here adds the topic; it must not submit the whole session form.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };

  return (
    <>
      <Field label={t('trainings.topics')} validationMessage={error}>
        <Dropdown
          multiselect
          inlinePopup
          positioning={OPEN_DOWNWARD}
          aria-label={t('trainings.topics')}
          placeholder={t('trainings.topicsPlaceholder')}
          selectedOptions={selected}
          value={selected.map((id) => names.get(id) ?? '').join('; ')}
          onOptionSelect={(_, d) => onChange(d.selectedOptions)}
        >
          <OptionGroup label={t('trainings.basicSkills')}>
            {list.filter((x) => x.basicSkill).map((x) => <Option key={x.id} value={x.id}>{x.name}</Option>)}
          </OptionGroup>
          <OptionGroup label={t('trainings.otherTopics')}>
            {list.filter((x) => !x.basicSkill).map((x) => <Option key={x.id} value={x.id}>{x.name}</Option>)}
          </OptionGroup>
        </Dropdown>
      </Field>
      <Field label={t('trainings.newTopic')} validationMessage={addError} hint={t('trainings.newTopicHint')}>
        <div className={styles.add}>
          <Input className={styles.addInput} value={adding} onChange={(_, d) => setAdding(d.value)} onKeyDown={onKeyDown} autoComplete="off" />
          <Button onClick={add} disabled={!adding.trim() || addTopic.isPending}>{t('trainings.addTopic')}</Button>
        </div>
      </Field>
    </>
  );
}
