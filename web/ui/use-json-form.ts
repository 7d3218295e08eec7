import { useState, type ChangeEvent } from 'react';
import { useNavigation, useSubmit } from 'react-router';

/** Where a field's errors link to, and the label they are prefixed with. */
export interface FieldTarget {
  id: string;
  label: string;
}

/** The keys of the values that are typed as text. */
type TextKeys<V> = { [K in keyof V]-?: V[K] extends string ? K : never }[keyof V];

/**
 * A form's values, kept as typed and posted as JSON to the route's action.
 * `bind(key)` gives a text-valued field (TextField, TextArea, Select) its id, label, value, change
 * handler and error.
 */
export function useJsonForm<V extends object, F extends Record<string, FieldTarget>>(
  initial: V,
  fields: F,
  errorOf: (key: string) => string | undefined,
) {
  const submit = useSubmit();
  const navigation = useNavigation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const bind = <K extends TextKeys<V> & keyof F & string>(key: K) => ({
    ...(fields[key] as FieldTarget),
    value: values[key] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(key, event.target.value as V[K]),
    error: errorOf(key),
  });
  const post = () => submit(values as never, { method: 'post', encType: 'application/json' });
  return { values, setValues, set, bind, post, submitting: navigation.state === 'submitting' };
}
