/**
 * ULID-shaped ids for what the benches seed: 10 Crockford characters of time, then 16 more that no
 * other id of the run shares (a per-run prefix and a counter), so string order is time order as the
 * app's own ids are. The ulid package draws each id's 16 random characters from the OS one by one:
 * on this loaded 2-core machine 100,000 of them cost half a minute, most of a bench's seeding.
 */
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encode(value: number, length: number): string {
  let text = '';
  for (let rest = Math.floor(value), i = 0; i < length; i += 1, rest = Math.floor(rest / 32)) {
    text = crockford[rest % 32] + text;
  }
  return text;
}

// Random once per run, so two runs' seeds (or a seed and a backup of an earlier run) never share ids.
const runPrefix = encode(Math.random() * 32 ** 6, 6);
let counter = 0;

/** An id for something that happened at `ts` (ms), like ulid(ts). */
export function idAt(ts: number): string {
  counter += 1;
  return encode(ts, 10) + runPrefix + encode(counter, 10);
}

/**
 * Like ulid's monotonicFactory: each id sorts after the one before, even when asked for an earlier
 * time (it keeps the latest time seen), so ids follow the order they were made in.
 */
export function monotonicIds(): (ts: number) => string {
  let latest = 0;
  return (ts) => {
    latest = Math.max(latest, ts);
    return idAt(latest);
  };
}
