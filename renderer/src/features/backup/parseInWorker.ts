import type { BackupParse } from '../../domain/backup/parse';

export type ParseRequest = { text: string; now: number };
/** What the worker answers: the parse, or why the parser itself failed (a bug, not a bad file). */
export type ParseAnswer = { ok: true; parse: BackupParse } | { ok: false; message: string };

/**
 * Parses a backup file's text in a Web Worker and answers the parse; the worker is ended when the
 * answer arrives or the IC cancels (`signal`), so a cancelled 50 MB parse stops using a core.
 */
export function parseInWorker(text: string, now: number, signal?: AbortSignal): Promise<BackupParse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancelled);
    };
    const cancelled = () => {
      stop();
      reject(new DOMException('The import was cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', cancelled);
    worker.onmessage = (message: MessageEvent<ParseAnswer>) => {
      stop();
      if (message.data.ok) resolve(message.data.parse);
      else reject(new Error(message.data.message));
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'The backup reader could not start.'));
    };
    worker.postMessage({ text, now } satisfies ParseRequest);
  });
}
