import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organisationMembers, organisations, users } from '../server/db/schema';
import { expectAccessible, JOURNEY_TIMEOUT, pageReady, screenshot, signUp, useJourney, visit } from './support';

describe('partner requests journey', () => {
  const journey = useJourney();

  /** Memberships are granted in the database: joining an organisation is another journey's subject. */
  async function makeMember(email: string, slug: string, role: 'admin' | 'member') {
    const db = journey.handle.deps.db;
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const [org] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.slug, slug));
    await db.insert(organisationMembers).values({ organisationId: org!.id, userId: user!.id, role, status: 'active' });
    return org!.name;
  }

  it(
    'a cluster publishes a request, opens its matches, a matched SME expresses interest, the owner answers and replies by message',
    async () => {
      const owner = await signUp(journey, 'Claire Owner');
      await makeMember(owner.email, 'alpha-rlh', 'admin');
      const matcher = await signUp(journey, 'Marco Matcher');
      const matchedName = await makeMember(matcher.email, 'torino-additiva', 'member');

      // The demo's PIMI request is listed.
      const page = owner.page;
      await visit(page, '/partner-requests', 'Partner requests');
      await page.getByRole('link', { name: 'PIMI - Photonics for Industrial Modernisation' }).waitFor();

      // Publish a new request.
      await page.getByRole('link', { name: 'Publish a partner request' }).click();
      await pageReady(page, 'New partner request');
      await expectAccessible(page, 'new partner request');
      await page.getByLabel('Title').fill('Laser additive manufacturing partners in Piemonte');
      await page
        .getByLabel('Summary')
        .fill('We look for SMEs offering laser metal deposition and selective laser melting for aeronautics parts.');
      await page.getByLabel('Full description').fill('Joint pilot line for laser metal deposition.\n\nPartners from Piemonte are welcome.');
      await page.getByLabel('Kind of partnership').selectOption('technology_cooperation');
      await page.getByRole('group', { name: 'Organisation types sought' }).getByLabel('SME').check();
      await page.getByLabel('Or name an organisation that is not registered').fill('Photonics Finland Cluster/science Park, Finland');
      await page.getByRole('button', { name: 'Add', exact: true }).last().click();
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await pageReady(page, 'Laser additive manufacturing partners in Piemonte');
      await page.getByText('Photonics Finland Cluster/science Park, Finland').waitFor();
      const requestUrl = new URL(page.url()).pathname;
      await expectAccessible(page, 'partner request view');
      await screenshot(page, 'partner-request-view');

      // Edit it: the form comes back filled in, the change shows on the page.
      await page.getByRole('link', { name: 'Edit', exact: true }).click();
      await pageReady(page, 'Edit the partner request');
      await expectAccessible(page, 'edit partner request');
      expect(await page.getByLabel('Title').inputValue()).toBe('Laser additive manufacturing partners in Piemonte');
      await page.getByLabel('Summary').fill('We look for SMEs offering laser metal deposition and selective laser melting for aeronautics and space parts.');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await pageReady(page, 'Laser additive manufacturing partners in Piemonte');
      await page.getByText('for aeronautics and space parts.').waitFor();

      // Matches: ranked organisations with their reasons; the owner invites the matched SME.
      await page.getByRole('tab', { name: 'Matches' }).click();
      const matches = page.getByRole('list', { name: 'Matching organisations, best first' });
      await matches.waitFor();
      await matches.getByRole('link', { name: matchedName }).waitFor();
      await page.getByRole('list', { name: `Why ${matchedName} matches` }).getByText(/laser metal deposition/).first().waitFor();
      expect(await matches.getByRole('link', { name: /ALPHA-RLH/ }).count()).toBe(0);
      await expectAccessible(page, 'partner request matches');
      await screenshot(page, 'partner-request-matches');
      await page.getByRole('button', { name: `Invite ${matchedName} to express interest` }).click();
      await matches.getByText('Invited').first().waitFor();

      // Filters: only organisations based in Piemonte.
      await page.getByLabel('Country').selectOption('IT');
      await page.getByLabel('Region').selectOption('ITC1');
      await expect.poll(() => matches.getByText(/, Italy$/).count()).toBeGreaterThan(0);
      await matches.getByRole('link', { name: matchedName }).waitFor();
      expect(await matches.getByText(/, France$/).count()).toBe(0);
      await expectAccessible(page, 'filtered matches');

      // The matched organisation's member expresses interest.
      await visit(matcher.page, requestUrl, 'Laser additive manufacturing partners in Piemonte');
      await matcher.page.getByLabel('Your message to the owner').fill('We run two LMD cells in Torino and would like to join.');
      await matcher.page.getByRole('button', { name: 'Send my interest' }).click();
      await matcher.page.getByRole('heading', { name: 'Your interest' }).waitFor();
      await matcher.page.getByText('Awaiting answer').waitFor();
      await expectAccessible(matcher.page, 'partner request after interest');

      // …follows it and asks a question in the comments.
      await matcher.page.getByRole('button', { name: 'Follow' }).click();
      await matcher.page.getByText('1 follower').waitFor();
      await matcher.page.getByLabel('Add a comment').fill('Is titanium in scope?');
      await matcher.page.getByRole('button', { name: 'Post comment' }).click();
      await matcher.page.getByText('Is titanium in scope?').waitFor();

      // The owner sees it and answers.
      await page.reload();
      await pageReady(page, 'Laser additive manufacturing partners in Piemonte');
      await page.getByRole('tab', { name: 'Matches' }).click();
      await page.getByText('We run two LMD cells in Torino and would like to join.').waitFor();
      await page.getByLabel(`Your answer to ${matchedName}`).fill('Welcome! Let us set up a call.');
      await page.getByRole('button', { name: 'Accept', exact: true }).click();
      await page.getByText('Your answer: Welcome! Let us set up a call.').waitFor();
      await expectAccessible(page, 'interests answered');

      await matcher.page.reload();
      await pageReady(matcher.page, 'Laser additive manufacturing partners in Piemonte');
      await matcher.page.getByText('Accepted').waitFor();
      await matcher.page.getByText('Welcome! Let us set up a call.').waitFor();

      // Reply by message (the messages feature's agreed route).
      await page.getByRole('link', { name: 'Reply by message to Marco Matcher' }).click();
      await pageReady(page, 'Message to Marco Matcher');
      await page.getByLabel('Your message to Marco Matcher').fill('Here is my calendar link for next week.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/messages/') && !url.pathname.startsWith('/messages/new'));
      await page.getByText('Here is my calendar link for next week.').waitFor();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'pages through a long list of partner requests, keeping the filters',
    async () => {
      const owner = await signUp(journey, 'Pierre Pager');
      const [org] = await journey.handle.deps.db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.slug, 'optitec'));
      await makeMember(owner.email, 'optitec', 'admin');
      const word = `Pagination${Date.now().toString(36)}`;
      for (let i = 1; i <= 23; i++) {
        await owner.api('POST', '/partner-requests', {
          title: `${word} request ${String(i).padStart(2, '0')}`,
          summary: 'A request made to fill more than one page.',
          kind: 'technology_cooperation',
          deadlineLocal: '2031-06-30T12:00',
          timeZone: 'Europe/Paris',
          leadOrganisationId: org!.id,
          publish: true,
        });
      }
      const page = owner.page;
      await visit(page, `/partner-requests?q=${word}`, 'Partner requests');
      await page.getByText('23 partner requests').waitFor();
      const pages = page.getByRole('navigation', { name: 'Pages of partner requests' });
      await pages.getByText('Page 1 of 2').waitFor();
      expect(await page.getByRole('link', { name: new RegExp(`^${word} request`) }).count()).toBe(20);
      await expectAccessible(page, 'partner requests, page 1');
      await pages.getByRole('link', { name: 'Next page →' }).click();
      await page.waitForURL(new RegExp(`q=${word}.*page=2`));
      await pages.getByText('Page 2 of 2').waitFor();
      await expect.poll(() => page.getByRole('link', { name: new RegExp(`^${word} request`) }).count()).toBe(3);
      expect(await pages.getByRole('link', { name: 'Next page →' }).count()).toBe(0);
      await pages.getByRole('link', { name: '← Previous page' }).click();
      await pages.getByText('Page 1 of 2').waitFor();
    },
    JOURNEY_TIMEOUT,
  );
});
