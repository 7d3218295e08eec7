import type { ComponentPropsWithoutRef } from 'react';
import { controlAria, Field, splitFieldProps, type FieldBaseProps } from './field-parts';

type TextAreaProps = Omit<ComponentPropsWithoutRef<'textarea'>, 'id' | 'required'>;

export function TextArea(props: FieldBaseProps & TextAreaProps) {
  const [field, { rows = 5, ...textarea }] = splitFieldProps(props);
  return (
    <Field {...field}>
      <textarea
        id={field.id}
        rows={rows}
        className="input input--multiline"
        {...controlAria(field)}
        {...textarea}
      />
    </Field>
  );
}
