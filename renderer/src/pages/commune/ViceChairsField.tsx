import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const MAX_VICE_CHAIRS = 5; // the contract's limit

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', gap: '6px', alignItems: 'flex-start' },
  grow: { flexGrow: 1 },
});

/** One line per vice chair (they may sign "KT. CHỦ TỊCH" decisions). */
export function ViceChairsField(props: { names: string[]; onChange: (names: string[]) => void; errors: Record<string, string> }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const setAt = (i: number, name: string) => props.onChange(props.names.map((n, j) => (j === i ? name : n)));
  return (
    <Field label={t('commune.viceChairs')} validationMessage={props.errors['viceChairs']}>
      <div className={styles.list}>
        {props.names.map((name, i) => (
          <div key={i} className={styles.row}>
            <Field className={styles.grow} validationMessage={props.errors[`viceChairs.${i}`]}>
              <Input
                aria-label={t('commune.viceChairName', { n: i + 1 })}
                value={name}
                onChange={(_, d) => setAt(i, d.value)}
              />
            </Field>
            <Button onClick={() => props.onChange(props.names.filter((_, j) => j !== i))}>{t('common.remove')}</Button>
          </div>
        ))}
        {props.names.length < MAX_VICE_CHAIRS && (
          <div>
            <Button onClick={() => props.onChange([...props.names, ''])}>{t('commune.addViceChair')}</Button>
          </div>
        )}
      </div>
    </Field>
  );
}
