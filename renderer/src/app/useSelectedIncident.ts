import { useCallback, useState } from 'react';
import type { Incident } from '../domain/incident/types';

const storageKey = 'warroom.selectedIncident';

/** Which incident the cockpit shows: the IC's last choice, else the newest active one. */
export function useSelectedIncident(
  incidents: Incident[] | undefined,
): [string | null, (id: string) => void] {
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(storageKey));
  const select = useCallback((id: string) => {
    localStorage.setItem(storageKey, id);
    setChosen(id);
  }, []);
  if (incidents === undefined) return [null, select];
  const stillThere = incidents.some((i) => i.id === chosen);
  return [stillThere ? chosen : (incidents[0]?.id ?? null), select];
}
