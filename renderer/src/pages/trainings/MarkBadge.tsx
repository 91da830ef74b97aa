import { Badge } from '@fluentui/react-components';
import { memo } from 'react';
import { ATTENDANCE_MARKS, type AttendanceMark } from '../../../../shared/api/trainings';

const MARK_COLOR = { present: 'success', late: 'warning', excused: 'informative', absent: 'danger' } as const;

/** An invitee's mark as a coloured badge; unmarked shows a quiet dash. */
export const MarkBadge = memo(function MarkBadge({ mark, unmarkedLabel }: { mark: AttendanceMark | null; unmarkedLabel: string }) {
  if (!mark) return <Badge appearance="tint" color="subtle">{unmarkedLabel}</Badge>;
  return <Badge appearance={mark.status === 'present' ? 'filled' : 'tint'} color={MARK_COLOR[mark.status]}>{ATTENDANCE_MARKS[mark.status]}</Badge>;
});
