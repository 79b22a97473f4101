import { describe, expect, it } from 'vitest';
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
