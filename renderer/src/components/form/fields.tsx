import { Field, Input, Select, type InputProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/**
 * Text, date and choice fields that show the contract's Vietnamese message under the box.
 * Values are kept as typed (strings); the form turns them into the contract's input.
 */
interface BaseProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  name?: string;
}

export function TextField(props: BaseProps & { inputMode?: InputProps['inputMode']; placeholder?: string; autoFocus?: boolean; type?: 'text' | 'url' | 'tel' }) {
  return (
    <Field label={props.label} required={props.required} validationMessage={props.error} hint={props.hint}>
      <Input
        name={props.name}
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
        inputMode={props.inputMode}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        type={props.type ?? 'text'}
        autoComplete="off"
      />
    </Field>
  );
}

/** dd/mm/yyyy as the officer types it; the form converts it to ISO for the contract. */
export function DateField(props: BaseProps) {
  const { t } = useTranslation();
  return <TextField {...props} placeholder={t('common.datePlaceholder')} inputMode="numeric" />;
}

export interface Choice {
  value: string;
  label: string;
}

/** A native select: fast with the keyboard (type the first letters) and in every browser. */
export function ChoiceField(props: BaseProps & { choices: Choice[]; emptyLabel?: string }) {
  return (
    <Field label={props.label} required={props.required} validationMessage={props.error} hint={props.hint}>
      <Select name={props.name} value={props.value} onChange={(_, d) => props.onChange(d.value)}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </Select>
    </Field>
  );
}

/** A vocabulary from shared/domain/vocabulary.ts as choices, in its declared order. */
export const choicesOf = (vocabulary: Record<string, string>): Choice[] =>
  Object.entries(vocabulary).map(([value, label]) => ({ value, label }));
