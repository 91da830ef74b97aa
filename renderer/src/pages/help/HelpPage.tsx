import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { HELP } from './help-vi';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '860px' },
  keys: { borderCollapse: 'collapse', '& td': { padding: '4px 12px 4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
  kbd: { fontFamily: 'Consolas, "Liberation Mono", monospace', whiteSpace: 'nowrap', fontWeight: 600 },
  others: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
});

/** Hướng dẫn of one screen: #/help/<screen>; F1 anywhere opens the current screen's. */
export function HelpPage() {
  const styles = useStyles();
  const { screen = 'overview' } = useParams();
  const topic = HELP[screen] ?? HELP.overview;
  return (
    <div className={styles.page}>
      <PageHeader title={`Hướng dẫn: ${topic.title}`} subtitle={topic.purpose} />
      <section aria-label="Các bước">
        <Text as="h2" weight="semibold" size={400} block>Các bước</Text>
        <ol>{topic.steps.map((s) => <li key={s}><Text>{s}</Text></li>)}</ol>
      </section>
      <section aria-label="Phím tắt">
        <Text as="h2" weight="semibold" size={400} block>Phím tắt</Text>
        <table className={styles.keys}>
          <tbody>
            {topic.keys.map(([key, what]) => (
              <tr key={key + what}><td className={styles.kbd}>{key}</td><td>{what}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
      <Link href={`#/${screen}`}>← Quay lại màn hình {topic.title}</Link>
      <nav aria-label="Hướng dẫn các màn hình khác" className={styles.others}>
        {Object.entries(HELP).filter(([k]) => k !== screen).map(([k, h]) => <Link key={k} href={`#/help/${k}`}>{h.title}</Link>)}
      </nav>
    </div>
  );
}
