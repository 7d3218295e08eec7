import { useTranslation } from 'react-i18next';
import { Form, Link, useNavigation } from 'react-router';
import type { ClusterMember } from '../../../contracts/memberships';
import type { OrganisationSummary } from '../../../contracts/organisations';
import { countryName, formatDate } from '../../lib/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { IntentForm } from './IntentForm';
import { MembersTable, RemoveForm, RequestActions } from './member-parts';

interface ClusterMembersManagerProps {
  members: ClusterMember[];
  /** Search results for "add an organisation"; null before any search. */
  candidates: OrganisationSummary[] | null;
  query: string;
}

/** For a cluster's managers: approve membership requests, add organisations, remove members. */
export function ClusterMembersManager({ members, candidates, query }: ClusterMembersManagerProps) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const lang = i18n.language;
  const overrides = { CONFLICT: t('memberships.cluster.conflict') };
  const pending = members.filter((m) => m.status === 'pending');
  const active = members.filter((m) => m.status === 'active');
  const searching = navigation.state === 'loading' && navigation.location.search.includes('q=');

  const describe = (m: ClusterMember['organisation']) =>
    `${t(`organisations.type.${m.type}`)} · ${countryName(m.countryCode, lang)}`;

  return (
    <div className="stack-lg">
      <section aria-labelledby="cluster-requests-heading">
        <h2 id="cluster-requests-heading">{t('memberships.cluster.requests', { n: pending.length })}</h2>
        {pending.length === 0 ? (
          <p className="muted">{t('memberships.cluster.noRequests')}</p>
        ) : (
          <ul className="request-list">
            {pending.map((m) => (
              <li key={m.organisation.id} className="request">
                <div className="request__who">
                  <Link to={`/organisations/${m.organisation.slug}`}>{m.organisation.name}</Link>
                  <p className="muted">{describe(m.organisation)}</p>
                </div>
                <RequestActions
                  overrides={overrides}
                  fields={{ memberId: m.organisation.id }}
                  approve="clusterApprove"
                  decline="clusterRemove"
                  who={m.organisation.name}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cluster-members-heading">
        <h2 id="cluster-members-heading">{t('memberships.cluster.members', { n: active.length })}</h2>
        {active.length === 0 ? (
          <p className="muted">{t('clusters.members.none')}</p>
        ) : (
          <MembersTable
            caption={t('memberships.cluster.membersCaption')}
            columns={[
              t('memberships.cluster.organisation'),
              t('organisations.fields.type'),
              t('organisations.fields.country'),
              t('memberships.cluster.since'),
            ]}
          >
            {active.map((m) => (
              <tr key={m.organisation.id}>
                <th scope="row">
                  <Link to={`/organisations/${m.organisation.slug}`}>{m.organisation.name}</Link>
                </th>
                <td>{t(`organisations.type.${m.organisation.type}`)}</td>
                <td>{countryName(m.organisation.countryCode, lang)}</td>
                <td>{m.since ? formatDate(m.since, lang) : '—'}</td>
                <td>
                  <RemoveForm
                    overrides={overrides}
                    fields={{ memberId: m.organisation.id }}
                    intent="clusterRemove"
                    question={t('memberships.cluster.removeQuestion', { name: m.organisation.name })}
                    who={m.organisation.name}
                  >
                    {t('memberships.manage.remove')}
                  </RemoveForm>
                </td>
              </tr>
            ))}
          </MembersTable>
        )}
      </section>

      <section aria-labelledby="cluster-add-heading">
        <h2 id="cluster-add-heading">{t('memberships.cluster.addTitle')}</h2>
        <p>{t('memberships.cluster.addBody')}</p>
        <Form
          method="get"
          role="search"
          aria-label={t('memberships.cluster.searchLabel')}
          className="inline-form"
          preventScrollReset
        >
          <TextField
            id="cluster-add-q"
            name="q"
            type="search"
            label={t('memberships.cluster.searchInput')}
            defaultValue={query}
          />
          <Button type="submit" variant="secondary" busy={searching}>
            {t('directory.search.submit')}
          </Button>
        </Form>
        {candidates !== null &&
          (candidates.length === 0 ? (
            <p className="muted" role="status">
              {t('memberships.cluster.noCandidates')}
            </p>
          ) : (
            <ul className="request-list">
              {candidates.map((c) => (
                <li key={c.id} className="request">
                  <div className="request__who">
                    <Link to={`/organisations/${c.slug}`}>{c.name}</Link>
                    <p className="muted">{describe(c)}</p>
                  </div>
                  <IntentForm
                    errorOverrides={overrides}
                    fields={{ intent: 'clusterAdd', organisationId: c.id }}
                    className="request__actions"
                  >
                    {({ busy }) => (
                      <Button type="submit" size="sm" busy={busy} disabled={busy}>
                        {t('memberships.cluster.add')}
                        <span className="visually-hidden"> {c.name}</span>
                      </Button>
                    )}
                  </IntentForm>
                </li>
              ))}
            </ul>
          ))}
      </section>
    </div>
  );
}
