/**
 * Reads a backup file off the main thread: a 100k-event file takes seconds to parse and check, and the
 * cockpit must keep its clock and its keys meanwhile. It only parses; nothing here touches the database.
 */
// First: zod must be jitless before any schema is built (the worker runs under the page's CSP).
import '../../zod-jitless';
import { parseBackup } from '../../domain/backup/parse';
import type { ParseRequest, ParseAnswer } from './parseInWorker';

self.onmessage = async (message: MessageEvent<ParseRequest>) => {
  const { text, now } = message.data;
  let answer: ParseAnswer;
  try {
    answer = { ok: true, parse: await parseBackup(text, { now }) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
