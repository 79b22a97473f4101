/**
 * The result as a customer uses it: the ID and address typed and shown in the steps, "Copy all"
 * read back from the clipboard, the QR code drawn (and read back as a phone's camera would), the
 * Apple profile downloaded; then another app by its Change link, with what was typed still there,
 * and the Thunderbird file downloaded.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import jsQR from 'jsqr';
import { parse as parsePlist } from 'plist';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { paths, type Lang } from '../../../src/app/paths';
import { RESULT, type AnyFlow } from '../../../src/flow/engine';
import { recommend } from '../../../src/flow/recommend';
import { toQuery } from '../../../src/flow/resolve';
import { SETUP_FLOW, type Answers } from '../../../src/flow/steps';
import { AUTOCONFIG_FILE_NAME, AUTOCONFIG_MIME_TYPE, MOBILECONFIG_MIME_TYPE, mobileconfigFileName } from '../../../src/sheet/files';
import type { Query } from '../in-page';
import type { Download, EnginePage } from '../page';
import { copyButton, fill, textOf } from '../text';
import { answer, change, type Journey } from './journey';

const IPHONE: Answers = { registration: 'yes', network: 'other', 'virus-check': 'yes', antivirus: 'no', client: 'ios-mail' };
const ID = 'ab4t-ash';
const ADDRESS = 'asahitaro@asahinet.jp';

/** The browser saved the file the page made, under the name the page gave it. */
function expectSaved(file: Download): void {
  expect(file.saved, `${file.name} saved by the browser`).not.toBeNull();
  expect(readFileSync(file.saved as string, 'utf8'), `${file.name} as saved`).toBe(file.text);
}

async function typeIdentity(page: EnginePage, lang: Lang): Promise<void> {
  const { identity } = textOf(lang).sheet;
  await page.type({ role: 'textbox', name: identity.id.label }, ID);
  await page.type({ role: 'textbox', name: identity.address.label }, ADDRESS);
}

/** The steps show the typed ID as the user name and the typed address (once drawn with them). */
async function expectIdentityInSteps(page: EnginePage): Promise<void> {
  await page.waitFor(
    `(lib, id, address) => {
      const walk = document.querySelector('[data-walkthrough]:not([aria-busy])');
      if (!walk) return false;
      const names = [...walk.querySelectorAll('[data-kind="user-name"]')].map((el) => lib.text(el));
      const addresses = [...walk.querySelectorAll('[data-kind="address"]')].map((el) => lib.text(el));
      return names.length > 0 && addresses.length > 0 && names.every((n) => n.includes(id)) && addresses.every((a) => a.includes(address));
    }`,
    [ID, ADDRESS],
    'the steps to show the typed ID and address',
    async () => `they show ${JSON.stringify(await page.textsOf({ css: '[data-walkthrough] [data-kind]' }))}`,
  );
}

async function decodeQr(page: EnginePage, region: Query): Promise<string> {
  const svg: Query = { within: region, css: 'svg[data-drawn]' };
  // The code is drawn once its place comes near the screen.
  await page.scrollTo({ within: region, css: 'svg' });
  const png = PNG.sync.read(await page.pictureOf(svg));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error(`${page.engine}: no QR code could be read from the drawing`);
  return found.data;
}

export const resultJourney: Journey = {
  id: 'result',
  title: 'result: ID and address in the steps, Copy all, the QR code, the Apple profile and the Thunderbird file',
  async run(page, lang) {
    const t = textOf(lang);
    const path = paths.setup(lang, RESULT, toQuery(SETUP_FLOW, IPHONE));
    const outcome = recommend(IPHONE);
    await page.open(path);
    await page.expectHeading(t.result.title);
    await typeIdentity(page, lang);
    await expectIdentityInSteps(page);
    expect(await page.location(), 'nothing typed goes into the address').toBe(path);

    await page.click(copyButton(lang, t.result.actions.copyAllWhat));
    const heading = fill(t.result.sheet.heading, { code: outcome.code });
    const all = (await page.readClipboard((text) => text.startsWith(heading))).split('\n');
    expect(all[0]).toBe(heading);
    expect(all).toContain(fill(t.result.sheet.receiveLine, { label: (t.sheet.labels as Record<string, { receiveHost: string }>)[outcome.labels]?.receiveHost ?? '', value: outcome.receive.host }));
    expect(all.some((line) => line.includes(ID)), 'Copy all has the typed ID').toBe(true);
    expect(all.some((line) => line.includes(ADDRESS)), 'Copy all has the typed address').toBe(true);

    const share: Query = { role: 'region', name: t.share.heading };
    // On a phone's screen the code is folded behind a button (from `md`, 768 px, it is shown).
    if (page.width < 768) await page.click({ within: share, role: 'button', name: t.share.showCode });
    expect(await decodeQr(page, share), 'the QR code is the page’s address').toBe(page.server.url(path));

    const profile = await page.download({ role: 'button', name: t.exports.apple.button });
    expect(profile).toMatchObject({ name: mobileconfigFileName(outcome.code), type: MOBILECONFIG_MIME_TYPE });
    const mail = ((parsePlist(profile.text) as { PayloadContent: Record<string, unknown>[] }).PayloadContent[0] ?? {}) as Record<string, unknown>;
    expect(mail).toMatchObject({ IncomingMailServerHostName: outcome.receive.host, OutgoingMailServerHostName: outcome.send.host, IncomingMailServerUsername: ID, EmailAddress: ADDRESS });
    expectSaved(profile);

    // Thunderbird instead: the result again, with what was typed still there.
    await change(page, lang, SETUP_FLOW as AnyFlow, 'client', 'ios-mail');
    await answer(page, lang, SETUP_FLOW as AnyFlow, 'client', 'thunderbird');
    await page.expectHeading(t.result.title);
    expect(await page.valueOf({ role: 'textbox', name: t.sheet.identity.id.label })).toBe(ID);
    const autoconfig = await page.download({ role: 'button', name: t.exports.thunderbird.button });
    expect(autoconfig).toMatchObject({ name: AUTOCONFIG_FILE_NAME, type: AUTOCONFIG_MIME_TYPE });
    const xml = new DOMParser().parseFromString(autoconfig.text, 'application/xml');
    const incoming = xml.getElementsByTagName('incomingServer')[0];
    expect(incoming?.getElementsByTagName('hostname')[0]?.textContent).toBe(outcome.receive.host);
    expect(incoming?.getElementsByTagName('username')[0]?.textContent).toBe(ID);
    expectSaved(autoconfig);
  },
};
