import { makeStyles, NavDrawer, NavDrawerBody, NavDrawerHeader, NavItem, Text, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Commune } from '../../../shared/api';
import { COMMUNE_KINDS } from '../../../shared/domain/vocabulary';

const useStyles = makeStyles({
  root: { display: 'flex', height: '100vh', overflow: 'hidden', backgroundColor: tokens.colorNeutralBackground2 },
  nav: { flexShrink: 0, width: '220px' },
  brand: { display: 'flex', flexDirection: 'column', gap: '2px', padding: '12px 4px 8px' },
  main: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', overflow: 'auto', padding: '20px 24px' },
});

// daily: Tổng quan is the first screen.
const SECTIONS = ['overview', 'commune', 'villages', 'teams', 'people', 'decisions', 'imports', 'trainings', 'reports', 'consolidation', 'backups', 'support'] as const;

/** F1 opens the Hướng dẫn of the screen in view (#/help/<screen>), as in Windows programs. */
function useHelpKey(pathname: string) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1') return;
      e.preventDefault();
      const screen = pathname.startsWith('/help/') ? pathname.slice(6) : (pathname.split('/')[1] || 'overview');
      navigate(`/help/${screen}`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pathname, navigate]);
}

/** The frame of every screen: the commune's name and the left navigation. */
export function AppShell({ commune, children }: { commune: Commune | null; children: ReactNode }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = SECTIONS.find((s) => pathname.startsWith(`/${s}`)) ?? 'overview';
  useHelpKey(pathname); // daily: F1 opens the screen's Hướng dẫn
  return (
    <div className={`${styles.root} tcns-shell`}>
      <NavDrawer open type="inline" selectedValue={pathname.startsWith("/help") ? "help" : current} className={styles.nav} aria-label={t('nav.label')}>
        <NavDrawerHeader>
          <div className={styles.brand}>
            <Text weight="semibold" size={400}>{t('app.title')}</Text>
            {commune && (
              <Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
                UBND {COMMUNE_KINDS[commune.kind].toLowerCase()} {commune.name} – {commune.province}
              </Text>
            )}
          </div>
        </NavDrawerHeader>
        <NavDrawerBody>
          {SECTIONS.map((s) => (
            <NavItem key={s} value={s} href={`#/${s}`} disabled={!commune && s !== 'commune' && s !== 'support'}>
              {t(`nav.${s}`)}
            </NavItem>
          ))}
          {/* daily */}
          <NavItem value="help" href={`#/help/${current}`}>{t('nav.help')}</NavItem>
        </NavDrawerBody>
      </NavDrawer>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
