import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { parseMrkdwn } from '../../domain/broadcasts/mrkdwn';
import type { Block, BroadcastMessage, TextObject } from '../../domain/broadcasts/types';

function Rendered({ text }: { text: TextObject }) {
  if (text.type === 'plain_text') return <>{text.text}</>;
  return (
    <>
      {parseMrkdwn(text.text).map((line, index) => (
        <Box component="span" key={index} sx={{ display: 'block', minHeight: '1em' }}>
          {line.map((span, at) =>
            span.bold ? (
              <strong key={at}>{span.text}</strong>
            ) : span.italic ? (
              <em key={at}>{span.text}</em>
            ) : (
              <span key={at}>{span.text}</span>
            ),
          )}
        </Box>
      ))}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'header':
      return (
        <Typography variant="h6" component="p" sx={{ fontWeight: 700 }}>
          {block.text.text}
        </Typography>
      );
    case 'section':
      return (
        <Box>
          {block.text === undefined ? null : (
            <Typography component="div" variant="body2">
              <Rendered text={block.text} />
            </Typography>
          )}
          {block.fields === undefined ? null : (
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
              {block.fields.map((field, index) => (
                <Typography key={index} component="div" variant="body2">
                  <Rendered text={field} />
                </Typography>
              ))}
            </Box>
          )}
        </Box>
      );
    case 'divider':
      return <Divider />;
    case 'context':
      return (
        <Typography component="div" variant="caption" color="text.secondary">
          {block.elements.map((element, index) => (
            <Rendered key={index} text={element} />
          ))}
        </Typography>
      );
  }
}

/** The broadcast as Slack shows it, then the exact blocks and notification text Slack receives. */
export function BroadcastPreview({ message }: { message: BroadcastMessage }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-label={t('broadcasts.composer.preview')}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {t('broadcasts.composer.preview')}
      </Typography>
      <Paper
        variant="outlined"
        // A long unbroken string (a URL, a stack trace) wraps as Slack wraps it, instead of widening the dialog.
        sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5, overflowWrap: 'anywhere' }}
        data-testid="broadcast-preview"
      >
        {message.blocks.map((block, index) => (
          <BlockView key={index} block={block} />
        ))}
      </Paper>
      <Box component="details" sx={{ mt: 1 }}>
        <summary>{t('broadcasts.composer.payload')}</summary>
        <Box
          component="pre"
          data-testid="broadcast-payload"
          sx={{ fontSize: 12, overflow: 'auto', maxHeight: 240 }}
        >
          {JSON.stringify(message.blocks, null, 2)}
        </Box>
        <Typography variant="subtitle2">{t('broadcasts.composer.fallback')}</Typography>
        <Box
          component="pre"
          data-testid="broadcast-fallback"
          sx={{ fontSize: 12, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {message.text}
        </Box>
      </Box>
    </Box>
  );
}
