import Cancel from '@mui/icons-material/Cancel';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlackChannelSummary } from '../../../../preload/contract/slack';
import { ErrorText } from '../../app/ErrorText';
import { call } from '../../bridge';
import type { ChannelRef } from '../../domain/broadcasts/plan';
import { looksLikeTypedChannelId } from '../../domain/broadcasts/rules';
import { explainFailure } from '../broadcasts/explainFailure';

type Page = { channels: SlackChannelSummary[]; nextCursor: string | undefined };

/** Pick stakeholder channels from Slack's list (searchable, page by page) or by ID. */
export function ChannelPicker({
  value,
  onChange,
}: {
  value: ChannelRef[];
  onChange: (next: ChannelRef[]) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState<Page>({ channels: [], nextCursor: undefined });
  // Two messages, not one: the list answering late must not wipe what the IC was told about a typed id.
  const [listError, setListError] = useState<string | null>(null);
  const [idError, setIdError] = useState<string | null>(null);
  const [byId, setById] = useState('');
  const chosen = new Set(value.map((c) => c.channelId));

  async function load(search: string, cursor?: string) {
    const answer = await call('slack:list-channels', {
      limit: 100,
      ...(search.trim() === '' ? {} : { query: search.trim() }),
      ...(cursor === undefined ? {} : { cursor }),
    });
    if (!answer.ok) {
      setListError(explainFailure(t, answer.error));
      return;
    }
    setListError(null);
    setPage((previous) => ({
      channels:
        cursor === undefined ? answer.value.channels : [...previous.channels, ...answer.value.channels],
      nextCursor: answer.value.nextCursor,
    }));
  }

  useEffect(() => {
    // Typing fast should not cost a Slack call per key.
    const timer = setTimeout(() => void load(query), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` reads only the query passed in.
  }, [query]);

  function toggle(channel: SlackChannelSummary) {
    onChange(
      chosen.has(channel.id)
        ? value.filter((c) => c.channelId !== channel.id)
        : [...value, { channelId: channel.id, channelName: channel.name }],
    );
  }

  /** A typed id gets a loose shape check; ids from Slack's own list are never checked (see `toggle`). */
  function addById() {
    const id = byId.trim();
    if (!looksLikeTypedChannelId(id)) {
      setIdError(t('slack.badChannelId'));
      return;
    }
    setIdError(null);
    setById('');
    if (!chosen.has(id)) onChange([...value, { channelId: id, channelName: id }]);
  }

  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle2">{t('slack.chosen')}</Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} aria-label={t('slack.chosen')} role="list">
        {value.map((c) => (
          <Chip
            key={c.channelId}
            role="listitem"
            label={`#${c.channelName}`}
            onDelete={() => onChange(value.filter((v) => v.channelId !== c.channelId))}
            deleteIcon={<Cancel role="button" aria-label={t('slack.remove', { name: c.channelName })} />}
          />
        ))}
      </Stack>
      <TextField
        size="small"
        type="search"
        label={t('slack.searchChannels')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <List dense aria-label={t('slack.channelList')} sx={{ maxHeight: 240, overflow: 'auto' }}>
        {page.channels.map((channel) => (
          <ListItem key={channel.id} disablePadding>
            <ListItemButton onClick={() => toggle(channel)}>
              <ListItemIcon>
                <Checkbox
                  edge="start"
                  checked={chosen.has(channel.id)}
                  tabIndex={-1}
                  slotProps={{ input: { 'aria-label': `#${channel.name}` } }}
                />
              </ListItemIcon>
              <ListItemText
                primary={`#${channel.name}`}
                secondary={[
                  channel.isPrivate ? t('slack.privateChannel') : '',
                  channel.isMember ? '' : t('slack.notMember'),
                ]
                  .filter((part) => part !== '')
                  .join(' · ')}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      {page.channels.length === 0 ? (
        <Typography color="text.secondary">{t('slack.noChannels')}</Typography>
      ) : null}
      <ErrorText message={listError} />
      {page.nextCursor === undefined ? null : (
        <Button onClick={() => void load(query, page.nextCursor)}>{t('slack.moreChannels')}</Button>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label={t('slack.byId')}
          helperText={t('slack.byIdHelp')}
          value={byId}
          onChange={(e) => setById(e.target.value)}
        />
        <Button onClick={addById}>{t('slack.addById')}</Button>
      </Stack>
      <ErrorText message={idError} />
    </Stack>
  );
}
