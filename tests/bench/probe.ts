/**
 * A stopwatch that lives inside the page, so figures do not include Playwright's round trips. It is
 * installed before any app script runs on every navigation, and notes, on the page's own clock
 * (performance.now(): milliseconds since that navigation started):
 * - when each log line (role=listitem, keyed by its accessible name) first enters the DOM, and when
 *   the first frame after that has been painted (requestAnimationFrame, then a message: the task that
 *   runs once the frame's style, layout and paint are done);
 * - when the last Enter key went down (capture phase, so before the app's own handler sees it).
 */
import type { BrowserContext, Page } from '@playwright/test';

/** A log line as the page saw it arrive; times in ms on the page's clock. */
export type LineSighting = { label: string; inDomAt: number; paintedAt: number; enterAt: number | null };

type Sighting = { label: string; inDomAt: number; paintedAt: number | null };
type Waiter = { text: string; settle: (sighting: Sighting) => void };
type Probe = { sightings: Map<string, Sighting>; waiters: Waiter[]; lastEnterAt: number | null };
type ProbeWindow = { warRoomBench?: Probe };

function installProbeInPage(): void {
  const probe: Probe = { sightings: new Map(), waiters: [], lastEnterAt: null };
  (window as unknown as ProbeWindow).warRoomBench = probe;
  window.addEventListener(
    'keydown',
    (event) => {
      // The event's own timestamp: when the key went down, before any handler ran.
      if (event.key === 'Enter') probe.lastEnterAt = event.timeStamp;
    },
    true,
  );
  new MutationObserver((records) => {
    const seenAt = performance.now();
    const fresh: Sighting[] = [];
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        const items = node.matches('[role="listitem"]')
          ? [node]
          : Array.from(node.querySelectorAll('[role="listitem"]'));
        for (const item of items) {
          const label = item.getAttribute('aria-label') ?? item.textContent ?? '';
          if (probe.sightings.has(label)) continue;
          const sighting: Sighting = { label, inDomAt: seenAt, paintedAt: null };
          probe.sightings.set(label, sighting);
          fresh.push(sighting);
        }
      }
    }
    if (fresh.length === 0) return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const paintedAt = performance.now();
        for (const sighting of fresh) sighting.paintedAt = paintedAt;
        probe.waiters = probe.waiters.filter((waiter) => {
          const found = fresh.find((sighting) => sighting.label.includes(waiter.text));
          if (found !== undefined) waiter.settle(found);
          return found === undefined;
        });
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true });
}

/** Installs the probe on every page of the context, from the next navigation on. */
export async function installProbe(context: BrowserContext): Promise<void> {
  // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`; the functions
  // Playwright serialises into the page need that helper there too.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name ?? ((fn) => fn);' });
  await context.addInitScript(installProbeInPage);
}

/**
 * Waits until a log line whose accessible name contains `text` has been painted, and returns when it
 * arrived. Resolves at once if it already has.
 */
export async function lineSighted(page: Page, text: string, timeoutMs: number): Promise<LineSighting> {
  return page.evaluate(
    ([wanted, timeout]) =>
      new Promise<LineSighting>((resolve, reject) => {
        const probe = (window as unknown as ProbeWindow).warRoomBench;
        if (probe === undefined) {
          reject(new Error('the bench probe is not installed in this page'));
          return;
        }
        const done = (sighting: Sighting) =>
          resolve({
            label: sighting.label,
            inDomAt: sighting.inDomAt,
            paintedAt: sighting.paintedAt ?? sighting.inDomAt,
            enterAt: probe.lastEnterAt,
          });
        const already = [...probe.sightings.values()].find(
          (s) => s.paintedAt !== null && s.label.includes(wanted),
        );
        if (already !== undefined) {
          done(already);
          return;
        }
        const timer = setTimeout(
          () => reject(new Error(`no log line containing "${wanted}" appeared within ${timeout} ms`)),
          timeout,
        );
        probe.waiters.push({
          text: wanted,
          settle: (sighting) => {
            clearTimeout(timer);
            done(sighting);
          },
        });
      }),
    [text, timeoutMs] as const,
  );
}

/** Resolves once the page's main thread has nothing left to do (or after `timeoutMs`). */
export async function pageIdle(page: Page, timeoutMs = 1_000): Promise<void> {
  await page.evaluate(
    (timeout) => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout })),
    timeoutMs,
  );
}
