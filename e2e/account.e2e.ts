import { describe, expect, it } from 'vitest';
import {
  emailedLink,
  expectAccessible,
  JOURNEY_TIMEOUT,
  pageReady,
  screenshot,
  uniqueEmail,
  useJourney,
  visit,
} from './support';

describe('account journey', () => {
  const journey = useJourney();

  it(
    'registers, confirms the address, lists and publishes an organisation, then resets the password',
    async () => {
      const page = await journey.newPage();
      const email = uniqueEmail('claire');
      const firstPassword = 'first-long-password';
      const newPassword = 'second-long-password';
      const token = `Zephyrine${Math.random().toString(36).slice(2, 7)}`;
      const organisationName = `${token} Photonique`;

      // Register, after a first attempt that shows the errors.
      await visit(page, '/register', 'Create your account');
      await page.getByRole('button', { name: 'Create my account' }).click();
      await page.getByRole('alert').getByText('Some fields need your attention.').waitFor();
      await expectAccessible(page, 'register with errors');
      await page.getByLabel('Your name').fill('Claire Martin');
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password').fill(firstPassword);
      await page.getByRole('button', { name: 'Create my account' }).click();
      await pageReady(page, 'Check your inbox');
      await expectAccessible(page, 'registered');

      // Confirm the address through the e-mailed link, then log in.
      await visit(
        page,
        await emailedLink(journey.handle, email, '/verify-email'),
        'E-mail address confirmed',
      );
      await page.getByRole('link', { name: 'Log in' }).last().click();
      await pageReady(page, 'Log in');
      await page.getByText('Your e-mail address is confirmed').waitFor();
      await expectAccessible(page, 'log in');
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password').fill(firstPassword);
      await page.getByRole('button', { name: 'Log in' }).click();
      await pageReady(page, 'My organisations');
      await expectAccessible(page, 'my organisations');

      // Create an organisation.
      await page.getByRole('link', { name: 'Add an organisation' }).first().click();
      await pageReady(page, 'Add an organisation');
      await expectAccessible(page, 'organisation form');
      await page.getByLabel('Name').fill(organisationName);
      await page.getByLabel('Type of organisation').selectOption('sme');
      await page.getByLabel('Country').selectOption('FR');
      const region = page.getByLabel('Region');
      await expect.poll(() => region.isEnabled()).toBe(true);
      await region.selectOption('FRI1');
      await page.getByLabel('City').fill('Pessac');
      await page.getByLabel('Website').fill('zephyrine.example.org');
      await page
        .getByLabel('Description in English')
        .fill(`${token} designs fibre lasers for micromachining.`);
      await page.getByLabel('Filter technologies').fill('fibre laser');
      await page.getByRole('checkbox', { name: 'Fibre lasers and amplifiers' }).check();
      await page.getByRole('checkbox', { name: 'Manufacturing and control' }).check();
      await page.getByRole('checkbox', { name: 'Component supplier' }).check();
      await page.getByLabel('Keywords').fill('fibre lasers, micromachining');
      await page.getByRole('checkbox', { name: 'List this organisation in the public directory' }).check();
      await screenshot(page, 'organisation-form');
      await page.getByRole('button', { name: 'Create the profile' }).click();
      await pageReady(page, organisationName);
      await page.getByText('Organisation created').waitFor();
      await expectAccessible(page, 'created organisation');
      await screenshot(page, 'organisation-created');

      // Publish it; it then appears in the directory search.
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByText('The profile is now published.').waitFor();
      await visit(page, `/organisations?q=${token}`, 'Directory');
      await page.getByRole('link', { name: organisationName }).waitFor();

      // Log out.
      await page.getByRole('button', { name: /Account menu/ }).click();
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.getByRole('link', { name: 'Log in' }).waitFor();
      await pageReady(page, 'Find your partners in European photonics');
      await expectAccessible(page, 'home after logging out');

      // Forgotten password: reset through the e-mailed link, then log in with the new one.
      await visit(page, '/forgot-password', 'Reset your password');
      await page.getByLabel('E-mail address').fill(email);
      await page.getByRole('button', { name: 'Send the link' }).click();
      await page.getByText(`If an account exists for ${email}`).waitFor();
      await expectAccessible(page, 'reset link sent');
      await visit(page, await emailedLink(journey.handle, email, '/reset-password'), 'Choose a new password');
      await page.getByLabel('New password', { exact: true }).fill(newPassword);
      await page.getByLabel('Confirm the new password').fill(newPassword);
      await page.getByRole('button', { name: 'Change my password' }).click();
      await pageReady(page, 'Log in');
      await page.getByText('Your password has been changed').waitFor();
      await expectAccessible(page, 'log in after reset');
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password').fill(newPassword);
      await page.getByRole('button', { name: 'Log in' }).click();
      await pageReady(page, 'My organisations');
      await page.getByRole('link', { name: organisationName }).waitFor();
    },
    JOURNEY_TIMEOUT,
  );
});
