import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ImportRowPreview } from '../../../../shared/api/imports';
import { shownValue } from './import-plan';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', marginTop: '6px', fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 8px', textAlign: 'left', verticalAlign: 'top' },
  differs: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

const MAX_SHOWN = 20;

/**
 * Rows whose CCCD is already in the register under another name, the file's person beside the
 * register's: the officer sees which side is wrong instead of the import linking them silently.
 */
export function CccdConflicts({ rows }: { rows: ImportRowPreview[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const conflicts = rows.filter((r) => r.conflict);
  if (conflicts.length === 0) return null;
  const person = (name: string, birth: string, phone: string | null) => [name, birth, phone].filter(Boolean).join(' · ');
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="cccd-conflicts" style={{ flexShrink: 0 }}>
      <MessageBarBody>
        <MessageBarTitle>{t('imports.conflictsTitle')}</MessageBarTitle>
        {t('imports.conflictsHint')}
        <table className={styles.table}>
          <thead>
            <tr>
              {[t('imports.conflictRow'), t('imports.conflictCccd'), t('imports.conflictFile'), t('imports.conflictRegister')].map((h) => (
                <th key={h} className={styles.cell}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {conflicts.slice(0, MAX_SHOWN).map(({ rowNumber, conflict }) => (
              <tr key={rowNumber}>
                <td className={styles.cell}>{rowNumber}</td>
                <td className={styles.cell}>{conflict!.cccd}</td>
                <td className={`${styles.cell} ${styles.differs}`}>{person(conflict!.file.fullName, shownValue('birth', conflict!.file.birth ?? undefined), conflict!.file.phone)}</td>
                <td className={`${styles.cell} ${styles.differs}`}>{person(conflict!.register.fullName, String(conflict!.register.birthYear ?? ''), conflict!.register.phone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </MessageBarBody>
    </MessageBar>
  );
}
