import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { PostmortemDraft } from '../../domain/postmortem';

type Props = { isDrill: boolean; draft: PostmortemDraft; onAdd: () => void };

/**
 * A drill's draft written before its retrospective has no drill section; the IC adds it from the log
 * when the team has saved one, instead of drafting the whole postmortem again.
 */
export function AddDrillSection({ isDrill, draft, onAdd }: Props) {
  const { t } = useTranslation();
  if (!isDrill || draft.sections.some((s) => s.section === 'drill')) return null;
  return (
    <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap', mt: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {t('postmortem.drillMissing')}
      </Typography>
      <Button variant="outlined" size="small" onClick={onAdd}>
        {t('postmortem.addDrill')}
      </Button>
    </Stack>
  );
}
