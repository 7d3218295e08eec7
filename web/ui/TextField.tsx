import type { ComponentPropsWithoutRef } from 'react';
import { controlAria, Field, splitFieldProps, type FieldBaseProps } from './field-parts';

type InputProps = Omit<ComponentPropsWithoutRef<'input'>, 'id' | 'required'>;

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField(props: FieldBaseProps & InputProps) {
  const [field, input] = splitFieldProps(props);
  return (
    <Field {...field}>
      <input id={field.id} className="input" {...controlAria(field)} {...input} />
    </Field>
  );
}
