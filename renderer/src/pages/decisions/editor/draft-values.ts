import type { Commune, DecisionDetail, OperationInput } from '../../../../../shared/api';
import type { Choice } from '../../../components/form/fields';
import type { ArticleValue } from './ArticlesEditor';

/** The editable texts of a draft, as the officer types them. */
export interface DraftValues {
  authority: DecisionDetail['authority'];
  /** "chair|Nguyễn Văn Ánh" or "vice_chair|Trần Thị Bích": capacity and name chosen together. */
  signer: string;
  title: string;
  canCu: string[];
  deNghi: string;
  articles: ArticleValue[];
  recipients: string[];
}

const SEP = '|';

export function valuesOf(d: DecisionDetail): DraftValues {
  return {
    authority: d.authority,
    signer: `${d.signerCapacity}${SEP}${d.signerName}`,
    title: d.title,
    canCu: [...d.canCu],
    deNghi: d.deNghi,
    articles: d.articles.map((a) => ({ label: a.label, paragraphs: [...a.paragraphs] })),
    recipients: [...d.recipients],
  };
}

/** What `decisions.updateDraft` receives; number and date stay as they are until issuing. */
export function updateInput(d: DecisionDetail, v: DraftValues): OperationInput<'decisions.updateDraft'> {
  const [capacity, ...name] = v.signer.split(SEP);
  return {
    id: d.id,
    version: d.version,
    authority: v.authority,
    signerCapacity: capacity === 'vice_chair' ? 'vice_chair' : 'chair',
    signerName: name.join(SEP),
    title: v.title,
    canCu: v.canCu,
    deNghi: v.deNghi,
    articles: v.articles,
    recipients: v.recipients,
    number: d.number,
    date: d.date,
  };
}

/** The chair and each vice chair ("KT. CHỦ TỊCH"); a signer no longer in office stays choosable. */
export function signerChoices(
  commune: Commune | null | undefined,
  current: string,
  label: { chair: (name: string) => string; vice: (name: string) => string },
): Choice[] {
  const choices: Choice[] = [];
  if (commune) {
    choices.push({ value: `chair${SEP}${commune.chairName}`, label: label.chair(commune.chairName) });
    for (const name of commune.viceChairs) choices.push({ value: `vice_chair${SEP}${name}`, label: label.vice(name) });
  }
  if (!choices.some((c) => c.value === current)) {
    const [capacity, ...name] = current.split(SEP);
    choices.unshift({ value: current, label: (capacity === 'vice_chair' ? label.vice : label.chair)(name.join(SEP)) });
  }
  return choices;
}
