/** The palette's registry entries, how the IC's typing matches them, and how shortcuts are read. */

export type PaletteGroup = 'incident' | 'tasks' | 'runbooks' | 'responders' | 'log' | 'panels';

/** One thing the IC can do from the keyboard; features register theirs while they are on screen. */
export type PaletteAction = {
  /** Stable, e.g. 'tasks.new'; a later registration with the same id replaces the earlier one. */
  id: string;
  /** In the IC's words and language, e.g. "New task". */
  label: string;
  group: PaletteGroup;
  /** e.g. 'n', 'shift+d', 'alt+1', 'mod+k' ('mod' is Ctrl, or ⌘ on a Mac). */
  shortcut?: string;
  /** Extra words the IC may type to find it. */
  keywords?: string;
  run: () => void;
};

function words(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
}

/**
 * The actions whose label or keywords contain every word the IC typed, in any order; labels that
 * start with the query come first, then registry order.
 */
export function matchActions(actions: readonly PaletteAction[], query: string): PaletteAction[] {
  const wanted = words(query);
  if (wanted.length === 0) return [...actions];
  const needle = query.trim().toLocaleLowerCase();
  const found = actions.filter((action) => {
    const haystack = `${action.label} ${action.keywords ?? ''}`.toLocaleLowerCase();
    return wanted.every((w) => haystack.includes(w));
  });
  const starts = (a: PaletteAction) => (a.label.toLocaleLowerCase().startsWith(needle) ? 0 : 1);
  return found
    .map((action, index) => ({ action, index }))
    .sort((a, b) => starts(a.action) - starts(b.action) || a.index - b.index)
    .map((x) => x.action);
}

export type KeyPress = {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
};

type Chord = { key: string; mod: boolean; alt: boolean; shift: boolean };

function parse(shortcut: string): Chord {
  const parts = shortcut.toLowerCase().split('+');
  const key = parts.at(-1) ?? '';
  return { key, mod: parts.includes('mod'), alt: parts.includes('alt'), shift: parts.includes('shift') };
}

/** The key a press names: digits and letters by their physical key, so Alt+1 works on a Mac too. */
function keyOf(press: KeyPress): string {
  const physical = /^(Digit|Key)([0-9A-Z])$/.exec(press.code);
  if (physical !== null && (press.altKey || press.shiftKey)) return (physical[2] ?? '').toLowerCase();
  return press.key.toLowerCase();
}

/** Whether a key press is the shortcut; `isMac` decides whether 'mod' is ⌘ or Ctrl. */
export function matchesShortcut(press: KeyPress, shortcut: string, isMac: boolean): boolean {
  const chord = parse(shortcut);
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const otherMod = isMac ? press.ctrlKey : press.metaKey;
  // "?" is typed with Shift on most layouts: a printable symbol carries its own shift.
  const symbol = chord.key.length === 1 && !/[a-z0-9]/.test(chord.key);
  return (
    keyOf(press) === chord.key &&
    mod === chord.mod &&
    !otherMod &&
    press.altKey === chord.alt &&
    (symbol || press.shiftKey === chord.shift)
  );
}

/** Whether the shortcut is a bare key (or Shift+key), which must not fire while the IC types. */
export function isBareKey(shortcut: string): boolean {
  const chord = parse(shortcut);
  return !chord.mod && !chord.alt;
}

/** How a shortcut is shown: "Ctrl+K" / "⌘K", "Alt+1" / "⌥1", "Shift+D", "N". */
export function shortcutLabel(shortcut: string, isMac: boolean): string {
  const chord = parse(shortcut);
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  const parts = [
    chord.mod ? (isMac ? '⌘' : 'Ctrl') : null,
    chord.alt ? (isMac ? '⌥' : 'Alt') : null,
    chord.shift ? (isMac ? '⇧' : 'Shift') : null,
    key,
  ].filter((p): p is string => p !== null);
  return parts.join(isMac ? '' : '+');
}
