import type { ComponentPropsWithoutRef } from 'react';
import { controlAria, Field, splitFieldProps, type FieldBaseProps } from './field-parts';

type SelectProps = Omit<ComponentPropsWithoutRef<'select'>, 'id' | 'required'>;

/** A native select: the most accessible picker there is. Options are passed as children. */
export function Select(props: FieldBaseProps & SelectProps) {
  const [field, { children, ...select }] = splitFieldProps(props);
  return (
    <Field {...field}>
      <select id={field.id} className="input select" {...controlAria(field)} {...select}>
        {children}
      </select>
    </Field>
  );
}
