/** "3:07:09" style duration for the app bar; days are shown when an incident runs past 24 h. */
export function formatElapsed(fromMs: number, toMs: number): string {
  const totalSeconds = Math.max(0, Math.floor((toMs - fromMs) / 1000));
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const clock = `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

/** Whether two instants fall on different local calendar days (then times are shown with their date). */
export function spansDays(fromMs: number, toMs: number): boolean {
  return new Date(fromMs).toDateString() !== new Date(toMs).toDateString();
}
