/** Saving the draft as Markdown, and printing it: a PDF file on the desktop, the browser's print otherwise. */
import i18next from 'i18next';
import { describeBridgeError } from '../../app/bridgeErrors';
import { call } from '../../bridge';
import { postmortemMarkdown, type DocumentWords, type PostmortemDraft } from '../../domain/postmortem';
import type { Incident } from '../../domain/incident/types';
import { saveExport, type SavedExport } from '../../platform';

function baseName(incident: Incident): string {
  const day = new Date(incident.resolvedAt ?? incident.declaredAt).toISOString().slice(0, 10);
  return `postmortem-${day}-${incident.id.slice(-6).toLowerCase()}`;
}

export function exportPostmortemMarkdown(
  incident: Incident,
  draft: PostmortemDraft,
  words: DocumentWords,
): Promise<SavedExport> {
  return saveExport(`${baseName(incident)}.md`, 'markdown', postmortemMarkdown(draft, words));
}

/** Prints the printable page; answers where the PDF went, or null when the browser's print dialog took it. */
export async function printPostmortem(incident: Incident): Promise<SavedExport | null> {
  if (window.warroom !== undefined) {
    const result = await call('files:print-to-pdf', { suggestedName: `${baseName(incident)}.pdf` });
    if (!result.ok) return { saved: false, where: null, error: describeBridgeError(i18next.t, result.error) };
    if (result.value.supported) return { saved: result.value.saved, where: result.value.path };
  }
  window.print();
  return null;
}
