import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  legend: { padding: 0, marginBottom: '4px', fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1 },
  star: { color: tokens.colorPaletteRedForeground3, paddingLeft: '4px' },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface Props {
  legend: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: ReactNode;
}

/**
 * A labelled group of several controls (lines of căn cứ, checkboxes of teams). Fluent's Field
 * labels exactly one control and would hand its id to the first one inside, so groups use a
 * fieldset and legend with the same look.
 */
export function FieldGroup({ legend, hint, error, required, children }: Props) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>
        {legend}
        {required && <span aria-hidden className={styles.star}>*</span>}
      </legend>
      {children}
      {error ? <Text size={200} role="alert" className={styles.error}>{error}</Text> : hint && <Text size={200} className={styles.hint}>{hint}</Text>}
    </fieldset>
  );
}
