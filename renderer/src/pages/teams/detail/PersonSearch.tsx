import { Field, makeStyles, Radio, RadioGroup, SearchBox, Spinner, Text, tokens } from '@fluentui/react-components';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../../../shared/api';
import { BACKGROUND_ROLES } from '../../../../../shared/domain/vocabulary';
import { useApiQuery } from '../../../api/queries';
import { useDebounced } from '../../../lib/use-debounced';

const useStyles = makeStyles({
  results: { maxHeight: '260px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: '4px', padding: '4px 8px' },
  name: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground3 },
});

function describe(p: PersonRow): string {
  return [p.birthYear, p.phone, p.organisation ?? BACKGROUND_ROLES[p.backgroundRole], p.villageName].filter(Boolean).join(' · ');
}

/**
 * Finds someone already in the register (one person may sit in several teams). The server
 * search ignores diacritics, so "nguyen thi hong" finds "Nguyễn Thị Hồng".
 */
export function PersonSearch(props: { memberIds: Set<string>; selected: string; onSelect: (id: string) => void; error?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim());
  const results = useApiQuery('people.search', { query, limit: 20 }, { enabled: query.length > 0, placeholderData: keepPreviousData });
  const rows = query ? (results.data?.rows ?? []) : [];
  return (
    <>
      <Field label={t('addMember.search')} hint={t('addMember.searchHint')}>
        <SearchBox value={typed} onChange={(_, d) => setTyped(d.value)} autoFocus />
      </Field>
      {query && results.isFetching && !results.data && <Spinner size="tiny" label={t('addMember.searching')} />}
      {query && results.data && (
        <Field label={t('addMember.results')} validationMessage={props.error}>
          {rows.length === 0 ? (
            <Text>{t('addMember.noResults')}</Text>
          ) : (
            <RadioGroup className={styles.results} value={props.selected} onChange={(_, d) => props.onSelect(d.value)}>
              {rows.map((p) => {
                const member = props.memberIds.has(p.id);
                return (
                  <Radio
                    key={p.id}
                    value={p.id}
                    disabled={member}
                    label={
                      <span>
                        <span className={styles.name}>{p.fullName}</span> <span className={styles.detail}>— {describe(p)}{member ? ` (${t('addMember.alreadyMember')})` : ''}</span>
                      </span>
                    }
                  />
                );
              })}
            </RadioGroup>
          )}
        </Field>
      )}
      {!query && props.error && <Text style={{ color: tokens.colorPaletteRedForeground1 }}>{props.error}</Text>}
    </>
  );
}
