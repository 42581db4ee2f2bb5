import type { SettingsEvent } from '../../domain/settings/events';
import type { ProjectionHandlers } from './types';

export const settingsProjection: ProjectionHandlers<SettingsEvent> = {
  'settings.changed': async (tables, event) => {
    await tables.settings.put({ key: event.payload.key, value: event.payload.value });
  },
};
