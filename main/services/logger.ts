/** The main process's one logger: app code never calls `console` directly, so output can be redirected. */
type Level = 'info' | 'warn' | 'error';

function write(level: Level, message: string, detail?: unknown): void {
  const line = `[war-room] ${level}: ${message}`;
  const stream = level === 'info' ? process.stdout : process.stderr;
  stream.write(
    detail === undefined
      ? `${line}\n`
      : `${line} ${detail instanceof Error ? detail.stack : String(detail)}\n`,
  );
}

export const logger = {
  info: (message: string, detail?: unknown) => write('info', message, detail),
  warn: (message: string, detail?: unknown) => write('warn', message, detail),
  error: (message: string, detail?: unknown) => write('error', message, detail),
};
