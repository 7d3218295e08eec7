import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  JOURNEY_TIMEOUT,
  pageReady,
  screenshot,
  signUp,
  useJourney,
  visit,
} from './support';

const DEMO_OFFER = 'In-line laser welding monitoring and weld quality control';

describe('technology offers and end-user needs journey', () => {
  const journey = useJourney();

  it(
    'an end-user admin publishes a need, opens Matches and sees the demo offer with its reasons',
    async () => {
      const endUser = await signUp(journey, 'Giulia EndUser');
      const { page } = endUser;
      const org = await endUser.api<{ id: string; slug: string }>('POST', '/organisations', {
        name: 'Carrozzeria Collaudo Torino',
        type: 'large_company',
        country: 'IT',
        region: 'ITC1',
        descriptionEn: 'Car body parts for premium cars, welded in high volume.',
        applicationDomains: ['domain:manufacturing-control'],
        valueChainRoles: ['end_user'],
        listingConsent: true,
      });
      await endUser.api('POST', `/organisations/${org.id}/submit`);

      await visit(page, '/needs', 'End-user needs');
      await page.getByRole('link', { name: 'In-line inspection of laser welds on chassis parts' }).waitFor();
      await page.getByRole('link', { name: 'Publish a need' }).click();
      await pageReady(page, 'New end-user need');
      // The sector comes from the organisation profile: nobody types it twice.
      expect(await page.getByRole('checkbox', { name: 'Manufacturing and control' }).isChecked()).toBe(true);
      await expectAccessible(page, 'new need');

      // A validation error is shown on its field first.
      await page.getByRole('button', { name: 'Save as draft' }).click();
      await page.getByRole('alert').waitFor();
      await expectAccessible(page, 'new need with errors');

      await page.getByLabel('Title').fill('Contrôle qualité soudure laser');
      await page
        .getByLabel('The problem to solve')
        .fill(
          'Nous cherchons un contrôle qualité en ligne de la soudure laser de nos pièces de carrosserie.',
        );
      await page.getByLabel('Budget from (EUR)').fill('50000');
      await page.getByLabel('Budget up to (EUR)').fill('150000');
      await page.getByRole('button', { name: 'Save as draft' }).click();
      await pageReady(page, 'Contrôle qualité soudure laser');
      await page.getByText('Need saved as a draft.').waitFor();
      await expectAccessible(page, 'need detail (draft)');

      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Published: it now appears in lists and matches.').waitFor();
      const needUrl = new URL(page.url());

      await page.getByRole('tab', { name: 'Matches' }).click();
      const panel = page.getByRole('tabpanel', { name: 'Matches' });
      const offerLink = panel.getByRole('link', { name: DEMO_OFFER });
      await offerLink.waitFor();
      const firstMatch = panel
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3 }) })
        .first();
      expect(await firstMatch.getByRole('heading', { level: 3 }).textContent()).toBe(DEMO_OFFER);
      await firstMatch.getByText(/offers laser welding — matches 'soudure laser'/).waitFor();
      await firstMatch.getByText(/complementary to your need as an end user/).waitFor();
      await expectAccessible(page, 'need matches');
      await screenshot(page, 'need-matches-en');

      await panel.getByRole('radio', { name: 'Organisations' }).check();
      await panel.getByRole('link', { name: 'Centre Technologique Laser Aquitain (CTLA)' }).waitFor();

      // The reasons follow the reader's language.
      await page.getByRole('button', { name: 'Français' }).click();
      const panelFr = page.getByRole('tabpanel', { name: 'Correspondances' });
      await panelFr.getByRole('radio', { name: 'Offres technologiques' }).check();
      await panelFr
        .getByText(/complémentaire de votre besoin d’utilisateur final/)
        .first()
        .waitFor();
      await expectAccessible(page, 'need matches (fr)');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('tab', { name: 'Matches' }).waitFor();

      // The need shows on its organisation's profile.
      await visit(page, `/organisations/${org.slug}`, 'Carrozzeria Collaudo Torino');
      await page
        .getByRole('region', { name: 'Technology offers and needs' })
        .getByRole('link', { name: 'Contrôle qualité soudure laser' })
        .waitFor();

      await visit(page, '/offers', 'Technology offers');
      await page.getByRole('link', { name: DEMO_OFFER }).click();
      await pageReady(page, DEMO_OFFER);
      await page.getByRole('heading', { level: 2, name: 'Published by' }).waitFor();
      await expectAccessible(page, 'offer detail');
      await page.getByRole('tab', { name: 'Matches' }).click();
      await page
        .getByRole('tabpanel', { name: 'Matches' })
        .getByRole('radio', { name: 'End-user needs' })
        .check();
      await page
        .getByRole('tabpanel', { name: 'Matches' })
        .getByRole('link', { name: 'Contrôle qualité soudure laser' })
        .waitFor();
      await expectAccessible(page, 'offer matches');

      await visit(page, `${needUrl.pathname}/edit`, 'Edit “Contrôle qualité soudure laser”');
      await page.getByLabel('Constraints').fill('Cycle time under 30 s per part.');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await pageReady(page, 'Contrôle qualité soudure laser');
      await page.getByText('Changes saved.').waitFor();
      await page.getByText('Cycle time under 30 s per part.').waitFor();
      await visit(page, '/offers/new', 'New technology offer');
      await screenshot(page, 'offer-new-en');

      // Another member of the platform reads the need and can write to its author.
      const provider = await signUp(journey, 'Paul Provider');
      await visit(provider.page, needUrl.pathname, 'Contrôle qualité soudure laser');
      await screenshot(provider.page, 'need-detail-en');
      const contact = provider.page.getByRole('link', { name: 'Send private message' });
      expect(await contact.getAttribute('href')).toMatch(
        /^\/messages\/new\?to=[0-9a-f-]{36}&about=need:[0-9a-f-]{36}$/,
      );

      // The provider publishes a technology offer through the form; its Matches find the need.
      const providerOrg = await provider.api<{ id: string }>('POST', '/organisations', {
        name: 'Saldatura Ottica Srl',
        type: 'sme',
        country: 'IT',
        region: 'ITC1',
        descriptionEn: 'Optical inspection systems for laser welding lines.',
        technologies: ['tech:laser-processing.welding', 'tech:imaging.machine-vision'],
        valueChainRoles: ['system_integrator'],
        listingConsent: true,
      });
      await provider.api('POST', `/organisations/${providerOrg.id}/submit`);
      const offerTitle = 'Coaxial camera inspection of laser welds';
      await visit(provider.page, '/offers/new', 'New technology offer');
      // Technologies start from the organisation profile.
      await provider.page.getByRole('checkbox', { name: 'Laser welding' }).first().waitFor();
      expect(await provider.page.getByRole('checkbox', { name: 'Laser welding' }).first().isChecked()).toBe(
        true,
      );
      await provider.page.getByLabel('Title').fill(offerTitle);
      await provider.page
        .getByLabel('Summary')
        .fill(
          'A coaxial camera on the welding head flags porosity and lack of fusion in laser welds, in line.',
        );
      await provider.page.getByLabel('Technology readiness level (TRL)').selectOption({ label: 'TRL 7' });
      await provider.page.getByRole('button', { name: 'Save as draft' }).click();
      await pageReady(provider.page, offerTitle);
      await provider.page.getByRole('button', { name: 'Publish' }).click();
      await provider.page.getByText('Published: it now appears in lists and matches.').waitFor();
      await provider.page.getByRole('tab', { name: 'Matches' }).click();
      const offerPanel = provider.page.getByRole('tabpanel', { name: 'Matches' });
      await offerPanel.getByRole('radio', { name: 'End-user needs' }).check();
      await offerPanel.getByRole('link', { name: 'Contrôle qualité soudure laser' }).waitFor();
      await expectAccessible(provider.page, 'new offer matches');

      // Anybody may browse published offers and needs.
      const visitor = await journey.newPage();
      await visit(visitor, '/offers?q=welding', 'Technology offers');
      await visitor.getByRole('link', { name: DEMO_OFFER }).waitFor();
      await screenshot(visitor, 'offers-list-en');
      await visit(visitor, needUrl.pathname, 'Contrôle qualité soudure laser');
      await visitor.getByRole('link', { name: 'Log in to write to the person who published it.' }).waitFor();
    },
    JOURNEY_TIMEOUT,
  );
});
