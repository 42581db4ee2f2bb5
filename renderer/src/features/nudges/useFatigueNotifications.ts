import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roster } from '../../domain/roster/roster';
import { showNotification } from '../../platform';
import { describeFatigue } from '../roster/format';

const storageKey = (incidentId: string) => `warroom.notifiedFatigue.${incidentId}`;

function readNotified(incidentId: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(incidentId)) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * An OS notification when a responder becomes tired or exhausted, once per level change, so the IC
 * hears of it with the cockpit behind other windows. What was notified is device-local, not an event.
 */
export function useFatigueNotifications(incidentId: string, roster: Roster | undefined, now: number): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    if (roster === undefined) return;
    const notified = readNotified(incidentId);
    let changed = false;
    for (const entry of roster.onDuty) {
      const level = entry.fatigue.level;
      if (notified[entry.person.id] === level) continue;
      const worse = level === 'tired' || level === 'exhausted';
      notified[entry.person.id] = level;
      changed = true;
      if (worse) {
        void showNotification(
          t('nudges.notificationTitle', { name: entry.person.name, level: t(`terms.fatigue.${level}`) }),
          describeFatigue(t, entry.fatigue, now, i18n.language),
        );
      }
    }
    if (changed) localStorage.setItem(storageKey(incidentId), JSON.stringify(notified));
  }, [incidentId, roster, now, t, i18n.language]);
}
