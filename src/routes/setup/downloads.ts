/**
 * Builds an export file and has the browser download it. Its code (the two file formats) is
 * loaded after the result is interactive (exports.tsx), not with every question of the flow.
 */
import type { Outcome } from '../../flow/recommend';
import { autoconfigXml, type AutoconfigOptions } from '../../sheet/autoconfig';
import { AUTOCONFIG_FILE_NAME, AUTOCONFIG_MIME_TYPE, MOBILECONFIG_MIME_TYPE, mobileconfigFileName } from '../../sheet/files';
import { mobileconfigXml, randomUuid, type MobileconfigOptions } from '../../sheet/mobileconfig';

function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task, once the browser has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadAutoconfig(outcome: Outcome, options: AutoconfigOptions): void {
  download(AUTOCONFIG_FILE_NAME, AUTOCONFIG_MIME_TYPE, autoconfigXml(outcome, options));
}

export function downloadMobileconfig(outcome: Outcome, options: Omit<MobileconfigOptions, 'uuid'>): void {
  download(mobileconfigFileName(outcome.code), MOBILECONFIG_MIME_TYPE, mobileconfigXml(outcome, { ...options, uuid: () => randomUuid() }));
}
