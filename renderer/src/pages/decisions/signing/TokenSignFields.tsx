import { Button, Caption1, Card, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, makeStyles, tokens as theme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenList } from '../../../../../shared/api';
import { keyUsageText } from '../../../../../shared/api/token';
import { displayDate } from '../../../../../shared/text/dates';
import { useApi } from '../../../api/context';
import { useApiMutation, useApiQuery } from '../../../api/queries';
import type { FieldErrors } from '../../../lib/form-errors';

/** What the signing dialog sends for a token signing (the PIN stays in dialog state only). */
export interface TokenChoiceState {
  modulePath: string;
  tokenSerial: string | null;
  certificateId: string | null;
  pin: string;
}

const useStyles = makeStyles({
  row: { display: 'flex', gap: theme.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1 },
  // The dialog body scrolls; these blocks keep their height instead of being squeezed.
  keep: { flexShrink: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: theme.spacingHorizontalM, rowGap: theme.spacingVerticalXXS },
});

/** Certificate dates as the office reads them, in Vietnam's time (UTC+7). */
const day = (iso: string) => displayDate(new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10));

/**
 * The "USB token" side of the signing dialog: where this PC's PKCS#11 module is, the tokens it
 * sees (on the server's PC in serve mode, through the contract), the certificate about to be
 * used, and the PIN. Listing needs no PIN; certificates that cannot sign say why.
 */
export function TokenSignFields({ value, onChange, errors }: { value: TokenChoiceState; onChange: (v: TokenChoiceState) => void; errors: FieldErrors }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const api = useApi();
  const setting = useApiQuery('token.getModule', {});
  const saveModule = useApiMutation('token.setModule');
  const [list, setList] = useState<TokenList | null>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!value.modulePath && setting.data?.modulePath) onChange({ ...value, modulePath: setting.data.modulePath });
  }, [setting.data, value, onChange]);

  const read = async () => {
    setReading(true);
    setProblem(null);
    try {
      const result = await api.call('token.list', { modulePath: value.modulePath || undefined });
      setList(result);
      const token = result.tokens.find((x) => x.serialNumber === value.tokenSerial) ?? result.tokens[0];
      const cert = token?.certificates.find((c) => !c.problem) ?? null;
      onChange({ ...value, modulePath: result.modulePath, tokenSerial: token?.serialNumber ?? null, certificateId: cert?.id ?? null });
    } catch (e) {
      setList(null);
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setReading(false);
    }
  };

  const token = list?.tokens.find((x) => x.serialNumber === value.tokenSerial) ?? null;
  const cert = useMemo(() => token?.certificates.find((c) => c.id === value.certificateId) ?? null, [token, value.certificateId]);
  const found = setting.data?.candidates.filter((c) => c.exists) ?? [];

  return (
    <>
      <MessageBar className={styles.keep} intent="info" layout="multiline"><MessageBarBody>{t('token.intro')}</MessageBarBody></MessageBar>
      <div className={`${styles.row} ${styles.keep}`}>
        <Field className={styles.grow} label={t('token.module')} hint={found.length ? t('token.found', { vendor: found.map((c) => c.vendor).join(', ') }) : t('token.moduleHint')} validationMessage={errors['modulePath']}>
          <Input value={value.modulePath} onChange={(_, d) => onChange({ ...value, modulePath: d.value })} list="tcns-token-modules" />
        </Field>
        <datalist id="tcns-token-modules">{setting.data?.candidates.map((c) => <option key={c.path} value={c.path}>{c.vendor}</option>)}</datalist>
        <Button disabled={!value.modulePath || saveModule.isPending} onClick={() => saveModule.mutate({ modulePath: value.modulePath }, { onError: (e) => setProblem(e.message) })}>{t('token.saveModule')}</Button>
        <Button appearance="primary" disabled={reading} onClick={() => void read()}>{reading ? t('token.reading') : t('token.refresh')}</Button>
      </div>
      {problem && <MessageBar className={styles.keep} intent="error" layout="multiline"><MessageBarBody>{problem}</MessageBarBody></MessageBar>}
      {list && list.tokens.length === 0 && <MessageBar intent="warning"><MessageBarBody>{t('token.noTokens')}</MessageBarBody></MessageBar>}
      {list && list.tokens.length > 0 && (
        <>
          <Field label={t('token.token')}>
            <Dropdown value={token ? `${token.label} (${token.manufacturer})` : ''} selectedOptions={value.tokenSerial ? [value.tokenSerial] : []}
              onOptionSelect={(_, d) => {
                const next = list.tokens.find((x) => x.serialNumber === d.optionValue);
                onChange({ ...value, tokenSerial: d.optionValue ?? null, certificateId: next?.certificates.find((c) => !c.problem)?.id ?? null });
              }}>
              {list.tokens.map((x) => <Option key={x.serialNumber} value={x.serialNumber}>{`${x.label} (${x.manufacturer})`}</Option>)}
            </Dropdown>
          </Field>
          {token && (
            <Field label={t('token.certificate')} validationMessage={errors['certificateId']}>
              <Dropdown value={cert ? (cert.commonName ?? cert.subject) : ''} selectedOptions={value.certificateId ? [value.certificateId] : []}
                onOptionSelect={(_, d) => onChange({ ...value, certificateId: d.optionValue ?? null })}>
                {token.certificates.map((c) => <Option key={c.id} value={c.id} text={c.commonName ?? c.subject}>{`${c.commonName ?? c.subject} — ${c.issuerCommonName ?? c.issuer}`}</Option>)}
              </Dropdown>
            </Field>
          )}
          {cert && (
            <Card className={styles.keep} appearance="filled-alternative">
              <div className={styles.facts}>
                <Caption1>{t('token.signer')}</Caption1><strong>{cert.commonName ?? cert.subject}{cert.organisation ? ` — ${cert.organisation}` : ''}</strong>
                <Caption1>{t('token.ca')}</Caption1><span>{cert.issuerCommonName ?? cert.issuer}</span>
                <Caption1>{t('token.validity')}</Caption1><span>{`${day(cert.notBefore)} – ${day(cert.notAfter)}`}</span>
                <Caption1>{t('token.keyUsage')}</Caption1><span>{keyUsageText(cert.keyUsage)}</span>
              </div>
              {cert.problem && <MessageBar intent="error" layout="multiline"><MessageBarBody>{cert.problem}</MessageBarBody></MessageBar>}
            </Card>
          )}
          {token?.pinLocked && <MessageBar intent="error"><MessageBarBody>{t('token.pinLocked')}</MessageBarBody></MessageBar>}
          {token && !token.pinLocked && (token.pinCountLow || token.pinFinalTry) && <MessageBar intent="warning"><MessageBarBody>{t('token.pinLow')}</MessageBarBody></MessageBar>}
        </>
      )}
      <Field label={t('token.pin')} validationMessage={errors['pin']}>
        <Input type="password" value={value.pin} autoComplete="off" onChange={(_, d) => onChange({ ...value, pin: d.value })} />
      </Field>
    </>
  );
}
