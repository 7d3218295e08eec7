import { useTranslation } from 'react-i18next';
import type { OrganisationMember } from '../../../contracts/memberships';
import { formatDate } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { IntentForm } from './IntentForm';
import { MembersTable, RemoveForm, RequestActions } from './member-parts';

interface MembersManagerProps {
  members: OrganisationMember[];
  currentUserId: string;
}

function RoleForm({ member, overrides }: { member: OrganisationMember; overrides: Record<string, string> }) {
  const { t } = useTranslation();
  const selectId = `role-${member.userId}`;
  return (
    <IntentForm
      errorOverrides={overrides}
      fields={{ intent: 'role', userId: member.userId }}
      className="role-form"
    >
      {({ busy }) => (
        <>
          <label htmlFor={selectId} className="visually-hidden">
            {t('memberships.manage.roleFor', { name: member.displayName })}
          </label>
          <select
            id={selectId}
            name="role"
            defaultValue={member.role}
            className="input select input--sm"
            disabled={busy}
          >
            <option value="member">{t('memberships.role.member')}</option>
            <option value="admin">{t('memberships.role.admin')}</option>
          </select>
          <Button type="submit" variant="secondary" size="sm" busy={busy} disabled={busy}>
            {t('memberships.manage.changeRole')}
          </Button>
        </>
      )}
    </IntentForm>
  );
}

/** The organisation's people: requests to approve or decline, members' roles, removal. */
export function MembersManager({ members, currentUserId }: MembersManagerProps) {
  const { t, i18n } = useTranslation();
  const overrides = { UNPROCESSABLE: t('memberships.lastAdmin') };
  const pending = members.filter((m) => m.status === 'pending');
  const active = members.filter((m) => m.status === 'active');
  const declined = members.filter((m) => m.status === 'rejected');

  return (
    <div className="stack-lg">
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t('memberships.manage.requests', { n: pending.length })}</h2>
        {pending.length === 0 ? (
          <p className="muted">{t('memberships.manage.noRequests')}</p>
        ) : (
          <ul className="request-list">
            {pending.map((m) => (
              <li key={m.userId} className="request">
                <div className="request__who">
                  <strong>{m.displayName}</strong> <span className="muted">{m.email}</span>
                  <p className="muted">
                    {t('memberships.manage.askedOn', { date: formatDate(m.createdAt, i18n.language) })}
                  </p>
                  {m.message && (
                    <blockquote className="request__message">
                      <span className="visually-hidden">
                        {t('memberships.manage.messageFrom', { name: m.displayName })}{' '}
                      </span>
                      {m.message}
                    </blockquote>
                  )}
                </div>
                <RequestActions
                  overrides={overrides}
                  fields={{ userId: m.userId }}
                  approve="approve"
                  decline="decline"
                  who={m.displayName}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('memberships.manage.members', { n: active.length })}</h2>
        {active.length === 0 ? (
          <EmptyState title={t('memberships.manage.noMembers')} level={3} />
        ) : (
          <MembersTable
            caption={t('memberships.manage.membersCaption')}
            columns={[t('memberships.manage.name'), t('auth.fields.email'), t('memberships.manage.role')]}
          >
            {active.map((m) => (
              <tr key={m.userId}>
                <th scope="row">
                  {m.displayName}{' '}
                  {m.userId === currentUserId && <Badge tone="info">{t('memberships.manage.you')}</Badge>}
                </th>
                <td>{m.email}</td>
                <td>
                  <RoleForm member={m} overrides={overrides} />
                </td>
                <td>
                  <RemoveForm
                    overrides={overrides}
                    fields={{ userId: m.userId }}
                    intent="remove"
                    question={t('memberships.manage.removeQuestion', { name: m.displayName })}
                    who={m.displayName}
                  >
                    {m.userId === currentUserId
                      ? t('memberships.leave.button')
                      : t('memberships.manage.remove')}
                  </RemoveForm>
                </td>
              </tr>
            ))}
          </MembersTable>
        )}
      </section>

      {declined.length > 0 && (
        <details className="disclosure">
          <summary>{t('memberships.manage.declined', { n: declined.length })}</summary>
          <ul className="link-list">
            {declined.map((m) => (
              <li key={m.userId}>
                {m.displayName} <span className="muted">{m.email}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
