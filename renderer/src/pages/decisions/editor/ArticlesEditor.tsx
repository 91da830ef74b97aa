import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { scoped, type FieldErrors } from '../../../lib/form-errors';
import { FieldGroup } from './FieldGroup';
import { LineListEditor } from './LineListEditor';

export interface ArticleValue {
  label: string;
  paragraphs: string[];
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '12px' },
  article: {
    display: 'flex', flexDirection: 'column', gap: '6px', padding: '8px 10px',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', alignItems: 'flex-end', gap: '8px' },
  label: { width: '120px' },
  add: { alignSelf: 'flex-start' },
});

/** The articles (Điều 1., Điều 2., …): a label printed bold and its paragraphs. */
export function ArticlesEditor({ articles, onChange, errors }: { articles: ArticleValue[]; onChange: (a: ArticleValue[]) => void; errors: FieldErrors }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const set = (i: number, article: ArticleValue) => onChange(articles.map((a, j) => (j === i ? article : a)));
  return (
    <FieldGroup legend={t('decisions.articles')} required error={errors[''] || undefined}>
      <div className={styles.list}>
        {articles.map((article, i) => {
          const own = scoped(errors, String(i));
          const name = article.label || `Điều ${i + 1}.`;
          return (
            <section key={i} className={styles.article} aria-label={name}>
              <div className={styles.head}>
                <Field label={t('decisions.articleLabel')} validationMessage={own['label']} className={styles.label}>
                  <Input value={article.label} onChange={(_, d) => set(i, { ...article, label: d.value })} />
                </Field>
                <Text style={{ flexGrow: 1 }} />
                <Button size="small" appearance="subtle" onClick={() => onChange(articles.filter((_, j) => j !== i))}>
                  {t('decisions.removeArticle')}
                </Button>
              </div>
              <LineListEditor
                label={name}
                lineLabel={(n) => t('decisions.paragraph', { n, label: name })}
                addLabel={t('decisions.addParagraph')}
                lines={article.paragraphs}
                onChange={(paragraphs) => set(i, { ...article, paragraphs })}
                errors={{ ...scoped(own, 'paragraphs'), '': own['paragraphs'] ?? '' }}
                rows={2}
              />
            </section>
          );
        })}
        <Button className={styles.add} size="small" onClick={() => onChange([...articles, { label: `Điều ${articles.length + 1}.`, paragraphs: [''] }])}>
          {t('decisions.addArticle')}
        </Button>
      </div>
    </FieldGroup>
  );
}
