import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchActions, shortcutLabel, type PaletteAction } from './actions';
import { isMac } from './isMac';

type Props = { initialQuery: string; actions: readonly PaletteAction[]; onClose: () => void };

const optionId = (index: number) => `palette-option-${index}`;

/** Type a few letters of what to do, arrows to pick, Enter to do it, Escape to leave. */
export function CommandPalette({ initialQuery, actions, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchActions(actions, query), [actions, query]);
  const current = Math.min(active, Math.max(0, matches.length - 1));

  useEffect(() => {
    document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  function choose(action: PaletteAction | undefined) {
    if (action === undefined) return;
    onClose();
    // After the palette has let go of focus, so a dialog the action opens can take it.
    setTimeout(action.run, 0);
  }

  function onKeyDown(event: KeyboardEvent) {
    const last = matches.length - 1;
    if (event.key === 'ArrowDown') setActive(current >= last ? 0 : current + 1);
    else if (event.key === 'ArrowUp') setActive(current <= 0 ? last : current - 1);
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(last);
    else if (event.key === 'Enter' && !event.nativeEvent.isComposing) choose(matches[current]);
    else return;
    event.preventDefault();
  }

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      disableRestoreFocus
      slotProps={{ paper: { 'aria-label': t('palette.title'), sx: { alignSelf: 'flex-start', mt: 10 } } }}
    >
      <Box sx={{ p: 2, pb: 1 }}>
        <TextField
          autoFocus
          fullWidth
          size="small"
          value={query}
          placeholder={t('palette.placeholder')}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          slotProps={{
            htmlInput: {
              role: 'combobox',
              'aria-label': t('palette.label'),
              'aria-expanded': true,
              'aria-controls': 'palette-list',
              'aria-autocomplete': 'list',
              'aria-activedescendant': matches.length === 0 ? undefined : optionId(current),
            },
          }}
        />
      </Box>
      {matches.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {t('palette.noMatch')}
        </Typography>
      ) : (
        <List
          id="palette-list"
          role="listbox"
          aria-label={t('palette.results')}
          dense
          sx={{ maxHeight: 420, overflow: 'auto' }}
        >
          {matches.map((action, index) => (
            <ListItemButton
              key={action.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              selected={index === current}
              tabIndex={-1}
              onMouseMove={() => setActive(index)}
              onClick={() => choose(action)}
            >
              <ListItemText primary={action.label} secondary={t(`palette.groups.${action.group}`)} />
              {action.shortcut === undefined ? null : (
                <Box
                  component="kbd"
                  aria-label={t('palette.shortcut', { keys: shortcutLabel(action.shortcut, isMac) })}
                  sx={{
                    fontFamily: 'monospace',
                    border: 1,
                    borderColor: 'divider',
                    borderRadius: 1,
                    px: 0.75,
                    fontSize: 12,
                  }}
                >
                  {shortcutLabel(action.shortcut, isMac)}
                </Box>
              )}
            </ListItemButton>
          ))}
        </List>
      )}
    </Dialog>
  );
}
