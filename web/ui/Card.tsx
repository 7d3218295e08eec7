import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

interface CardProps {
  as?: 'div' | 'article' | 'section' | 'li' | 'aside';
  className?: string;
  children: ReactNode;
  'aria-labelledby'?: string;
}

export function Card({ as: Tag = 'div', className, children, ...rest }: CardProps) {
  return (
    <Tag className={cx('card', className)} {...rest}>
      {children}
    </Tag>
  );
}
