import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_MARKS } from '../../../../../shared/api/trainings';
import type { Feedback } from './use-attendance';

const useStyles = makeStyles({
  line: { minHeight: '20px', color: tokens.colorNeutralForeground2 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** What the last key did, read out by screen readers and easy to glance at. */
export function FeedbackLine({ feedback, noMatch }: { feedback: Feedback | null; noMatch: string | null }) {
  const styles = useStyles();
  const { t } = useTranslation();
  let text = '';
  if (noMatch) text = t('trainings.noMatch', { query: noMatch });
  else if (feedback?.kind === 'marked') text = t('trainings.feedbackMarked', { name: feedback.name, mark: ATTENDANCE_MARKS[feedback.status] });
  else if (feedback?.kind === 'same') text = t('trainings.feedbackSame', { name: feedback.name, mark: ATTENDANCE_MARKS[feedback.status] });
  else if (feedback?.kind === 'undone') {
    text = t('trainings.feedbackUndone', { name: feedback.name, mark: feedback.back ? ATTENDANCE_MARKS[feedback.back] : t('trainings.unmarked') });
  } else if (feedback?.kind === 'nothingToUndo') text = t('trainings.feedbackNothingToUndo');
  else if (feedback?.kind === 'allPresent') text = t('trainings.feedbackAllPresent', { count: feedback.count });
  return (
    <Text className={noMatch ? styles.warn : styles.line} role="status" aria-live="polite" data-testid="attendance-status" block>
      {text}
    </Text>
  );
}
