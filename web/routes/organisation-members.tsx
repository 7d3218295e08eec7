import { useTranslation } from 'react-i18next';
import { data, Link, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { runIntent } from '../features/memberships/action-result';
import { ClusterMembersManager } from '../features/memberships/ClusterMembersManager';
import { MembersManager } from '../features/memberships/MembersManager';
import { membershipsApi } from '../features/memberships/memberships-api';
import { organisationsApi } from '../features/organisations/organisations-api';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { Tabs } from '../ui/Tabs';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const organisation = await organisationsApi.get(params.slug ?? '');
  const { manageMembers, manageClusterMembers } = organisation.can;
  if (!manageMembers && !manageClusterMembers) throw data(null, { status: 403 });
  const query = (new URL(request.url).searchParams.get('q') ?? '').trim();
  const [members, clusterMembers, found] = await Promise.all([
    manageMembers ? membershipsApi.members(organisation.id).then((r) => r.items) : Promise.resolve([]),
    manageClusterMembers
      ? membershipsApi.clusterMembers(organisation.id).then((r) => r.items)
      : Promise.resolve([]),
    manageClusterMembers && query
      ? organisationsApi.list({ q: query, limit: 10 }).then((r) => r.items)
      : Promise.resolve(null),
  ]);
  const listed = new Set(clusterMembers.map((m) => m.organisation.id));
  const candidates = found?.filter((c) => c.id !== organisation.id && !listed.has(c.id)) ?? null;
  return { user, organisation, members, clusterMembers, candidates, query };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  const slug = params.slug ?? '';
  const userId = String(form.get('userId') ?? '');
  const memberId = String(form.get('memberId') ?? '');
  switch (intent) {
    case 'approve':
      return runIntent(intent, () => membershipsApi.decide(slug, userId, { status: 'active' }));
    case 'decline':
      return runIntent(intent, () => membershipsApi.decide(slug, userId, { status: 'rejected' }));
    case 'role': {
      const role = form.get('role') === 'admin' ? 'admin' : 'member';
      return runIntent(intent, () => membershipsApi.decide(slug, userId, { role }));
    }
    case 'remove':
      return runIntent(intent, () => membershipsApi.remove(slug, userId));
    case 'clusterApprove':
      return runIntent(intent, () => membershipsApi.approveClusterMember(slug, memberId));
    case 'clusterRemove':
      return runIntent(intent, () => membershipsApi.removeClusterMember(slug, memberId));
    case 'clusterAdd':
      return runIntent(intent, () =>
        membershipsApi.addClusterMember(slug, String(form.get('organisationId') ?? '')),
      );
    default:
      throw new Response(null, { status: 400 });
  }
}

export function Component() {
  const { t } = useTranslation();
  const {
    user,
    organisation: o,
    members,
    clusterMembers,
    candidates,
    query,
  } = useLoaderData<typeof loader>();
  const title = t('memberships.manage.title', { name: o.name });
  const people = <MembersManager members={members} currentUserId={user.id} />;
  const cluster = <ClusterMembersManager members={clusterMembers} candidates={candidates} query={query} />;
  const pendingPeople = members.filter((m) => m.status === 'pending').length;
  const pendingOrganisations = clusterMembers.filter((m) => m.status === 'pending').length;

  return (
    <div className="container page">
      <PageTitle title={title} />
      <nav aria-label={t('ui.breadcrumb')} className="breadcrumb">
        <Link to={`/organisations/${o.slug}`}>{o.name}</Link>
      </nav>
      <h1>{title}</h1>
      {o.can.manageMembers && o.can.manageClusterMembers ? (
        <Tabs
          label={t('memberships.manage.tabs')}
          defaultKey={query ? 'cluster' : 'people'}
          items={[
            {
              key: 'people',
              label: pendingPeople
                ? t('memberships.manage.peopleTabPending', { count: pendingPeople })
                : t('memberships.manage.peopleTab'),
              content: people,
            },
            {
              key: 'cluster',
              label: pendingOrganisations
                ? t('memberships.manage.clusterTabPending', { count: pendingOrganisations })
                : t('memberships.manage.clusterTab'),
              content: cluster,
            },
          ]}
        />
      ) : o.can.manageMembers ? (
        people
      ) : (
        cluster
      )}
    </div>
  );
}
