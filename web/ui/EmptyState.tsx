import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** Heading level that fits the surrounding outline. */
  level?: 2 | 3;
  /** Lets a page move focus to the heading (it is then focusable by script only). */
  headingId?: string;
}

export function EmptyState({ title, children, action, level = 2, headingId }: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <Heading className="empty-state__title" id={headingId} tabIndex={headingId ? -1 : undefined}>
        {title}
      </Heading>
      {children && <div className="empty-state__body">{children}</div>}
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
