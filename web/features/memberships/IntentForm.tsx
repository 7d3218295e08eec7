import type { ReactNode } from 'react';
import { useFetcher } from 'react-router';
import { useErrorText } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { isIntentResult } from './action-result';

interface IntentFormProps {
  /** Hidden fields sent with the intent (ids of the member concerned). */
  fields: Record<string, string>;
  children: (state: { busy: boolean }) => ReactNode;
  className?: string;
  /** Error texts for codes whose server message would not make sense here. */
  errorOverrides?: Partial<Record<string, string>>;
}

/**
 * One row's action (approve, remove…) posted to the page's action with its own fetcher, so each
 * row shows its own progress and error while the rest of the page stays usable.
 */
export function IntentForm({ fields, children, className, errorOverrides }: IntentFormProps) {
  const errors = useErrorText();
  const fetcher = useFetcher<unknown>();
  const result = isIntentResult(fetcher.data) ? fetcher.data : undefined;
  return (
    <fetcher.Form method="post" className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children({ busy: fetcher.state !== 'idle' })}
      {result && !result.ok && (
        <Alert tone="error" className="alert--inline">
          {errors.describe(result.error, errorOverrides)}
        </Alert>
      )}
    </fetcher.Form>
  );
}
