import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SignatureSummary } from '../../../../../shared/api';
import { signatureIntact, signatureVerdict } from '../../../../../shared/signing/verdict';
import { formatDateTime } from '../../../lib/dates';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: '6px', padding: '8px 10px', borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1,
  },
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px' },
  label: { color: tokens.colorNeutralForeground3 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  problems: { margin: 0, paddingLeft: '20px', color: tokens.colorPaletteRedForeground1 },
});

const BADGE = { valid: 'success', untrusted: 'warning', broken: 'danger' } as const;

/**
 * One signature as a chair checks it, with its two verdicts (issue 8 §4): is the file unchanged
 * since signing (integrity), and did a trusted CA issue the certificate (trust). An intact
 * signature by an unknown certificate is never shown as plain "Hợp lệ".
 */
export function SignatureResult({ signature }: { signature: SignatureSummary }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const verdict = signatureVerdict(signature);
  const intact = signatureIntact(signature);
  const trusted = signature.trusted === true;
  const chain = signature.trustChain ?? [];
  const rows: [string, string, string?][] = [
    [t('signing.integrity'), intact ? t('signing.integrityYes') : t('signing.integrityNo'), intact ? styles.good : styles.bad],
    [t('signing.trust'), trusted ? t('signing.trustYes', { anchor: signature.trustAnchor }) : t('signing.trustNo'), trusted ? styles.good : styles.warn],
    [t('signing.revocation'), t('signing.revocationNotChecked'), styles.label],
    [t('decisions.signerName'), signature.signerName ?? '—'],
    [t('decisions.organisation'), signature.signerOrganisation ?? '—'],
    [t('decisions.issuer'), signature.issuerName ?? '—'],
    [t('decisions.signingTime'), formatDateTime(signature.signingTime) || '—'],
  ];
  if (chain.length > 1) rows.push([t('signing.chain'), chain.join(' → ')]);
  const problems = [...signature.problems, ...(signature.trustProblems ?? [])];
  return (
    <div className={styles.root} data-testid="signature-result" data-verdict={verdict}>
      <div>
        <Badge appearance="filled" color={BADGE[verdict]} size="large">
          {verdict === 'valid' ? t('signing.badgeValid') : verdict === 'untrusted' ? t('signing.badgeUntrusted') : t('signing.badgeBroken')}
        </Badge>{' '}
        <Text size={200}>{signature.coversWholeDocument ? t('decisions.coversWhole') : t('decisions.notWhole')}</Text>
      </div>
      <div className={styles.grid}>
        {rows.map(([label, value, className]) => (
          <div key={label} style={{ display: 'contents' }}>
            <Text className={styles.label}>{label}</Text>
            <Text className={className} weight={label === t('decisions.signerName') ? 'semibold' : 'regular'}>{value}</Text>
          </div>
        ))}
      </div>
      {problems.length > 0 && (
        <div>
          <Text className={styles.label}>{t('decisions.problems')}</Text>
          <ul className={styles.problems}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
