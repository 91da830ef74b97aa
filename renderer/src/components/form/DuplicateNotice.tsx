import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';

/**
 * The back end refused a person that looks like one already registered. Same CCCD: refused
 * for good. Same name, birth year and phone: the officer may confirm it is someone else.
 */
export function DuplicateNotice({ error, onConfirm, busy }: { error: ApiError; onConfirm: () => void; busy?: boolean }) {
  const { t } = useTranslation();
  const duplicate = error.duplicate;
  if (!duplicate) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="duplicate-notice">
      <MessageBarBody>
        <MessageBarTitle>{duplicate.confirmable ? t('duplicate.title') : t('duplicate.blocked')}</MessageBarTitle>
        <ul style={{ margin: '4px 0', paddingLeft: '20px' }}>
          {duplicate.candidates.map((c) => (
            <li key={c.id}>
              {t('duplicate.candidate', { name: c.fullName, year: c.birthYear ?? '—', phone: c.phone ?? '—' })} (
              {c.reason === 'cccd' ? t('duplicate.reasonCccd') : t('duplicate.reasonNameBirthPhone')})
            </li>
          ))}
        </ul>
      </MessageBarBody>
      {duplicate.confirmable && (
        <MessageBarActions>
          <Button appearance="primary" onClick={onConfirm} disabled={busy}>{t('duplicate.confirm')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
