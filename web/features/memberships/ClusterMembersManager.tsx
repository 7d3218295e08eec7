import { useTranslation } from 'react-i18next';
import { Form, Link, useNavigation } from 'react-router';
import type { ClusterMember } from '../../../contracts/memberships';
import type { OrganisationSummary } from '../../../contracts/organisations';
import { countryName, formatDate } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { TextField } from '../../ui/TextField';
import { IntentForm } from './IntentForm';

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
                <IntentForm
                  errorOverrides={overrides}
                  fields={{ memberId: m.organisation.id }}
                  className="request__actions"
                >
                  {({ busy }) => (
                    <>
                      <Button
                        type="submit"
                        name="intent"
                        value="clusterApprove"
                        size="sm"
                        busy={busy}
                        disabled={busy}
                      >
                        {t('memberships.manage.approve')}
                        <span className="visually-hidden"> {m.organisation.name}</span>
                      </Button>
                      <Button
                        type="submit"
                        name="intent"
                        value="clusterRemove"
                        variant="secondary"
                        size="sm"
                        disabled={busy}
                      >
                        {t('memberships.manage.decline')}
                        <span className="visually-hidden"> {m.organisation.name}</span>
                      </Button>
                    </>
                  )}
                </IntentForm>
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
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('memberships.cluster.membersCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('memberships.cluster.organisation')}</th>
                  <th scope="col">{t('organisations.fields.type')}</th>
                  <th scope="col">{t('organisations.fields.country')}</th>
                  <th scope="col">{t('memberships.cluster.since')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('memberships.manage.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {active.map((m) => (
                  <tr key={m.organisation.id}>
                    <th scope="row">
                      <Link to={`/organisations/${m.organisation.slug}`}>{m.organisation.name}</Link>
                    </th>
                    <td>{t(`organisations.type.${m.organisation.type}`)}</td>
                    <td>{countryName(m.organisation.countryCode, lang)}</td>
                    <td>{m.since ? formatDate(m.since, lang) : '—'}</td>
                    <td>
                      <IntentForm errorOverrides={overrides} fields={{ memberId: m.organisation.id }}>
                        {({ busy }) => (
                          <ConfirmButton
                            name="intent"
                            value="clusterRemove"
                            question={t('memberships.cluster.removeQuestion', { name: m.organisation.name })}
                            confirmLabel={t('memberships.manage.removeConfirm')}
                            cancelLabel={t('ui.cancel')}
                            disabled={busy}
                          >
                            {t('memberships.manage.remove')}
                            <span className="visually-hidden"> {m.organisation.name}</span>
                          </ConfirmButton>
                        )}
                      </IntentForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
