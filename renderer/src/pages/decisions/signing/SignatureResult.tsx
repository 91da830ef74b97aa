import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SignatureSummary } from '../../../../../shared/api';
import { formatDateTime } from '../../../lib/dates';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: '6px', padding: '8px 10px', borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1,
  },
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px' },
  label: { color: tokens.colorNeutralForeground3 },
  problems: { margin: 0, paddingLeft: '20px', color: tokens.colorPaletteRedForeground1 },
});

/** One signature as a chair checks it: valid or not, who signed, for which body, by whose certificate, when. */
export function SignatureResult({ signature }: { signature: SignatureSummary }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const good = signature.valid && signature.coversWholeDocument;
  const rows: [string, string][] = [
    [t('decisions.signerName'), signature.signerName ?? '—'],
    [t('decisions.organisation'), signature.signerOrganisation ?? '—'],
    [t('decisions.issuer'), signature.issuerName ?? '—'],
    [t('decisions.signingTime'), formatDateTime(signature.signingTime) || '—'],
  ];
  return (
    <div className={styles.root} data-testid="signature-result">
      <div>
        <Badge appearance="filled" color={good ? 'success' : 'danger'} size="large">
          {good ? t('decisions.valid') : t('decisions.invalid')}
        </Badge>{' '}
        <Text size={200}>{signature.coversWholeDocument ? t('decisions.coversWhole') : t('decisions.notWhole')}</Text>
      </div>
      <div className={styles.grid}>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <Text className={styles.label}>{label}</Text>
            <Text weight={label === t('decisions.signerName') ? 'semibold' : 'regular'}>{value}</Text>
          </div>
        ))}
      </div>
      {signature.problems.length > 0 && (
        <div>
          <Text className={styles.label}>{t('decisions.problems')}</Text>
          <ul className={styles.problems}>{signature.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
