import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { memo, useEffect, useRef } from 'react';
import type { TrainingInvitee } from '../../../../../shared/api/trainings';
import { MarkBadge } from '../MarkBadge';
import { seatsOf } from '../session/InviteeTable';

const COLUMNS = '52px minmax(180px, 1.6fr) minmax(110px, 1fr) minmax(140px, 1.4fr) 130px minmax(100px, 1fr)';

const useStyles = makeStyles({
  list: {
    flexGrow: 1, minHeight: '200px', overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: '4px',
  },
  head: {
    display: 'grid', gridTemplateColumns: COLUMNS, gap: '8px', padding: '8px 12px', position: 'sticky', top: 0, zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: 'grid', gridTemplateColumns: COLUMNS, gap: '8px', padding: '0 12px', minHeight: '36px', alignItems: 'center',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, cursor: 'pointer',
  },
  highlighted: {
    backgroundColor: tokens.colorBrandBackground2, boxShadow: `inset 4px 0 0 ${tokens.colorBrandStroke1}`,
  },
  number: { color: tokens.colorNeutralForeground3, textAlign: 'right' },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  muted: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  empty: { padding: '16px 12px' },
});

interface RowProps {
  invitee: TrainingInvitee;
  number: number;
  highlighted: boolean;
  onPick: (id: string) => void;
  t: TFunction;
}

/** One row; it renders again only when its own invitee or highlight changes. */
const Row = memo(function Row({ invitee, number, highlighted, onPick, t }: RowProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);
  const where = invitee.personId ? seatsOf(invitee) || invitee.jobTitle : t('trainings.walkIn');
  return (
    <div
      ref={ref}
      id={`invitee-${invitee.id}`}
      role="option"
      aria-selected={highlighted}
      data-testid="attendance-row"
      className={mergeClasses(styles.row, highlighted && styles.highlighted)}
      // The search box keeps the focus: a click only moves the highlight.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onPick(invitee.id)}
    >
      <span className={styles.number}>{number}</span>
      <span className={styles.name}>{invitee.fullName}</span>
      <span className={styles.muted}>{invitee.villageName}</span>
      <span className={styles.muted} title={where ?? undefined}>{where}</span>
      <span><MarkBadge mark={invitee.mark} unmarkedLabel={t('trainings.unmarked')} /></span>
      <span className={styles.muted} title={invitee.mark?.note ?? undefined}>{invitee.mark?.note}</span>
    </div>
  );
});

interface Props {
  id: string;
  label: string;
  shown: TrainingInvitee[];
  numbers: Map<string, number>;
  highlightId: string | null;
  onPick: (id: string) => void;
  emptyText: string;
  t: TFunction;
}

/**
 * A plain list, not a grid: a few hundred light rows render in a few milliseconds, and only the
 * marked row and the highlight change per key press.
 */
export function AttendanceList({ id, label, shown, numbers, highlightId, onPick, emptyText, t }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      <div className={styles.head} aria-hidden>
        <span className={styles.number}>{t('trainings.number')}</span>
        <span>{t('trainings.fullName')}</span>
        <span>{t('trainings.village')}</span>
        <span>{t('trainings.seats')}</span>
        <span>{t('trainings.mark')}</span>
        <span>{t('trainings.note')}</span>
      </div>
      <div id={id} role="listbox" aria-label={label}>
        {shown.map((i) => (
          <Row key={i.id} invitee={i} number={numbers.get(i.id) ?? 0} highlighted={i.id === highlightId} onPick={onPick} t={t} />
        ))}
      </div>
      {shown.length === 0 && <Text className={styles.empty} block>{emptyText}</Text>}
    </div>
  );
}
