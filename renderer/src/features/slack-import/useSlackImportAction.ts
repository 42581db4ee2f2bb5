import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { lazyCode } from '../../app/lazyPart';
import { useOperator } from '../../app/operator';
import type { Incident } from '../../domain/incident/types';
import type { PaletteAction } from '../palette/actions';
import { recordContext } from '../tasks/recordContext';
import { describeSlackImport, describeSlackImportFailure } from './describeSlackImport';

// The import's reading of Slack and its writes come with the first import (or the idle prefetch).
const importCode = lazyCode(() => import('./importConversation'));

/** "Import Slack conversation" for the palette: one import at a time, its outcome told in a notice. */
export function useSlackImportAction(incident: Incident | null): PaletteAction[] {
  const { t } = useTranslation();
  const { notify, reportError } = useNotices();
  const [operator] = useOperator();
  const running = useRef(false);

  return useMemo((): PaletteAction[] => {
    if (incident === null) return [];
    const run = async () => {
      if (running.current) return;
      running.current = true;
      notify({ message: t('slackImport.importing'), severity: 'info' });
      try {
        const { importSlackConversation } = await importCode();
        const outcome = await importSlackConversation(incident.id, () => recordContext(operator));
        notify(
          outcome.ok
            ? { message: describeSlackImport(t, outcome.result), severity: 'success' }
            : { message: describeSlackImportFailure(t, outcome.error), severity: 'error' },
        );
      } catch (error) {
        reportError(error);
      } finally {
        running.current = false;
      }
    };
    return [
      {
        id: 'log.import-slack',
        label: t('slackImport.command'),
        group: 'log',
        keywords: t('slackImport.keywords'),
        run: () => void run(),
      },
    ];
  }, [incident, t, notify, reportError, operator]);
}
