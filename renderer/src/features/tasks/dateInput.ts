/** `<input type="date">` speaks yyyy-mm-dd in local time; the store speaks epoch ms. */

/** A due date is met until the end of that day where the IC is. */
export function fromDateInput(value: string): number {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, 23, 59, 59, 999).getTime();
}

export function toDateInput(ts: number): string {
  const date = new Date(ts);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
