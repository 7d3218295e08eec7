import type { ReactNode, Ref } from 'react';
import { cx } from '../lib/cx';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  ref?: Ref<HTMLDivElement>;
  /** Makes the alert focusable so a page can move focus to it after a failed submission. */
  focusable?: boolean;
}

const ICON: Record<AlertTone, string> = { info: 'ℹ', success: '✓', warning: '!', error: '✕' };

/**
 * A message announced by screen readers when it appears: errors interrupt (role="alert"),
 * everything else waits politely (role="status").
 */
export function Alert({ tone = 'info', title, children, className, ref, focusable = false }: AlertProps) {
  return (
    <div
      ref={ref}
      role={tone === 'error' ? 'alert' : 'status'}
      className={cx('alert', `alert--${tone}`, className)}
      tabIndex={focusable ? -1 : undefined}
    >
      <span className="alert__icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        {children}
      </div>
    </div>
  );
}
