/** Drill time as the game master and the players read it: minutes and seconds, "12:05". */
export function drillTime(ms: number): string {
  const whole = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
