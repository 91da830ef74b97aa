import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import { serverFieldErrors, validate, type FieldErrors } from '../../lib/form-errors';
import type { z } from 'zod';

/**
 * The state of one form: values as typed (strings), errors by field. `check` runs the
 * contract's schema before sending; `refused` shows what the back end said.
 */
export function useForm<V extends Record<string, string>>(initial: V) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  // What "unchanged" means: the values the form started from, or was last reset to.
  const [pristine, setPristine] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // The message under a field goes away as soon as the officer corrects it.
    setErrors((e) => {
      if (!(key as string in e)) return e;
      const { [key as string]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  const field = <K extends keyof V & string>(key: K) => ({
    name: key,
    value: values[key],
    onChange: (value: string) => set(key, value as V[K]),
    error: errors[key],
  });

  /** `stripPrefix` names the sub-object the fields live in, e.g. "person" in `people.update`. */
  const check = <S extends z.ZodType>(schema: S, input: unknown, stripPrefix = ''): boolean => {
    const result = validate(schema, input, stripPrefix);
    setErrors(result.ok ? {} : result.errors);
    return result.ok;
  };

  /** Shows the back end's refusal; use `refusedUnder("person")` when the fields sit in a sub-object. */
  const refusedUnder = (stripPrefix: string) => (error: ApiError) => setErrors(serverFieldErrors(error, stripPrefix));
  const refused = refusedUnder('');

  const reset = (next: V) => {
    setValues(next);
    setPristine(next);
    setErrors({});
  };
  const dirty = JSON.stringify(values) !== JSON.stringify(pristine);

  /** The message for the whole form: the server's, or a pointer to the red fields. */
  const formError = errors[''] ?? (Object.keys(errors).length ? t('common.fixErrors') : null);

  return { values, set, field, errors, setErrors, check, refused, refusedUnder, reset, formError, dirty };
}
