import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles,
  MessageBar, MessageBarActions, MessageBarBody,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
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
  /** What the submit button says while busy ("Đang ban hành…"); "Đang lưu…" unless given. */
  busyLabel?: string;
  /** Wider surface for two-column forms. */
  wide?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  /** Extra content under the fields (duplicate candidates…). */
  footer?: ReactNode;
  /** A second way to submit, e.g. "Lưu và thêm người khác". */
  secondaryAction?: { label: string; onClick: () => void };
  /**
   * CSS selector of the field that takes the focus when the dialog opens (default: the first).
   * CANCEL_FIRST for a dialog that replaces or removes data, so Enter does not confirm it.
   */
  initialFocus?: string;
  /** A new value puts the focus on `initialFocus` again (e.g. after "save and add another"). */
  focusToken?: number;
  /** Something typed is not saved: closing asks first (a second Esc closes all the same). */
  dirty?: boolean;
}

/** `initialFocus` of a dialog whose confirming would replace or remove data: "Hủy" first. */
export const CANCEL_FIRST = '[data-dialog-cancel]';

/**
 * Where the focus goes after the back end answered: the first field it refused (Fluent marks
 * it aria-invalid), else stay where it is, unless it fell out of the dialog. A focus left on
 * <body> would also stop Esc from closing the dialog (issue 11).
 */
function focusAfterAnswer(form: HTMLFormElement): void {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid) invalid.focus();
  else if (!form.contains(document.activeElement)) {
    (form.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea') ?? form.querySelector<HTMLElement>('button'))?.focus();
  }
}

/**
 * A dialog whose body is one <form>: Enter in a text field submits, Escape closes, and the
 * dialog puts the focus in its first field when it opens.
 */
export function FormDialog(props: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState(false);
  const requestClose = () => {
    if (props.dirty && !asking && !props.busy) setAsking(true);
    else props.onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!props.busy) props.onSubmit();
  };
  // After each answer (busy → not busy) and each new error, put the focus where it helps.
  const { busy, error, initialFocus, focusToken } = props;
  useEffect(() => {
    if (!busy && formRef.current) focusAfterAnswer(formRef.current);
  }, [busy, error]);
  useEffect(() => {
    if (!initialFocus) return;
    // Fluent focuses the first focusable element once the surface is shown; go after it.
    const timer = setTimeout(() => formRef.current?.querySelector<HTMLElement>(initialFocus)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [initialFocus, focusToken]);
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && requestClose()}>
      <DialogSurface style={props.wide ? { maxWidth: '760px', width: '100%' } : undefined}>
        <form ref={formRef} onSubmit={submit} noValidate>
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
              {asking && (
                <MessageBar intent="warning" layout="multiline" data-testid="unsaved-question">
                  <MessageBarBody>{t('unsaved.dialogBody')}</MessageBarBody>
                  <MessageBarActions>
                    <Button onClick={props.onClose}>{t('unsaved.discard')}</Button>
                    <Button appearance="primary" onClick={() => setAsking(false)}>{t('unsaved.keepEditing')}</Button>
                  </MessageBarActions>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              {/* disabledFocusable, not disabled: a disabled button drops the focus to <body>. */}
              <Button appearance="primary" type="submit" disabledFocusable={props.busy}>
                {props.busy ? (props.busyLabel ?? t('common.saving')) : (props.submitLabel ?? t('common.save'))}
              </Button>
              {props.secondaryAction && (
                <Button type="button" disabledFocusable={props.busy} onClick={() => !props.busy && props.secondaryAction?.onClick()}>
                  {props.secondaryAction.label}
                </Button>
              )}
              <Button type="button" data-dialog-cancel onClick={requestClose}>{t('common.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
