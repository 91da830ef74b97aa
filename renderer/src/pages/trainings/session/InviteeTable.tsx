import {
  Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { INVITE_SOURCES, type TrainingInvitee } from '../../../../../shared/api/trainings';
import { TEAM_POSITIONS } from '../../../../../shared/domain/vocabulary';
import { shortTeamName } from '../../../lib/team-names';
import { MarkBadge } from '../MarkBadge';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  number: { width: '48px', color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export const seatsOf = (i: TrainingInvitee) =>
  i.teams.map((s) => `${shortTeamName(s.teamName)} (${TEAM_POSITIONS[s.position]})`).join('; ');

const sourceOf = (i: TrainingInvitee) => (i.sourceName ? `${INVITE_SOURCES[i.source]}: ${shortTeamName(i.sourceName)}` : INVITE_SOURCES[i.source]);

/** The list as it will be printed (Vietnamese name order), with each mark and why each person is on it. */
export function InviteeTable({ invitees, onRemove, busy }: {
  invitees: TrainingInvitee[]; onRemove?: (i: TrainingInvitee) => void; busy?: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!invitees.length) return <Text>{t('trainings.noInvitees')}</Text>;
  return (
    <Table size="small" className={styles.table} aria-label={t('trainings.invitees', { count: invitees.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.number}>{t('trainings.number')}</TableHeaderCell>
          <TableHeaderCell>{t('trainings.fullName')}</TableHeaderCell>
          <TableHeaderCell>{t('trainings.village')}</TableHeaderCell>
          <TableHeaderCell>{t('trainings.seats')}</TableHeaderCell>
          <TableHeaderCell>{t('trainings.source')}</TableHeaderCell>
          <TableHeaderCell>{t('trainings.mark')}</TableHeaderCell>
          <TableHeaderCell>{t('trainings.note')}</TableHeaderCell>
          {onRemove && <TableHeaderCell>{t('team.actions')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitees.map((i, n) => (
          <TableRow key={i.id} data-testid="invitee-row">
            <TableCell className={styles.number}>{n + 1}</TableCell>
            <TableCell>{i.fullName}</TableCell>
            <TableCell>{i.villageName}</TableCell>
            <TableCell>{seatsOf(i) || <span className={styles.muted}>{i.jobTitle}</span>}</TableCell>
            <TableCell>{sourceOf(i)}</TableCell>
            <TableCell><MarkBadge mark={i.mark} unmarkedLabel={t('trainings.unmarked')} /></TableCell>
            <TableCell>{i.mark?.note}</TableCell>
            {onRemove && (
              <TableCell>
                {!i.mark && (
                  <Button size="small" appearance="subtle" disabled={busy} onClick={() => onRemove(i)}>{t('trainings.removeInvitee')}</Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
