import { useEffect, useRef } from 'react';
import { Alert } from './Alert';

export interface ErrorSummaryItem {
  /** The id of the field in error; the item then links to it. */
  fieldId?: string | undefined;
  text: string;
}

interface ErrorSummaryProps {
  title: string;
  items: ErrorSummaryItem[];
  /** Changes on every submission so focus returns to the summary even if the errors are the same. */
  submissionKey?: unknown;
}

/**
 * Lists a form's errors at its top and takes focus when they appear, so keyboard and screen reader
 * users learn at once what went wrong; each error links to its field.
 */
export function ErrorSummary({ title, items, submissionKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [submissionKey]);
  return (
    <Alert ref={ref} tone="error" title={title} focusable className="error-summary">
      {items.length > 0 && (
        <ul>
          {items.map((item, i) => (
            <li key={`${item.fieldId ?? ''}-${i}`}>
              {item.fieldId ? (
                <a
                  href={`#${item.fieldId}`}
                  onClick={(event) => {
                    // Hash links would change the route; focus the field directly instead.
                    event.preventDefault();
                    const field = document.getElementById(item.fieldId ?? '');
                    field?.focus();
                    field?.scrollIntoView({ block: 'center' });
                  }}
                >
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
