import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** The back end's refusal, shown in place (e.g. why a session cannot be deleted). */
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A yes/no question before a change that cannot be taken back with one key. The confirm
 * button comes first, so it has the focus and Enter answers yes; Escape answers no.
 */
export function ConfirmDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: '12px' }}>
            {props.children}
            {props.error && (
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>{props.error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            {!props.error && (
              <Button appearance="primary" onClick={props.onConfirm} disabled={props.busy}>{props.confirmLabel}</Button>
            )}
            <Button onClick={props.onClose}>{props.error ? t('common.close') : t('common.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
