import { Badge, Button, Link, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DECISION_STANDINGS, type DecisionRef, type DecisionRow, type DecisionStanding } from '../../../../../shared/api/decisions';
import { AMENDING_KINDS, DECISION_KINDS, type AmendingKind } from '../../../../../shared/decisions/content';
import { useApiMutation } from '../../../api/queries';
import { formatDate } from '../../../lib/dates';

const COLOR: Record<DecisionStanding, 'success' | 'warning' | 'subtle' | 'danger'> = {
  in_force: 'success', partly_replaced: 'warning', replaced: 'subtle', withdrawn: 'danger',
};

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

export function StandingBadge({ standing }: { standing: DecisionStanding | null }) {
  return standing ? <Badge appearance="tint" color={COLOR[standing]}>{DECISION_STANDINGS[standing]}</Badge> : null;
}

const refLink = (r: DecisionRef) => <Link href={`#/decisions/${r.id}`}>{r.numberText}</Link>;

/** "thay thế bởi QĐ 06/QĐ-UBND ngày 20/11/2026" or "còn hiệu lực", for one team's part. */
export function PartStatus({ part }: { part: DecisionRow['teams'][number] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!part.replacedBy) return <Text size={200} className={styles.muted}>{t('legal.partInForce')}</Text>;
  const [before, after] = t('legal.partReplaced', { number: '\u0000', date: formatDate(part.replacedBy.date) }).split('\u0000');
  return <Text size={200}>{before}{refLink(part.replacedBy)}{after}</Text>;
}

/** The acts that refer to this decision, and the one it refers to. */
export function AmendmentLinks({ decision }: { decision: DecisionRow }) {
  const { t } = useTranslation();
  // "Đính chính Quyết định số 05/QĐ-UBND …" (this act) / "Đã có quyết định đính chính số 06/QĐ-UBND …" (later acts).
  const line = (key: 'legal.amendedBy' | 'legal.amends', kind: string, r: DecisionRef) => {
    const [before, after] = t(key, { kind, number: '\u0000', date: formatDate(r.date) }).split('\u0000');
    return <div key={r.id}>{before}{refLink(r)}{after}</div>;
  };
  return (
    <>
      {decision.amends && line('legal.amends', DECISION_KINDS[decision.kind], decision.amends)}
      {decision.amendedBy.map((r) => line('legal.amendedBy', DECISION_KINDS[r.kind].toLowerCase(), r))}
    </>
  );
}

/** Đính chính / thu hồi / bãi bỏ: the only way to change an issued decision (a new decision). */
export function AmendMenu({ decision, onError }: { decision: DecisionRow; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useApiMutation('decisions.createAmendment');
  const start = (kind: AmendingKind) =>
    create.mutate({ kind, amendsId: decision.id }, { onSuccess: (d) => navigate(`/decisions/${d.id}`), onError: (e) => onError(e.message) });
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button title={t('legal.amendHint')} disabled={create.isPending}>{t('legal.amend')}</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {(Object.keys(AMENDING_KINDS) as AmendingKind[]).map((k) => (
            <MenuItem key={k} onClick={() => start(k)}>{`${AMENDING_KINDS[k]} quyết định này`}</MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
