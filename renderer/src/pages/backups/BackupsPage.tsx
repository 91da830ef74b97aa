import {
  Badge, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, Text,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BackupCountsView, BackupView, BackupsOverview } from '../../../../shared/api';
import { useApi } from '../../api/context';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { FormDialog } from '../../components/form/FormDialog';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatCount } from '../../lib/numbers';
import { RestoreDialog } from './RestoreDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px' },
  intro: { maxWidth: '880px', margin: 0 },
  name: { wordBreak: 'break-all' },
});

export const formatSize = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
const formatTime = (iso: string) => new Date(iso).toLocaleString('vi-VN');
/** "83 thôn · 82 tổ · 30.034 người · 2 quyết định": counts grouped the Vietnamese way. */
const countsLine = (t: TFunction, c: BackupCountsView) => t('backups.countsLine', {
  villages: formatCount(c.villages), teams: formatCount(c.teams), people: formatCount(c.people), decisions: formatCount(c.decisions),
});

/**
 * Backups (issue 9): the automatic backups beside the database with their checks and counts,
 * "Sao lưu ngay" (here or to a chosen folder), and restore, also from a file brought from
 * another PC ("Mở dữ liệu từ bản sao lưu"). Restoring asks first, showing the count changes.
 */
export function BackupsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const overview = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create');
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [folderOpen, setFolderOpen] = useState(false);
  const [restoring, setRestoring] = useState<BackupView | null>(null);
  const [fileOpen, setFileOpen] = useState(false);
  // Keyboard users keep their place: an answer takes the focus to its message (the button that
  // asked was disabled or its dialog is gone), a dialog closed without one gives it back to the
  // button that opened it. Otherwise the focus falls to <body>, back at the top of the window.
  const messageRef = useRef<HTMLDivElement>(null);
  const focusedMessage = useRef<typeof message>(null);
  const dialogOpen = folderOpen || fileOpen || restoring !== null;
  useEffect(() => {
    if (!message || message === focusedMessage.current || dialogOpen) return;
    focusedMessage.current = message;
    messageRef.current?.focus();
  }, [message, dialogOpen]);
  const opener = useRef<HTMLElement | null>(null);
  const opened = () => { opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null; };
  const closed = () => setTimeout(() => { if (opener.current?.isConnected) opener.current.focus(); }, 0);

  /** True when made. A refusal of a chosen folder is shown in its dialog, which stays open to correct it. */
  const backupNow = (folder?: string) =>
    create.mutateAsync(folder ? { folder } : {}).then(
      (b) => {
        setMessage({ intent: 'success', text: t('backups.made', { file: b.file }) });
        return true;
      },
      (e: Error) => {
        if (!folder) setMessage({ intent: 'error', text: e.message });
        return false;
      },
    );

  return (
    <div className={styles.page}>
      <QueryState query={overview}>
        {(o: BackupsOverview) => (
          <>
            <PageHeader title={t('backups.title')} subtitle={t('backups.subtitle', { file: o.databaseFile })}>
              <Button appearance="primary" disabled={create.isPending} onClick={() => void backupNow()}>{t('backups.backupNow')}</Button>
              <Button onClick={() => { opened(); create.reset(); setFolderOpen(true); }}>{t('backups.backupTo')}</Button>
              <Button onClick={() => { opened(); setFileOpen(true); }}>{t('backups.openFromBackup')}</Button>
            </PageHeader>
            <Text as="p" block className={styles.intro}>{t('backups.policy')}</Text>
            <Text as="p" block className={styles.intro}>{t('backups.folder', { folder: o.folder })}</Text>
            <Text as="p" block>
              <strong>{t('backups.current')}:</strong> {countsLine(t, o.current)}
            </Text>
            {message && (
              <MessageBar intent={message.intent} layout="multiline" role="status" ref={messageRef} tabIndex={-1}>
                <MessageBarBody>{message.text}</MessageBarBody>
              </MessageBar>
            )}
            {o.backups.length === 0 ? (
              <Text>{t('backups.empty')}</Text>
            ) : (
              <Table size="small" aria-label={t('backups.title')}>
                <TableHeader>
                  <TableRow>
                    {(['createdAt', 'reason', 'size', 'counts', 'verified', 'actions'] as const).map((c) => (
                      <TableHeaderCell key={c}>{t(`backups.columns.${c}`)}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {o.backups.map((b) => (
                    <TableRow key={b.file}>
                      <TableCell>{formatTime(b.createdAt)}</TableCell>
                      <TableCell>{t(`backups.reasons.${b.reason}`)}</TableCell>
                      <TableCell>{formatSize(b.size)}</TableCell>
                      <TableCell>{b.counts ? countsLine(t, b.counts) : '—'}</TableCell>
                      <TableCell>
                        <Badge appearance="tint" color={b.verified ? 'success' : 'warning'}>{b.verified ? t('backups.verified') : t('backups.unverified')}</Badge>
                      </TableCell>
                      <TableCell>
                        <Button size="small" onClick={() => { opened(); setRestoring(b); }}>{t('backups.restore')}</Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {restoring && (
              <RestoreDialog
                file={restoring.file}
                current={o.current}
                onClose={() => { setRestoring(null); closed(); }}
                onRestored={(text) => {
                  setRestoring(null);
                  setMessage({ intent: 'success', text });
                }}
              />
            )}
          </>
        )}
      </QueryState>
      {folderOpen && (
        <FileStep
          error={create.error?.message ?? null}
          title={t('backups.backupToTitle')}
          label={t('backups.backupToFolder')}
          hint={t('backups.backupToHint')}
          submitLabel={t('backups.backupNow')}
          onClose={() => { setFolderOpen(false); closed(); }}
          onSubmit={(folder) => backupNow(folder).then((made) => made && setFolderOpen(false))}
        />
      )}
      {fileOpen && overview.data && (
        <OpenFromBackup current={overview.data.current} backups={overview.data.backups} onClose={() => { setFileOpen(false); closed(); }} onRestored={(text) => {
          setFileOpen(false);
          setMessage({ intent: 'success', text });
        }} />
      )}
    </div>
  );
}

/** "Mở dữ liệu từ bản sao lưu": a file from another PC, checked read-only, then the same restore. */
function OpenFromBackup(props: { current: BackupCountsView; backups: BackupView[]; onClose: () => void; onRestored: (text: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [checked, setChecked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (checked) return <RestoreDialog file={checked} current={props.current} onClose={props.onClose} onRestored={props.onRestored} />;
  return (
    <FileStep
      error={error}
      onClose={props.onClose}
      onSubmit={(file) =>
        api.call('backups.inspect', { file }).then(
          () => setChecked(file),
          (e: Error) => setError(e.message),
        )
      }
      title={t('backups.openFromBackupTitle')}
      // Serve mode runs on another PC's browser: no file picker can hand over a path there, so
      // the backups already beside the database can be picked instead of typed (issue 10).
      choices={props.backups.map((b) => ({
        value: b.file,
        label: `${formatTime(b.createdAt)} · ${t(`backups.reasons.${b.reason}`)} · ${formatSize(b.size)}`,
      }))}
      choiceLabel={t('backups.pickBackup')}
      label={t('backups.openFromBackupFile')}
      hint={t('backups.openFromBackupHint')}
      submitLabel={t('backups.check')}
    />
  );
}

function FileStep(props: {
  title: string; label: string; hint: string; submitLabel: string; error: string | null; onClose: () => void; onSubmit: (path: string) => Promise<unknown>;
  /** Known files to pick from instead of typing a path (the backups beside the database). */
  choices?: { value: string; label: string }[]; choiceLabel?: string;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <FormDialog
      open
      title={props.title}
      submitLabel={props.submitLabel}
      busy={busy}
      error={props.error}
      onClose={props.onClose}
      onSubmit={() => {
        setBusy(true);
        void props.onSubmit(path.trim()).finally(() => setBusy(false));
      }}
    >
      {props.choices && props.choices.length > 0 && (
        <Field label={props.choiceLabel}>
          <Select value={props.choices.some((c) => c.value === path) ? path : ''} onChange={(_, d) => setPath(d.value)}>
            <option value="">{t('common.notChosen')}</option>
            {props.choices.map((c) => (
              <option key={c.value} value={c.value}>{c.label}</option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={props.label} hint={props.hint} required>
        <Input value={path} onChange={(_, d) => setPath(d.value)} />
      </Field>
    </FormDialog>
  );
}
