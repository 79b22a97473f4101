import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../troubleshoot/messages/index';
import { LANGS } from './paths';
import { isFlowEntry, pageRoutes } from './route-list';

describe('isFlowEntry: the pages a visitor can start from, for the sitemap', () => {
  it("lists each flow's first question and every page outside the flows", () => {
    for (const url of ['/ja/', '/en/reference/', '/ja/support/', '/ja/setup/registration/', '/en/cant-send/symptom/', '/ja/cant-receive/symptom/', '/ja/check/']) {
      expect(isFlowEntry(url), url).toBe(true);
    }
  });

  it('leaves out later questions, results and folders, which without answers lead on to the first question', () => {
    for (const url of ['/ja/setup/client/', '/en/setup/result/', '/ja/setup/', '/en/cant-send/result/', '/ja/cant-receive/host/']) {
      expect(isFlowEntry(url), url).toBe(false);
    }
  });

  it('keeps exactly one entry per flow and language', () => {
    const flowEntries = pageRoutes().filter((url) => /^\/(ja|en)\/(setup|cant-send|cant-receive)\//.test(url) && isFlowEntry(url));
    expect(flowEntries).toHaveLength(6);
  });
});

describe("each error message's own page", () => {
  it('is prerendered in both languages for every message of the table, and listed in the sitemap', () => {
    const routes = pageRoutes();
    for (const { id } of MESSAGES) {
      // An id is one path segment as it is: lower-case letters, digits and hyphens.
      expect(id, id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const lang of LANGS) {
        expect(routes, id).toContain(`/${lang}/error/${id}/`);
        expect(isFlowEntry(`/${lang}/error/${id}/`), id).toBe(true);
      }
    }
    expect(new Set(routes).size).toBe(routes.length);
  });
});
