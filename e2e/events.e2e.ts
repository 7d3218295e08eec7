import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  JOURNEY_TIMEOUT,
  pageReady,
  screenshot,
  signUp,
  useJourney,
  visit,
  type SignedInUser,
} from './support';

interface Org {
  id: string;
  name: string;
}

async function ownOrganisation(user: SignedInUser, name: string, type: string): Promise<Org> {
  return user.api<Org>('POST', '/organisations', {
    name,
    type,
    country: 'FR',
    descriptionEn: `${name} takes part in photonics events.`,
    listingConsent: true,
  });
}

describe('events journey', () => {
  const journey = useJourney();

  it(
    'an organiser creates an event with two co-organisers and a programme, publishes it, two participants register and one is checked in',
    async () => {
      const token = Math.random().toString(36).slice(2, 7);
      const organiser = await signUp(journey, 'Olivia Organiser');
      await ownOrganisation(organiser, `Armorique Photonique ${token}`, 'cluster_organisation');
      const page = organiser.page;

      // The list shows the demo event; the organiser creates a new one.
      await visit(page, '/events', 'Events');
      await page.getByRole('link', { name: 'Photonics for health: technology/application day' }).waitFor();
      await page.getByRole('link', { name: 'Create an event' }).click();
      await pageReady(page, 'Create an event');
      await expectAccessible(page, 'new event form');

      // A first attempt without dates shows the errors.
      const title = `Photonics for agriculture ${token}`;
      await page.getByLabel('Title').fill(title);
      await page.getByRole('button', { name: 'Create the draft' }).click();
      await page.getByRole('alert').first().waitFor();
      await expectAccessible(page, 'new event form with errors');

      await page
        .getByLabel('Description (English)')
        .fill('End users meet technology providers; B2B meetings close the day.');
      await page.getByLabel('Venue').fill('Le Quartz');
      await page.getByLabel('City', { exact: true }).fill('Brest');
      await page.getByLabel('Time zone').selectOption('Europe/Paris');
      await page.locator('#ev-starts').fill('2027-06-10T09:00');
      await page.locator('#ev-ends').fill('2027-06-10T18:00');
      await page.getByLabel('Capacity').fill('50');
      await page.getByRole('checkbox', { name: /ALPHA-RLH/ }).check();
      await page.getByRole('checkbox', { name: /MESAP/ }).check();
      await screenshot(page, 'event-form');
      await page.getByRole('button', { name: 'Create the draft' }).click();
      await pageReady(page, new RegExp(`Prepare “${title}”`));
      await page.getByText('Draft created').waitFor();
      await expectAccessible(page, 'event editor');

      // Programme: a special guest opens the day, B2B meetings close it.
      const addForm = page.getByRole('form', { name: 'Add to the programme' });
      await addForm.locator('#ses-new-kind').selectOption('keynote');
      await addForm.locator('#ses-new-title').fill('Opening keynote: light for crops');
      await addForm.locator('#ses-new-starts').fill('2027-06-10T09:00');
      await addForm.locator('#ses-new-ends').fill('2027-06-10T09:45');
      await addForm.getByRole('button', { name: 'Add a speaker' }).click();
      await addForm.getByLabel('Speaker 1: name').fill('Dr. Jeanne Guest');
      await addForm.getByLabel('Speaker 1: organisation name').fill('INRAE');
      await addForm.getByRole('button', { name: 'Add to the programme' }).click();
      await page.getByRole('heading', { name: 'Opening keynote: light for crops' }).waitFor();
      await addForm.locator('#ses-new-kind').selectOption('b2b_session');
      await addForm.locator('#ses-new-title').fill('B2B meetings');
      await addForm.locator('#ses-new-starts').fill('2027-06-10T15:00');
      await addForm.locator('#ses-new-ends').fill('2027-06-10T18:00');
      await addForm.getByRole('button', { name: 'Add to the programme' }).click();
      await page.getByRole('heading', { name: 'B2B meetings', level: 3 }).waitFor();
      await expectAccessible(page, 'event editor with programme');

      await page.getByRole('button', { name: 'Publish the event' }).click();
      await page.getByText('The event is published').waitFor();
      await page.getByRole('link', { name: 'See the public page' }).click();
      await pageReady(page, title);
      await expectAccessible(page, 'event page');
      const slug = new URL(page.url()).pathname.split('/')[2]!;
      await expect.poll(() => page.getByRole('link', { name: /ALPHA-RLH/ }).count()).toBe(1);
      await page.getByRole('link', { name: /MESAP/ }).waitFor();
      await page.getByText('Dr. Jeanne Guest (INRAE)').waitFor();
      await screenshot(page, 'event-page');

      // Two participants register in a few clicks.
      const badges: string[] = [];
      for (const [name, orgName] of [
        ['Paul Participant', `Lumière Champs ${token}`],
        ['Rita Registrant', `Capteurs Verts ${token}`],
      ] as const) {
        const participant = await signUp(journey, name);
        await ownOrganisation(participant, orgName, 'sme');
        await visit(participant.page, `/events/${slug}`, title);
        await participant.page.getByRole('link', { name: 'Register', exact: true }).click();
        await pageReady(participant.page, `Register for ${title}`);
        await expectAccessible(participant.page, 'registration form');
        await expect.poll(() => participant.page.getByLabel('On behalf of').inputValue()).not.toBe('');
        await participant.page
          .getByLabel('What you offer at this event')
          .fill('Multispectral sensors for crops');
        await participant.page.getByLabel('What you seek at this event').fill('Farm co-operatives');
        await participant.page.getByRole('button', { name: 'Register', exact: true }).click();
        await pageReady(participant.page, title);
        await participant.page.getByText('Your place is confirmed.').waitFor();
        await expectAccessible(participant.page, 'registered');
        badges.push(await participant.page.locator('code').innerText());
      }

      // The organiser sees both and checks one in by typing the badge code.
      await visit(page, `/events/${slug}/manage`, new RegExp(`Run “${title}”`));
      await page.getByRole('rowheader', { name: /Paul Participant/ }).waitFor();
      await page.getByRole('rowheader', { name: /Rita Registrant/ }).waitFor();
      await screenshot(page, 'event-registrations');
      await page.getByRole('tab', { name: 'Check-in' }).click();
      await page.getByLabel('Badge code', { exact: true }).fill(badges[0]!.toLowerCase());
      await page.getByRole('button', { name: 'Check in' }).click();
      await page.getByText(/Paul Participant \(Lumière Champs .*\) is checked in/).waitFor();
      await expectAccessible(page, 'check-in');
      await page.getByRole('tab', { name: 'Statistics' }).click();
      await page
        .getByRole('table', { name: 'Attendance' })
        .getByRole('row', { name: /Checked in 1/ })
        .waitFor();
      await expectAccessible(page, 'statistics');
      await page.getByRole('tab', { name: 'Registrations' }).click();
      await page.getByRole('row', { name: /Paul Participant.*Checked in/ }).waitFor();
      await screenshot(page, 'event-manage');

      // The second one by the camera. Headless Chromium on Linux has neither a camera nor the
      // BarcodeDetector API: both are stood in for at the browser's API boundary (a canvas stream,
      // and a detector that reads the badge code the canvas "shows"), so what runs is the page's own
      // scanning loop, its hand-over of the code and the check-in it triggers.
      await page.addInitScript((code: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 48;
        const context = canvas.getContext('2d')!;
        // A stream only has frames while the canvas is drawn on.
        setInterval(() => {
          context.fillStyle = `hsl(${Date.now() % 360} 50% 50%)`;
          context.fillRect(0, 0, canvas.width, canvas.height);
        }, 40);
        const stream = canvas.captureStream(25);
        Object.defineProperty(navigator.mediaDevices, 'getUserMedia', { value: async () => stream });
        let calls = 0;
        (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
          async detect() {
            calls += 1;
            return calls < 3 ? [] : [{ rawValue: code }];
          }
        };
      }, badges[1]!);
      await page.reload();
      await page.getByRole('tab', { name: 'Check-in' }).click();
      await page.getByRole('button', { name: 'Scan a badge with the camera' }).click();
      await page.getByText(/Rita Registrant .* is checked in/).waitFor();
      await expectAccessible(page, 'check-in by camera');
    },
    JOURNEY_TIMEOUT,
  );
});
