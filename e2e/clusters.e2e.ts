import { describe, it } from 'vitest';
import { expectAccessible, JOURNEY_TIMEOUT, screenshot, signUp, useJourney, visit } from './support';

interface Created {
  id: string;
  slug: string;
}

describe('cluster journey', () => {
  const journey = useJourney();

  it(
    'validates a cluster, then its manager handles people and member organisations',
    async () => {
      const manager = await signUp(journey, 'Marie Dupont');
      const admin = await signUp(journey, 'Paula Admin', { platformAdmin: true });
      const engineer = await signUp(journey, 'Jonas Petrauskas');
      const suffix = Math.random().toString(36).slice(2, 7);
      const clusterName = `Photonics Valley ${suffix}`;
      const smeName = `Jonas Optics ${suffix}`;

      const cluster = await manager.api<Created>('POST', '/organisations', {
        name: clusterName,
        type: 'cluster_organisation',
        country: 'FR',
        region: 'FRI1',
        listingConsent: true,
        cluster: {
          managementFte: 2,
          memberCount: 40,
          membersCompanies: 30,
          membersResearch: 8,
          membersPublic: 2,
        },
      });
      await manager.api('POST', `/organisations/${cluster.id}/submit`);

      // A platform administrator validates the cluster, which publishes it.
      await visit(admin.page, '/admin/clusters', 'Cluster validations');
      const item = admin.page.getByRole('article', { name: clusterName });
      await item.getByText('Met: at least 15 members').waitFor();
      await item.getByLabel("Note for the cluster's managers").fill('Welcome to Lightpath.');
      await item.getByRole('button', { name: 'Validate' }).click();
      await item.waitFor({ state: 'detached' });

      // Someone asks to join the cluster organisation; their company asks to join the cluster.
      await engineer.api('POST', `/organisations/${cluster.id}/join-requests`, {
        message: 'I run the lidar lab.',
      });
      const sme = await engineer.api<Created>('POST', '/organisations', {
        name: smeName,
        type: 'sme',
        country: 'LT',
        listingConsent: true,
      });
      await engineer.api('POST', `/organisations/${sme.id}/submit`);
      await visit(engineer.page, `/organisations/${sme.slug}`, smeName);
      await engineer.page.getByRole('combobox', { name: 'Cluster' }).selectOption(cluster.id);
      await engineer.page.getByRole('button', { name: 'Ask to join the cluster' }).click();
      await engineer.page.getByText("Request sent to the cluster's managers.").waitFor();

      // The manager approves the person, makes them an administrator, then removes them.
      const members = manager.page;
      await visit(members, `/organisations/${cluster.slug}/members`, `Members of ${clusterName}`);
      await members.getByText('I run the lidar lab.').waitFor();
      await members.getByRole('button', { name: 'Approve Jonas Petrauskas' }).click();
      const row = members.getByRole('row', { name: /Jonas Petrauskas/ });
      await row.waitFor();
      await row.getByLabel('Role of Jonas Petrauskas').selectOption('admin');
      await row.getByRole('button', { name: 'Change role' }).click();
      await row.getByRole('button', { name: 'Remove Jonas Petrauskas' }).click();
      await row.getByRole('button', { name: 'Yes, remove' }).click();
      await row.waitFor({ state: 'detached' });
      await expectAccessible(members, 'members: people');

      // Then approves the company's request and adds another organisation found by search.
      await members.getByRole('tab', { name: /Member organisations/ }).click();
      await members.getByRole('button', { name: `Approve ${smeName}` }).click();
      await members.getByRole('row', { name: new RegExp(smeName) }).waitFor();
      await members.getByLabel('Organisation name or keyword').fill('Orvalis');
      await members.getByRole('button', { name: 'Search', exact: true }).click();
      await members.getByRole('button', { name: 'Add Orvalis Lasers' }).click();
      await members.getByRole('row', { name: /Orvalis Lasers/ }).waitFor();
      await expectAccessible(members, 'members: organisations');
      await screenshot(members, 'cluster-members');

      // The published cluster lists both, with its validation.
      await visit(members, `/organisations/${cluster.slug}`, clusterName);
      await members.getByText('Validated cluster').waitFor();
      await members.getByRole('link', { name: 'Orvalis Lasers' }).waitFor();
      await members.getByRole('link', { name: smeName }).waitFor();
    },
    JOURNEY_TIMEOUT,
  );
});
