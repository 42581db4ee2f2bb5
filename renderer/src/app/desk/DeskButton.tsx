import PersonPin from '@mui/icons-material/PersonPin';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Tooltip from '@mui/material/Tooltip';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaletteAction } from '../../features/palette/actions';
import { usePaletteActions } from '../../features/palette/usePaletteActions';
import { useDesk } from './desk';
import { inlineLoading, lazyPart } from '../lazyPart';

const DeskNameForm = lazyPart(() => import('./DeskNameForm').then((m) => m.DeskNameForm), {
  fallback: inlineLoading,
});
const FirstStartPrompt = lazyPart(() => import('./FirstStartPrompt').then((m) => m.FirstStartPrompt));

/** "Alice Martin" → "AM"; a name without spaces (山田) gives its first character. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => w !== '');
  return words
    .slice(0, 2)
    .map((w) => [...w][0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

/**
 * Who is at this desk, always in the app bar, changed from there or from the palette. While nobody
 * is, the first-start question stays on screen.
 */
export function DeskButton() {
  const { t } = useTranslation();
  const name = useDesk();
  const [changing, setChanging] = useState(false);
  const actions = useMemo(
    (): PaletteAction[] => [
      {
        id: 'desk.change',
        label: t('desk.change'),
        group: 'responders',
        keywords: t('desk.changeKeywords'),
        run: () => setChanging(true),
      },
    ],
    [t],
  );
  usePaletteActions(actions);
  const label = name === '' ? t('desk.nobody') : t('desk.atDesk', { name });
  return (
    <>
      <Tooltip title={label}>
        <Button
          size="small"
          color={name === '' ? 'warning' : 'inherit'}
          onClick={() => setChanging(true)}
          aria-label={label}
          startIcon={
            name === '' ? (
              <PersonPin />
            ) : (
              <Avatar sx={{ width: 26, height: 26, fontSize: '0.75rem', bgcolor: 'primary.main' }}>
                {initials(name)}
              </Avatar>
            )
          }
          // On a 1366-wide laptop the initials alone keep the bar on one row; the name shows from xl up.
          sx={{
            flexShrink: 0,
            minWidth: 0,
            maxWidth: 180,
            px: { xs: 0.25, xl: 1 },
            textTransform: 'none',
            '& .MuiButton-startIcon': { mr: { xs: 0, xl: 1 } },
          }}
        >
          <Box
            component="span"
            sx={{
              display: { xs: 'none', xl: 'inline' },
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
            }}
          >
            {name === '' ? t('desk.nobody') : name}
          </Box>
        </Button>
      </Tooltip>
      <Dialog
        open={changing}
        onClose={() => setChanging(false)}
        maxWidth="xs"
        fullWidth
        aria-labelledby="desk-title"
      >
        <DialogTitle id="desk-title">{t('desk.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('desk.why')}</DialogContentText>
          <DeskNameForm
            key={String(changing)}
            initial={name}
            autoFocus
            onDone={() => setChanging(false)}
            onCancel={() => setChanging(false)}
          />
        </DialogContent>
      </Dialog>
      {name === '' && !changing ? <FirstStartPrompt /> : null}
    </>
  );
}
