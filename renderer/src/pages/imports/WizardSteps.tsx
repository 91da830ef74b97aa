import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export const STEPS = ['file', 'mapping', 'preview', 'done'] as const;
export type Step = (typeof STEPS)[number];

const useStyles = makeStyles({
  list: { display: 'flex', gap: '8px', listStyle: 'none', margin: 0, padding: 0, flexWrap: 'wrap' },
  item: {
    display: 'flex', alignItems: 'center', gap: '8px', padding: '4px 12px 4px 4px', borderRadius: '16px',
    color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground1,
  },
  number: {
    display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: '24px', height: '24px',
    borderRadius: '50%', border: `1px solid ${tokens.colorNeutralStroke1}`, fontWeight: 600,
  },
  current: { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackground, fontWeight: 600 },
  currentNumber: { border: `1px solid ${tokens.colorNeutralForegroundOnBrand}` },
  passed: { color: tokens.colorNeutralForeground1 },
});

/** Where the officer is in the import: 1 Chọn tệp → 2 Ghép cột → 3 Xem trước → 4 Kết quả. */
export function WizardSteps({ current }: { current: Step }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const at = STEPS.indexOf(current);
  return (
    <ol className={styles.list} aria-label={t('imports.stepsLabel')}>
      {STEPS.map((step, i) => (
        <li
          key={step}
          className={mergeClasses(styles.item, i < at && styles.passed, i === at && styles.current)}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className={mergeClasses(styles.number, i === at && styles.currentNumber)}>{i + 1}</span>
          {t(`imports.steps.${step}`)}
        </li>
      ))}
    </ol>
  );
}
