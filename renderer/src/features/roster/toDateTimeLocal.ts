/** `<input type="datetime-local">` speaks local wall time without a zone; these convert both ways. */
export function toDateTimeLocal(ts: number): string {
  const d = new Date(ts);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromDateTimeLocal(value: string): number | undefined {
  const ts = new Date(value).getTime();
  return Number.isNaN(ts) ? undefined : ts;
}
