import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Keeps unsaved edits from being dropped by leaving the page (issue 11). The app's
 * HashRouter has no navigation blocker, so the guard catches what leaves a page: a click on
 * an in-app link (the navigation, "← back" links) and closing or reloading the window.
 * Returns the question to render while a navigation waits for the officer's answer.
 */
export function useUnsavedGuard(dirty: boolean) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    const click = (e: MouseEvent) => {
      if (!dirtyRef.current || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const link = (e.target as Element | null)?.closest?.('a[href^="#/"]');
      if (!link) return;
      const href = link.getAttribute('href')!;
      if (href === location.hash) return;
      e.preventDefault();
      e.stopPropagation();
      setPending(href);
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty]);

  const leave = () => {
    const to = pending;
    setPending(null);
    dirtyRef.current = false;
    if (to) location.hash = to;
  };

  const question = (
    <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && setPending(null)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('unsaved.title')}</DialogTitle>
          <DialogContent>{t('unsaved.body')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => setPending(null)}>{t('unsaved.stay')}</Button>
            <Button onClick={leave}>{t('unsaved.leave')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { question };
}
