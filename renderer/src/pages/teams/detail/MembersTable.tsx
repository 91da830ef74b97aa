import {
  Badge, Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../../../../shared/api';
import { BACKGROUND_ROLES, TEAM_POSITIONS } from '../../../../../shared/domain/vocabulary';
import { compareVietnameseNames } from '../../../../../shared/text/vietnamese';
import { formatDate } from '../../../lib/dates';

const POSITION_ORDER = { to_truong: 0, to_pho: 1, thanh_vien: 2 } as const;
const POSITION_COLOR = { to_truong: 'brand', to_pho: 'informative', thanh_vien: 'subtle' } as const;

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  table: { tableLayout: 'auto' },
});

/** Tổ trưởng first, then Tổ phó, then members; within a position, Vietnamese name order. */
export function byPosition(a: Membership, b: Membership): number {
  return POSITION_ORDER[a.position] - POSITION_ORDER[b.position] || compareVietnameseNames(a.fullName, b.fullName);
}

function workOf(m: Membership): string {
  return [m.jobTitle, m.organisation].filter(Boolean).join(', ');
}

interface Props {
  members: Membership[];
  past?: boolean;
  onChangePosition?: (m: Membership) => void;
  onEnd?: (m: Membership) => void;
}

/** Current members with their actions, or past members with when and why they left. */
export function MembersTable({ members, past, onChangePosition, onEnd }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!members.length) return <Text>{t('team.noMembers')}</Text>;
  const sorted = [...members].sort(past ? (a, b) => (b.endDate ?? '').localeCompare(a.endDate ?? '') : byPosition);
  return (
    <Table size="small" className={styles.table} aria-label={past ? t('team.pastMembers', { count: members.length }) : t('team.currentMembers', { count: members.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('team.fullName')}</TableHeaderCell>
          <TableHeaderCell>{t('team.position')}</TableHeaderCell>
          <TableHeaderCell>{t('team.role')}</TableHeaderCell>
          <TableHeaderCell>{t('team.organisation')}</TableHeaderCell>
          <TableHeaderCell>{t('team.phone')}</TableHeaderCell>
          <TableHeaderCell>{t('team.startDate')}</TableHeaderCell>
          {past ? <TableHeaderCell>{t('team.endDate')}</TableHeaderCell> : <TableHeaderCell>{t('team.actions')}</TableHeaderCell>}
          {past && <TableHeaderCell>{t('team.endReason')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((m) => (
          <TableRow key={m.id} data-testid="member-row">
            <TableCell>{m.fullName}</TableCell>
            <TableCell>
              <Badge appearance={m.position === 'to_truong' ? 'filled' : 'tint'} color={POSITION_COLOR[m.position]}>
                {TEAM_POSITIONS[m.position]}
              </Badge>
            </TableCell>
            <TableCell>{BACKGROUND_ROLES[m.backgroundRole]}</TableCell>
            <TableCell>{workOf(m)}</TableCell>
            <TableCell>{m.phone}</TableCell>
            <TableCell>{formatDate(m.startDate)}</TableCell>
            {past ? (
              <>
                <TableCell>{formatDate(m.endDate)}</TableCell>
                <TableCell>{m.endReason}</TableCell>
              </>
            ) : (
              <TableCell>
                <div className={styles.actions}>
                  <Button size="small" onClick={() => onChangePosition?.(m)}>{t('team.changePosition')}</Button>
                  <Button size="small" appearance="subtle" onClick={() => onEnd?.(m)}>{t('team.endMembership')}</Button>
                </div>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
