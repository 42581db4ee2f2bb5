import { sendIntent } from '../cockpit/intents';

/** Panels are landmarks the keyboard can jump to: `section id="panel-<name>" tabIndex={-1}` by convention. */
const focusable =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), textarea:not([aria-hidden="true"]), select, a[href], [tabindex="0"]';

/**
 * Moves focus into a panel: to the element the panel marks `data-panel-entry` (e.g. the task card
 * the IC was on), else the panel itself when it can take focus (tabIndex -1), else its first
 * control. Returns false when the panel is not on screen.
 */
export function focusPanel(selector: string): boolean {
  const panel = document.querySelector<HTMLElement>(selector);
  if (panel === null) return false;
  revealed(panel);
  panel.scrollIntoView({ block: 'nearest' });
  const target =
    panel.querySelector<HTMLElement>('[data-panel-entry]') ??
    (panel.hasAttribute('tabindex') ? panel : panel.querySelector<HTMLElement>(focusable));
  target?.focus();
  return target !== null;
}

/** Focuses a field inside a panel, e.g. the log's entry box, so the IC can type at once. */
export function focusField(selector: string): boolean {
  const field = document.querySelector<HTMLElement>(selector);
  if (field === null) return false;
  revealed(field);
  field.scrollIntoView({ block: 'nearest' });
  field.focus();
  return true;
}

/** A jump to a panel hidden behind an enlarged one gives the whole cockpit back first. */
function revealed(element: HTMLElement): void {
  if (!element.checkVisibility({ visibilityProperty: true })) sendIntent({ kind: 'whole-cockpit' });
}
