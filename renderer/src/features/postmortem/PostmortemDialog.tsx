import Close from '@mui/icons-material/Close';
import Download from '@mui/icons-material/Download';
import Print from '@mui/icons-material/Print';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { deskLocale } from '../../app/format';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { draftPostmortem, saveSection, setPostmortemStatus } from '../../db/repositories/postmortem';
import type { Incident } from '../../domain/incident/types';
import type { DraftSection, PostmortemSection } from '../../domain/postmortem';
import { formatDate } from '../../domain/time/format';
import type { SavedExport } from '../../platform';
import { SimpleDialog } from '../roster/SimpleDialog';
import { recordContext } from '../tasks/recordContext';
import { AddDrillSection } from './AddDrillSection';
import { exportPostmortemMarkdown, printPostmortem } from './exportPostmortem';
import { generateDraft, generateSection } from './generate';
import { PrintablePage } from './PrintablePage';
import { SectionEditor } from './SectionEditor';
import { usePostmortemDraft } from './usePostmortemDraft';
import { documentWords } from './words';
import { drillMarkOf } from '../drills/sandbox-strings';

type Props = { incident: Incident; onClose: () => void };

/**
 * The postmortem editor, full screen over the cockpit: draft it from the log, then edit each section
 * (every save a logged event), regenerate one when the IC asks, mark it reviewed, export or print it.
 */
export function PostmortemDialog({ incident, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { reportError, notify } = useNotices();
  const [operator] = useOperator();
  const titleId = useId();
  const draft = usePostmortemDraft(incident.id);
  const [replacing, setReplacing] = useState<PostmortemSection | null>(null);
  const locale = deskLocale(i18n.language);
  const context = () => recordContext(operator);
  const words =
    draft === undefined || draft === null
      ? null
      : {
          ...documentWords(t, draft, formatDate(incident.resolvedAt ?? incident.declaredAt, locale)),
          ...drillMarkOf(t, incident),
        };

  const run = (work: Promise<unknown>) => void work.catch(reportError);
  const tell = (saved: SavedExport | null, message: (where: string | null) => string) => {
    if (saved === null) return;
    if (saved.error !== undefined) notify({ severity: 'error', message: saved.error });
    else if (saved.saved) notify({ severity: 'success', message: message(saved.where) });
  };
  const regenerate = async (section: PostmortemSection) => {
    const text = await generateSection(t, incident.id, locale, section);
    await saveSection(db, incident.id, { section, text, regenerated: true }, context());
  };
  const askRegenerate = (section: DraftSection) =>
    section.edited ? setReplacing(section.section) : run(regenerate(section.section));

  return (
    <Dialog open fullScreen onClose={onClose} aria-labelledby={titleId}>
      <AppBar position="static" color="default" elevation={1}>
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Typography id={titleId} component="h1" variant="h6" noWrap sx={{ flexGrow: 1, minWidth: 0 }}>
            {t('postmortem.openFor', { title: incident.title })}
          </Typography>
          {draft === undefined || draft === null || words === null ? null : (
            <>
              <Chip
                label={t(`postmortem.statuses.${draft.status}`)}
                aria-label={`${t('postmortem.status')}: ${t(`postmortem.statuses.${draft.status}`)}`}
              />
              <Button
                onClick={() =>
                  run(
                    setPostmortemStatus(
                      db,
                      incident.id,
                      draft.status === 'draft' ? 'reviewed' : 'draft',
                      context(),
                    ),
                  )
                }
              >
                {draft.status === 'draft' ? t('postmortem.markReviewed') : t('postmortem.markDraft')}
              </Button>
              <Button
                startIcon={<Download />}
                onClick={() =>
                  run(
                    exportPostmortemMarkdown(incident, draft, words).then((saved) =>
                      tell(saved, (where) => t('postmortem.saved', { where })),
                    ),
                  )
                }
              >
                {t('postmortem.exportMarkdown')}
              </Button>
              <Button
                startIcon={<Print />}
                onClick={() =>
                  run(
                    printPostmortem(incident).then((saved) =>
                      tell(saved, (where) => t('postmortem.printed', { where })),
                    ),
                  )
                }
              >
                {t('postmortem.print')}
              </Button>
            </>
          )}
          <IconButton aria-label={t('postmortem.close')} onClick={onClose}>
            <Close />
          </IconButton>
        </Toolbar>
      </AppBar>
      <Box sx={{ p: 3, overflow: 'auto', flex: 1 }}>
        {draft === undefined ? null : draft === null ? (
          <Stack spacing={2} sx={{ alignItems: 'flex-start', maxWidth: 640 }}>
            <Typography>{t('postmortem.notDrafted')}</Typography>
            <Button
              variant="contained"
              autoFocus
              onClick={() =>
                run(
                  generateDraft(t, incident.id, locale).then((first) =>
                    draftPostmortem(db, incident.id, first, context()),
                  ),
                )
              }
            >
              {t('postmortem.draft')}
            </Button>
          </Stack>
        ) : (
          <Stack direction="row" spacing={4} sx={{ alignItems: 'flex-start' }}>
            <Box
              component="nav"
              aria-label={t('postmortem.sectionList')}
              sx={{ position: 'sticky', top: 0, minWidth: 200 }}
            >
              <Stack component="ol" spacing={0.5} sx={{ m: 0, pl: 2.5 }}>
                {draft.sections.map(({ section }) => (
                  <li key={section}>
                    <Link href={`#postmortem-${section}`} underline="hover">
                      {t(`postmortem.headings.${section}`)}
                    </Link>
                  </li>
                ))}
              </Stack>
            </Box>
            <Box sx={{ flex: 1, minWidth: 0, maxWidth: 1000 }}>
              <Typography component="p" variant="h5" sx={{ mb: 1 }}>
                {draft.title}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {words?.date} · {words?.authors}
              </Typography>
              <AddDrillSection
                isDrill={incident.isDrill}
                draft={draft}
                onAdd={() => run(regenerate('drill'))}
              />
              {draft.sections.map((section) => (
                <SectionEditor
                  key={section.section}
                  section={section}
                  onSave={(text) =>
                    saveSection(db, incident.id, { section: section.section, text }, context())
                  }
                  onRegenerate={() => askRegenerate(section)}
                />
              ))}
            </Box>
          </Stack>
        )}
      </Box>
      {draft === undefined || draft === null || words === null ? null : (
        <PrintablePage draft={draft} words={words} />
      )}
      <SimpleDialog
        open={replacing !== null}
        title={t('postmortem.regenerateEdited', {
          section: replacing === null ? '' : t(`postmortem.headings.${replacing}`),
        })}
        submitLabel={t('postmortem.regenerateSubmit')}
        onClose={() => setReplacing(null)}
        onSubmit={() => (replacing === null ? Promise.resolve() : regenerate(replacing))}
      >
        {null}
      </SimpleDialog>
    </Dialog>
  );
}
