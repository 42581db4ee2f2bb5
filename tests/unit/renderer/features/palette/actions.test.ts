import { describe, expect, it } from 'vitest';
import {
  isBareKey,
  matchActions,
  matchesShortcut,
  shortcutLabel,
  type KeyPress,
  type PaletteAction,
} from '../../../../../renderer/src/features/palette/actions';

const action = (id: string, label: string, keywords?: string): PaletteAction => ({
  id,
  label,
  group: 'tasks',
  keywords,
  run: () => {},
});
const actions = [
  action('assign', 'Assign task…', 'reassign owner'),
  action('new', 'New task'),
  action('status', 'Status: Resolved'),
  action('declare', 'Declare incident'),
];

const press = (key: string, change: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...change,
});

describe('matching what the IC types', () => {
  it('every word must appear in the label or keywords, in any order, any case', () => {
    expect(matchActions(actions, 'TASK').map((a) => a.id)).toEqual(['assign', 'new']);
    expect(matchActions(actions, 'task new').map((a) => a.id)).toEqual(['new']);
    expect(matchActions(actions, 'owner').map((a) => a.id)).toEqual(['assign']);
    expect(matchActions(actions, 'nothing like it')).toEqual([]);
    expect(matchActions(actions, '  ').map((a) => a.id)).toEqual(['assign', 'new', 'status', 'declare']);
  });

  it('labels that start with the query come first', () => {
    expect(matchActions(actions, 'de').map((a) => a.id)).toEqual(['declare']);
    expect(matchActions(actions, 'n').map((a) => a.id)).toEqual(['new', 'assign', 'declare']);
    expect(matchActions(actions, 'status:').map((a) => a.id)).toEqual(['status']);
  });
});

describe('shortcuts', () => {
  it('Ctrl+K off a Mac, ⌘K on one; the other modifier does not count', () => {
    expect(matchesShortcut(press('k', { ctrlKey: true }), 'mod+k', false)).toBe(true);
    expect(matchesShortcut(press('k', { metaKey: true }), 'mod+k', false)).toBe(false);
    expect(matchesShortcut(press('k', { metaKey: true }), 'mod+k', true)).toBe(true);
    expect(matchesShortcut(press('k'), 'mod+k', false)).toBe(false);
  });

  it('bare keys need no modifier at all, any case; Shift makes another shortcut', () => {
    expect(matchesShortcut(press('n'), 'n', false)).toBe(true);
    expect(matchesShortcut(press('N', { shiftKey: true }), 'n', false)).toBe(false);
    expect(matchesShortcut(press('D', { shiftKey: true }), 'shift+d', false)).toBe(true);
    expect(matchesShortcut(press('d'), 'shift+d', false)).toBe(false);
    expect(matchesShortcut(press('n', { ctrlKey: true }), 'n', false)).toBe(false);
  });

  it('Alt+digit by the physical key, since Option+1 types “¡” on a Mac', () => {
    expect(matchesShortcut(press('¡', { altKey: true, code: 'Digit1' }), 'alt+1', true)).toBe(true);
    expect(matchesShortcut(press('1', { altKey: true }), 'alt+2', false)).toBe(false);
  });

  it('"?" however the layout types it', () => {
    expect(matchesShortcut(press('?', { shiftKey: true, code: 'Slash' }), '?', false)).toBe(true);
  });

  it('tells bare keys (not while typing) from chords, and shows each platform’s way', () => {
    expect(isBareKey('n')).toBe(true);
    expect(isBareKey('shift+d')).toBe(true);
    expect(isBareKey('alt+1')).toBe(false);
    expect(shortcutLabel('mod+k', false)).toBe('Ctrl+K');
    expect(shortcutLabel('mod+k', true)).toBe('⌘K');
    expect(shortcutLabel('alt+1', true)).toBe('⌥1');
    expect(shortcutLabel('shift+d', false)).toBe('Shift+D');
    expect(shortcutLabel('n', false)).toBe('N');
  });
});
