import Edit from '@mui/icons-material/Edit';
import Refresh from '@mui/icons-material/Refresh';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import type { DraftSection } from '../../domain/postmortem';

type Props = {
  section: DraftSection;
  onSave: (text: string) => Promise<void>;
  /** Asks for the section again from the log; the caller confirms first when it was edited. */
  onRegenerate: () => void;
};

/**
 * One section of the draft: its Markdown as written, Edit to change it in a textarea (Ctrl+Enter or
 * Save keeps it as a logged edit, Escape leaves it as it was), Regenerate to draft it again from the log.
 */
export function SectionEditor({ section, onSave, onRegenerate }: Props) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const headingId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const heading = t(`postmortem.headings.${section.section}`);

  async function save(text: string) {
    try {
      await onSave(text);
      setEditing(null);
    } catch (error) {
      reportError(error);
    }
  }
  function keys(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && editing !== null) {
      event.preventDefault();
      void save(editing);
    } else if (event.key === 'Escape') {
      // Escape cancels this edit only; it must not close the whole editor.
      event.stopPropagation();
      setEditing(null);
    }
  }

  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      id={`postmortem-${section.section}`}
      sx={{ py: 1.5 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography id={headingId} component="h2" variant="h6">
          {heading}
        </Typography>
        {section.edited ? <Chip size="small" variant="outlined" label={t('postmortem.edited')} /> : null}
        <Box sx={{ flexGrow: 1 }} />
        {editing === null ? (
          <>
            <Button
              size="small"
              startIcon={<Edit />}
              onClick={() => setEditing(section.text)}
              aria-label={t('postmortem.edit', { section: heading })}
            >
              {t('postmortem.editShort')}
            </Button>
            <Button
              size="small"
              startIcon={<Refresh />}
              onClick={onRegenerate}
              aria-label={t('postmortem.regenerate', { section: heading })}
            >
              {t('postmortem.regenerateShort')}
            </Button>
          </>
        ) : null}
      </Stack>
      {editing === null ? (
        <Typography
          component="div"
          variant="body2"
          sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'monospace' }}
        >
          <bdi>{section.text}</bdi>
        </Typography>
      ) : (
        <Stack spacing={1}>
          <TextField
            label={heading}
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={keys}
            helperText={t('postmortem.editHelp')}
            multiline
            minRows={6}
            autoFocus
            fullWidth
            slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
          />
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => void save(editing)}>
              {t('postmortem.save')}
            </Button>
            <Button onClick={() => setEditing(null)}>{t('postmortem.cancel')}</Button>
          </Stack>
        </Stack>
      )}
    </Box>
  );
}
