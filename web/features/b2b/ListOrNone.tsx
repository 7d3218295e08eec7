import type { ReactNode } from 'react';

/** A B2B list (or grid of cards), or the sentence that says it is empty. */
export function ListOrNone<T>({
  items,
  none,
  className = 'b2b-list',
  children,
}: {
  items: readonly T[];
  none: string;
  className?: 'b2b-list' | 'b2b-grid';
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="muted">{none}</p>;
  return <ul className={className}>{items.map((item) => children(item))}</ul>;
}
