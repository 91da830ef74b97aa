import { Checkbox, Field, makeStyles, SearchBox, Spinner, Text, tokens } from '@fluentui/react-components';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../../../shared/api';
import { BACKGROUND_ROLES } from '../../../../../shared/domain/vocabulary';
import { useApiQuery } from '../../../api/queries';
import { formatCount } from '../../../lib/numbers';
import { useDebounced } from '../../../lib/use-debounced';

const useStyles = makeStyles({
  results: { maxHeight: '250px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: '4px', padding: '2px 4px', display: 'flex', flexDirection: 'column' },
  name: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground3 },
  chosen: { color: tokens.colorNeutralForeground2 },
  list: { display: 'flex', flexDirection: 'column', gap: '4px' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

function describe(p: PersonRow): string {
  return [p.birthYear, p.phone, p.organisation ?? BACKGROUND_ROLES[p.backgroundRole], p.villageName].filter(Boolean).join(' · ');
}

export type Chosen = Map<string, string>; // person id → name

/**
 * Picks several people already in the register. With nothing typed it lists the residents of
 * the team's own village (the usual candidates), so forming a team is a few ticks; typing
 * searches the whole register (diacritics optional). Ticks survive a new search.
 */
export function PeoplePicker(props: { villageId: string | null; memberIds: Set<string>; chosen: Chosen; onChange: (c: Chosen) => void; error?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim());
  const found = useApiQuery('people.search', { query, limit: 30 }, { enabled: query.length > 0, placeholderData: keepPreviousData });
  const residents = useApiQuery(
    'people.list',
    { filter: { villageId: props.villageId ?? undefined }, limit: 50 },
    { enabled: !query && props.villageId !== null },
  );
  const source = query ? found : residents;
  const rows = (query || props.villageId) ? (source.data?.rows ?? []) : [];
  // The list holds the first 30 matches (50 residents): when there are more, say how many and
  // how to narrow, or the person sought seems absent from the register.
  const total = source.data?.total ?? 0;
  const more = rows.length > 0 && (total > rows.length || (query !== '' && found.data?.more))
    ? t(query ? (found.data?.more ? 'addMemberMany.moreMatchesMany' : 'addMemberMany.moreMatches') : 'addMemberMany.moreResidents',
      { shown: formatCount(rows.length), total: formatCount(total) })
    : null;
  const toggle = (p: PersonRow, on: boolean) => {
    const next = new Map(props.chosen);
    if (on) next.set(p.id, p.fullName);
    else next.delete(p.id);
    props.onChange(next);
  };
  return (
    <>
      <Field label={t('addMember.search')} hint={t('addMember.searchHint')}>
        <SearchBox value={typed} onChange={(_, d) => setTyped(d.value)} data-initial-focus />
      </Field>
      {source.isFetching && !source.data && <Spinner size="tiny" label={t('addMember.searching')} />}
      {/* Not a Fluent Field: a Field hands its id and label to every checkbox inside it. */}
      <div className={styles.list}>
        <Text id="people-picker-label" weight="semibold">{query ? t('addMember.results') : t('addMemberMany.villageResidents')}</Text>
        {rows.length === 0 ? (
          <Text>{query ? t('addMember.noResults') : t('addMemberMany.typeToSearch')}</Text>
        ) : (
          <div className={styles.results} role="group" aria-labelledby="people-picker-label">
            {rows.map((p) => {
              const member = props.memberIds.has(p.id);
              return (
                <Checkbox
                  key={p.id}
                  disabled={member}
                  checked={props.chosen.has(p.id)}
                  onChange={(_, d) => toggle(p, !!d.checked)}
                  label={
                    <span>
                      <span className={styles.name}>{p.fullName}</span>{' '}
                      <span className={styles.detail}>— {describe(p)}{member ? ` (${t('addMember.alreadyMember')})` : ''}</span>
                    </span>
                  }
                />
              );
            })}
          </div>
        )}
        {more && <Text size={200} data-testid="people-picker-more">{more}</Text>}
        {props.error && <Text role="alert" className={styles.error}>{props.error}</Text>}
      </div>
      {props.chosen.size > 0 && (
        <Text className={styles.chosen} data-testid="chosen-people">
          {t('addMemberMany.chosen', { count: props.chosen.size, names: [...props.chosen.values()].join(', ') })}
        </Text>
      )}
    </>
  );
}
