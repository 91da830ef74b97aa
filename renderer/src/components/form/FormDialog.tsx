import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
  MessageBar, MessageBarBody,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: '12px', paddingTop: '4px' },
});

interface Props {
  title: ReactNode;
  open: boolean;
  busy?: boolean;
  /** A problem with the whole form (server refusal, "fix the red fields"). */
  error?: string | null;
  submitLabel?: string;
  /** Wider surface for two-column forms. */
  wide?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  /** Extra content under the fields (duplicate candidates…). */
  footer?: ReactNode;
}

/**
 * A dialog whose body is one <form>: Enter in a text field submits, Escape closes, and the
 * dialog puts the focus in its first field when it opens.
 */
export function FormDialog(props: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!props.busy) props.onSubmit();
  };
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface style={props.wide ? { maxWidth: '760px', width: '100%' } : undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.content}>
              {props.error && (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody style={{ whiteSpace: 'pre-line' }}>{props.error}</MessageBarBody>
                </MessageBar>
              )}
              {props.children}
              {props.footer}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={props.busy}>
                {props.busy ? t('common.saving') : (props.submitLabel ?? t('common.save'))}
              </Button>
              <Button type="button" onClick={props.onClose}>{t('common.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
