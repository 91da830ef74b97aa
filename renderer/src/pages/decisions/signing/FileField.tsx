import { Button, Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: '10px', minWidth: 0 },
  name: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  // Out of sight but still in the page: the label and Playwright's setInputFiles address it.
  input: { position: 'absolute', width: '1px', height: '1px', opacity: 0, pointerEvents: 'none' },
});

interface Props {
  label: string;
  /** ".p12,.pfx", "application/pdf,.pdf", "image/png" */
  accept: string;
  onFile: (file: File | null) => void;
  error?: string;
  hint?: string;
  required?: boolean;
}

/**
 * A file picker in the app's own words ("Chọn tệp…", the chosen name): the browser's native
 * control speaks the browser's language, not necessarily Vietnamese.
 */
export function FileField(props: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  const nameId = useId();
  return (
    <Field label={props.label} required={props.required} validationMessage={props.error} hint={props.hint}>
      {(fieldProps) => (
        <div className={styles.row}>
          <input
            {...fieldProps}
            ref={input}
            type="file"
            tabIndex={-1}
            accept={props.accept}
            className={styles.input}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0] ?? null;
              setName(file?.name ?? null);
              props.onFile(file);
            }}
          />
          <Button type="button" aria-label={`${props.label}: ${t('decisions.pickFile')}`} aria-describedby={nameId} onClick={() => input.current?.click()}>
            {t('decisions.pickFile')}
          </Button>
          <Text id={nameId} className={styles.name}>{name ?? t('decisions.noFile')}</Text>
        </div>
      )}
    </Field>
  );
}
