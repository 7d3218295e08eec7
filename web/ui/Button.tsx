import type { ComponentProps } from 'react';
import { cx } from '../lib/cx';
import { Spinner } from './Spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export function buttonClass(
  variant: ButtonVariant = 'primary',
  size: 'md' | 'sm' = 'md',
  className?: string,
): string {
  return cx('btn', `btn--${variant}`, size === 'sm' && 'btn--sm', className);
}

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
  /** Shows a spinner; pair with a disabled fieldset or `disabled` while the work runs. */
  busy?: boolean;
}

/** A button that never submits a form by accident: `type` defaults to "button". */
export function Button({
  type = 'button',
  variant = 'primary',
  size = 'md',
  busy = false,
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClass(variant, size, className)}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy && <Spinner size="sm" decorative />}
      {children}
    </button>
  );
}
