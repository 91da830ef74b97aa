import { Button, Field, makeStyles, Textarea } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldGroup } from './FieldGroup';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', alignItems: 'flex-start', gap: '4px' },
  text: { flexGrow: 1, minWidth: 0 },
  box: { width: '100%' },
  tools: { display: 'flex', gap: '2px', paddingTop: '2px' },
  add: { alignSelf: 'flex-start' },
});

interface Props {
  /** "Căn cứ": the legend of the whole list. */
  label: string;
  hint?: string;
  /** Accessible name of one line, e.g. n => "Căn cứ 2". */
  lineLabel: (n: number) => string;
  addLabel: string;
  lines: string[];
  onChange: (lines: string[]) => void;
  /** Errors by line index ("2") and for the list as a whole (""). */
  errors: Record<string, string>;
  required?: boolean;
  /** Fewest rows of a line: căn cứ and paragraphs are sentences, Nơi nhận are short. */
  rows?: number;
}

/** Tall enough for the whole line at the editor's width (about 55 characters a row), up to 6 rows. */
const rowsFor = (text: string, min: number) => Math.min(6, Math.max(min, Math.ceil(text.length / 55)));

const move = <T,>(items: T[], from: number, to: number): T[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
};

/** An ordered list of text lines (căn cứ, nơi nhận, paragraphs): edit, add, remove, move up or down. */
export function LineListEditor(props: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { lines, onChange } = props;
  const set = (i: number, value: string) => onChange(lines.map((l, j) => (j === i ? value : l)));
  // "Thêm" puts the cursor in the new line, so the officer types on without reaching for the mouse.
  const list = useRef<HTMLDivElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    [...(list.current?.querySelectorAll('textarea') ?? [])].at(-1)?.focus();
  }, [lines.length]);
  return (
    <FieldGroup legend={props.label} hint={props.hint} error={props.errors[''] || undefined} required={props.required}>
      <div ref={list} role="group" aria-label={props.label} className={styles.list}>
        {lines.map((line, i) => {
          const name = props.lineLabel(i + 1);
          return (
            // Index keys: lines have no identity of their own, and moving re-renders the values.
            <div key={i} className={styles.row}>
              <Field className={styles.text} validationMessage={props.errors[String(i)]}>
                <Textarea className={styles.box} aria-label={name} value={line} rows={rowsFor(line, props.rows ?? 1)} resize="vertical"
                  onChange={(_, d) => set(i, d.value)} />
              </Field>
              <div className={styles.tools}>
                <Button size="small" appearance="subtle" icon={<span aria-hidden>↑</span>} aria-label={`${t('decisions.moveUp')}: ${name}`}
                  title={t('decisions.moveUp')} disabled={i === 0} onClick={() => onChange(move(lines, i, i - 1))} />
                <Button size="small" appearance="subtle" icon={<span aria-hidden>↓</span>} aria-label={`${t('decisions.moveDown')}: ${name}`}
                  title={t('decisions.moveDown')} disabled={i === lines.length - 1} onClick={() => onChange(move(lines, i, i + 1))} />
                <Button size="small" appearance="subtle" icon={<span aria-hidden>✕</span>} aria-label={`${t('decisions.removeLine')}: ${name}`}
                  title={t('decisions.removeLine')} onClick={() => onChange(lines.filter((_, j) => j !== i))} />
              </div>
            </div>
          );
        })}
        <Button className={styles.add} size="small" onClick={() => { added.current = true; onChange([...lines, '']); }}>{props.addLabel}</Button>
      </div>
    </FieldGroup>
  );
}
