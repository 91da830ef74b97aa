import { Button, Card, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { TrainingSessionDetail } from '../../../../../shared/api/trainings';
import { useApiMutation, useApiQuery } from '../../../api/queries';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { AttendanceCounts } from '../AttendanceCounts';
import { whenOf } from '../format';
import { SessionDialog } from '../SessionDialog';
import { InviteDialog } from './InviteDialog';
import { InviteeTable } from './InviteeTable';
import { SessionInfo } from './SessionInfo';
import { SessionStatusActions } from './SessionStatusActions';
import { useSessionFile } from './use-session-file';
import { WalkInDialog } from './WalkInDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '14px', maxWidth: '1200px' },
  cards: { display: 'grid', gridTemplateColumns: 'minmax(0, 1.5fr) minmax(0, 1fr)', gap: '14px', alignItems: 'start' },
  docs: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '8px 10px', alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground3 },
  listHeader: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  listTitle: { flexGrow: 1 },
});

export function SessionPage() {
  const { id = '' } = useParams();
  const session = useApiQuery('trainings.get', { id });
  return <QueryState query={session}>{(data) => <SessionView session={data} />}</QueryState>;
}

type Open = 'edit' | 'invite' | 'walkIn' | null;

/** One session: its facts, turnout, documents, and the invitation list being prepared. */
function SessionView({ session }: { session: TrainingSessionDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const files = useSessionFile(session.id);
  const remove = useApiMutation('trainings.removeInvitee');
  const cancelled = session.status === 'cancelled';
  const close = () => setOpen(null);

  return (
    <div className={styles.page}>
      <Link href="#/trainings">{t('trainings.back')}</Link>
      <PageHeader title={session.title} subtitle={[whenOf(session), session.place].filter(Boolean).join(' · ')}>
        <Button appearance="primary" disabled={cancelled} onClick={() => navigate(`/trainings/${session.id}/attendance`)}>
          {t('trainings.takeAttendance')}
        </Button>
        <Button onClick={() => setOpen('edit')}>{t('common.edit')}</Button>
        <SessionStatusActions session={session} />
      </PageHeader>
      {cancelled && (
        <MessageBar intent="warning"><MessageBarBody>{t('trainings.cancelledNotice')}</MessageBarBody></MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" data-testid="session-notice"><MessageBarBody>{notice}</MessageBarBody></MessageBar>
      )}
      {(error ?? files.error) && (
        <MessageBar intent="error" role="alert"><MessageBarBody>{error ?? files.error}</MessageBarBody></MessageBar>
      )}
      <div className={styles.cards}>
        <SessionInfo session={session} />
        <Card aria-label={t('trainings.attendanceCard')}>
          <Text weight="semibold">{t('trainings.attendanceCard')}</Text>
          <AttendanceCounts summary={session.summary} />
          <div className={styles.docs}>
            <Button onClick={() => void files.download('sign_in')} disabled={files.busy !== null}>{t('trainings.signInSheet')}</Button>
            <Text size={200} className={styles.hint}>{t('trainings.signInSheetHint')}</Text>
            <Button onClick={() => void files.download('attendance')} disabled={files.busy !== null || !session.hasAttendance}>
              {t('trainings.attendanceSheet')}
            </Button>
            <Text size={200} className={styles.hint}>{t('trainings.attendanceSheetHint')}</Text>
          </div>
        </Card>
      </div>
      <section aria-label={t('trainings.invitees', { count: session.invitees.length })}>
        <div className={styles.listHeader}>
          <Text as="h2" size={500} weight="semibold" className={styles.listTitle}>
            {t('trainings.invitees', { count: session.invitees.length })}
          </Text>
          <Button disabled={cancelled} onClick={() => setOpen('invite')}>{t('trainings.invite')}</Button>
          <Button disabled={cancelled} onClick={() => setOpen('walkIn')}>{t('trainings.addWalkIn')}</Button>
        </div>
        <InviteeTable
          invitees={session.invitees}
          busy={remove.isPending}
          onRemove={cancelled ? undefined : (i) => {
            setError(null);
            remove.mutate({ inviteeId: i.id, version: i.version }, { onError: (e) => setError(e.message) });
          }}
        />
      </section>
      {open === 'edit' && <SessionDialog session={session} onClose={close} />}
      {open === 'invite' && <InviteDialog session={session} onClose={close} onDone={(m) => { setNotice(m); close(); }} />}
      {open === 'walkIn' && (
        <WalkInDialog sessionId={session.id} onClose={close} onAdded={(r) => setNotice(t('trainings.walkInAdded', { name: r.invitee.fullName }))} />
      )}
    </div>
  );
}
