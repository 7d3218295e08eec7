import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { IntentForm } from './IntentForm';

type Overrides = Partial<Record<string, string>>;

/** Approve and decline buttons for one pending request, each naming who it concerns for screen readers. */
export function RequestActions({
  overrides,
  fields,
  approve,
  decline,
  who,
}: {
  overrides: Overrides;
  fields: Record<string, string>;
  /** The intents the two buttons post. */
  approve: string;
  decline: string;
  who: string;
}) {
  const { t } = useTranslation();
  return (
    <IntentForm errorOverrides={overrides} fields={fields} className="request__actions">
      {({ busy }) => (
        <>
          <Button type="submit" name="intent" value={approve} size="sm" busy={busy} disabled={busy}>
            {t('memberships.manage.approve')}
            <span className="visually-hidden"> {who}</span>
          </Button>
          <Button type="submit" name="intent" value={decline} variant="secondary" size="sm" disabled={busy}>
            {t('memberships.manage.decline')}
            <span className="visually-hidden"> {who}</span>
          </Button>
        </>
      )}
    </IntentForm>
  );
}

/** A remove button that asks for confirmation before posting its intent. */
export function RemoveForm({
  overrides,
  fields,
  intent,
  question,
  who,
  children,
}: {
  overrides: Overrides;
  fields: Record<string, string>;
  intent: string;
  question: string;
  who: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <IntentForm errorOverrides={overrides} fields={fields}>
      {({ busy }) => (
        <ConfirmButton
          name="intent"
          value={intent}
          question={question}
          confirmLabel={t('memberships.manage.removeConfirm')}
          cancelLabel={t('ui.cancel')}
          disabled={busy}
        >
          {children}
          <span className="visually-hidden"> {who}</span>
        </ConfirmButton>
      )}
    </IntentForm>
  );
}

/** A table of members: a hidden caption, the given column headings and a last, unlabelled actions column. */
export function MembersTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={`${i}-${column}`} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('memberships.manage.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
