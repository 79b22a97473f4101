/**
 * Runs every journey in one engine, in both languages, at each width given: one server and one
 * browser for the whole file, a screenshot per journey under test-results/engines/ (kept as an
 * artifact, never compared), and no error the engine lets the test see.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { outDir } from '../../scripts/build-env.mjs';
import { LANGS } from '../../src/app/paths';
import { JOURNEYS } from './journeys';
import type { EnginePage } from './page';
import { SiteServer } from './server';

/** The test server's port; WebKitWebDriver takes the next one. */
export const PORT = Number(process.env.E2E_ENGINES_PORT ?? 4175);
export const ARTIFACTS = 'test-results/engines';

export interface Engine {
  readonly name: string;
  /** Whether the server must watch for errors in the pages (the driver reports none). */
  readonly watch: boolean;
  readonly widths: readonly { readonly width: number; readonly height: number }[];
  launch(server: SiteServer): Promise<EnginePage>;
}

export function engineSuite(engine: Engine): void {
  describe(engine.name, () => {
    let server: SiteServer | undefined;
    let page: EnginePage | undefined;

    beforeAll(async () => {
      const root = outDir();
      if (!existsSync(join(root, 'ja', 'index.html'))) throw new Error(`No site built for "/" in ${root}/: run "node scripts/build.mjs" first.`);
      server = await SiteServer.start({ root, port: PORT, watch: engine.watch });
      page = await engine.launch(server);
    });

    afterAll(async () => {
      await page?.close();
      await server?.stop();
    });

    afterEach(() => {
      server?.release();
      server?.fail(null);
    });

    for (const { width, height } of engine.widths) {
      describe(`${width} px`, () => {
        // Before each journey: a download may have opened a bar above the page (WebKit's MiniBrowser).
        beforeEach(async () => {
          await page?.setViewport(width, height);
        });

        for (const lang of LANGS) {
          for (const journey of JOURNEYS) {
            test(`${lang}: ${journey.title}`, async () => {
              if (!page) throw new Error(`${engine.name} did not start`);
              let problems: string[] = [];
              try {
                await journey.run(page, lang);
                if (width < 640) {
                  const sideways = await page.run<number>('() => document.documentElement.scrollWidth - innerWidth', []);
                  expect(sideways, 'nothing scrolls sideways').toBeLessThanOrEqual(0);
                }
              } finally {
                await page.screenshot(join(ARTIFACTS, `${engine.name}-${width}`, `${lang}-${journey.id}.png`)).catch(() => undefined);
                // Read (and emptied) whatever happened, so that the next journey starts clean.
                problems = await page.problems(journey.allow).catch((error: unknown) => [`the page could not be asked: ${String(error)}`]);
              }
              expect(problems, 'no uncaught error or console error').toEqual([]);
            });
          }
        }
      });
    }
  });
}
