export function basePath(raw?: string): string;
export function outDir(): string;
export const CHROMIUM_PATH: string;
export const TEST_CHROMIUM_PATH: string;
export const CHROMIUM_FLAGS: readonly string[];
export function siteOrigin(): string;
