import { makeStyles, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CommuneForm } from './CommuneForm';
import { LegalBasesSection } from './LegalBasesSection';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px' },
  intro: { maxWidth: '880px', margin: 0 },
});

/** Without a commune the app shows only this page, as a friendly first-run setup. */
export function CommunePage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const commune = useApiQuery('commune.get', {});
  const profiles = useApiQuery('rules.profiles', {}, { staleTime: Infinity });
  const firstRun = commune.data === null;
  return (
    <div className={styles.page}>
      <PageHeader title={firstRun ? t('commune.setupTitle') : t('commune.editTitle')} />
      {firstRun && <Text as="p" block className={styles.intro}>{t('commune.setupIntro')}</Text>}
      <QueryState query={commune}>
        {(c) => (
          <QueryState query={profiles}>
            {(p) => (
              <CommuneForm
                key={c?.id ?? 'new'}
                commune={c}
                profiles={p}
                onSaved={() => !c && navigate('/villages')}
              />
            )}
          </QueryState>
        )}
      </QueryState>
      {commune.data && <LegalBasesSection />}
    </div>
  );
}
