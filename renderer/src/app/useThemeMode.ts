import { useCallback, useState } from 'react';
import type { ThemeMode } from './theme';

const storageKey = 'warroom.theme';

/** Dark by default; the choice is a device-local preference, not an event. */
export function useThemeMode(): [ThemeMode, () => void] {
  const [mode, setMode] = useState<ThemeMode>(() =>
    localStorage.getItem(storageKey) === 'light' ? 'light' : 'dark',
  );
  const toggle = useCallback(() => {
    setMode((current) => {
      const next = current === 'dark' ? 'light' : 'dark';
      localStorage.setItem(storageKey, next);
      return next;
    });
  }, []);
  return [mode, toggle];
}
