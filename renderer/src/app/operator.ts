import { useCallback, useState } from 'react';

const storageKey = 'warroom.operator';

/**
 * The name this desktop records entries under: a device-local preference, not an event. It starts
 * empty and remembers the last author the IC typed.
 */
export function useOperator(): [string, (name: string) => void] {
  const [name, setName] = useState(() => localStorage.getItem(storageKey) ?? '');
  const remember = useCallback((next: string) => {
    localStorage.setItem(storageKey, next);
    setName(next);
  }, []);
  return [name, remember];
}

/** The actor for automatic entries when nobody has typed a name yet. */
export function actorName(operator: string): string {
  return operator.trim() === '' ? 'War Room' : operator.trim();
}
