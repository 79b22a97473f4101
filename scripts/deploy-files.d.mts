export const SECURITY_HEADERS: readonly (readonly [string, string])[];
export const CACHE: { readonly hashed: string; readonly other: string };
export function headersFile(base: string): string;
export function nginxSnippet(base: string): string;
export function builtPages(siteDir: string): string[];
export function sitemap(pages: readonly string[], site: { origin: string; base: string }): string;
export function robots(site: { origin: string; base: string }): string;
export function writeDeployFiles(build: { out: string; base: string; origin: string }): void;
