import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'gold' | 'silver' | 'bronze';

/** A short label. Tone is decoration only: the text must carry the meaning on its own. */
export function Badge({
  tone = 'neutral',
  children,
  className,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return <span className={cx('badge', `badge--${tone}`, className)}>{children}</span>;
}
