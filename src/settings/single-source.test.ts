import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTS, PORTS } from './servers';

/** Every source file of the app outside the settings table (tests may spell values to pin them). */
function appFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith('settings') ? [] : appFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the settings table is the only place that spells a server or port', () => {
  const root = join(__dirname, '..');
  const files = appFiles(root);

  it('finds the app files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const file of files) {
    it(relative(root, file), () => {
      // Comments may cite the source's values; code and copy may not.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      for (const host of Object.values(HOSTS)) expect(text, host).not.toContain(host);
      // Port 25 is left out: "25" is too common a number to search for.
      for (const port of [PORTS.popSsl, PORTS.pop, PORTS.smtpSsl, PORTS.submission]) {
        expect(text, String(port)).not.toMatch(new RegExp(`(?<![\\w.-])${port}(?![\\w.-])`));
      }
    });
  }
});
