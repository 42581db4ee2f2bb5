import Check from '@mui/icons-material/Check';
import LocalOfferOutlined from '@mui/icons-material/LocalOfferOutlined';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { setTagged } from '../../db/repositories/postmortem';
import type { IncidentEvent } from '../../domain/log/events';
import { entryTags, type EntryTag } from '../../domain/postmortem';
import { recordContext } from '../tasks/recordContext';
import { useEntryTags } from './usePostmortemDraft';

/**
 * A log entry's postmortem tags (root cause, went well…): shown as small chips, changed from a menu of
 * checkable items that the keyboard reaches like the star beside it.
 */
export function EntryTagMenu({ entry }: { entry: IncidentEvent }) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [operator] = useOperator();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const tags = useEntryTags(entry.incidentId, entry.id);
  const toggle = (tag: EntryTag) =>
    void setTagged(db, entry.id, tag, !tags.has(tag), recordContext(operator)).catch(reportError);
  return (
    <>
      {entryTags
        .filter((tag) => tags.has(tag))
        .map((tag) => (
          <Chip
            key={tag}
            size="small"
            variant="outlined"
            label={t(`postmortem.tags.${tag}`)}
            sx={{ mt: 0.25 }}
          />
        ))}
      <IconButton
        size="small"
        aria-label={t('postmortem.tags.menu')}
        aria-haspopup="menu"
        aria-controls={anchor === null ? undefined : menuId}
        aria-expanded={anchor !== null}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <LocalOfferOutlined fontSize="small" />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {entryTags.map((tag) => (
          <MenuItem
            key={tag}
            role="menuitemcheckbox"
            aria-checked={tags.has(tag)}
            onClick={() => toggle(tag)}
          >
            <ListItemIcon>{tags.has(tag) ? <Check fontSize="small" /> : null}</ListItemIcon>
            {t(`postmortem.tags.${tag}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
