import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface QueryLike<T> {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
  refetch: () => unknown;
}

/** Loading spinner, or the Vietnamese error with a retry, or the content once data is there. */
export function QueryState<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t('app.loadFailed')}</MessageBarTitle>
          {query.error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => query.refetch()}>{t('app.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (query.isPending || query.data === undefined) return <Spinner label={t('app.loading')} />;
  return <>{children(query.data)}</>;
}
