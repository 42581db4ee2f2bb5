import Description from '@mui/icons-material/Description';
import Button from '@mui/material/Button';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../domain/incident/types';
import type { PaletteAction } from '../palette/actions';
import { usePaletteActions } from '../palette/usePaletteActions';
import { dialogLoading, lazyPart } from '../../app/lazyPart';

const PostmortemDialog = lazyPart(() => import('./PostmortemDialog').then((m) => m.PostmortemDialog), {
  fallback: dialogLoading,
});

/**
 * Where the postmortem opens: "Postmortem" in the palette for the incident on screen, and a button
 * beside the incident's controls once it is resolved, which is when the IC writes it.
 */
export function PostmortemHost({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const actions = useMemo(
    (): PaletteAction[] => [
      {
        id: 'postmortem.open',
        label: t('postmortem.open'),
        group: 'incident',
        keywords: t('postmortem.keywords'),
        run: () => setOpen(true),
      },
    ],
    [t],
  );
  usePaletteActions(actions);
  return (
    <>
      {incident.status === 'resolved' ? (
        <Button
          size="small"
          variant="outlined"
          color="inherit"
          startIcon={<Description />}
          onClick={() => setOpen(true)}
        >
          {t('postmortem.open')}
        </Button>
      ) : null}
      {open ? (
        <PostmortemDialog key={incident.id} incident={incident} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
