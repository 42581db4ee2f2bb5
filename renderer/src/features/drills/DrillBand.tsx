import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** Tall enough to read at a glance across a room; every dialog starts below it. */
export const drillBandHeight = 36;

// Hazard stripes, black on signal yellow: the same in the light and the dark theme, so it never fades.
const yellow = '#FFD600';
const hazard = `repeating-linear-gradient(-45deg, #000 0 10px, ${yellow} 10px 20px)`;

/**
 * The band across the top of the window while a drill is open: it cannot be dismissed and sits above every
 * dialog (the log, the board, the timeline, ICS-214, the postmortem, analytics), which start below it, so no
 * view of a drill can be taken for a real incident. A named region, so a screen reader finds it by its words,
 * not by its colour.
 */
export function DrillBand({ incident }: { incident: { isDrill: boolean } | null }) {
  const { t } = useTranslation();
  if (incident === null || !incident.isDrill) return null;
  return (
    <>
      <GlobalStyles
        styles={{
          '.MuiDialog-container, .MuiDrawer-paper': { paddingTop: drillBandHeight },
        }}
      />
      <Box
        component="section"
        role="region"
        aria-label={t('drillSandbox.band.label')}
        data-testid="drill-band"
        sx={{
          position: 'relative',
          // Above MUI's modals (1300): a dialog opened over a drill still shows the band.
          zIndex: (theme) => theme.zIndex.modal + 1,
          flexShrink: 0,
          height: drillBandHeight,
          display: 'flex',
          alignItems: 'stretch',
          bgcolor: yellow,
          color: '#000',
          borderBottom: '2px solid #000',
        }}
      >
        <Box aria-hidden sx={{ width: 48, flexShrink: 0, background: hazard }} />
        <Box
          sx={{
            flex: 1,
            minWidth: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            gap: 2,
            px: 2,
          }}
        >
          <Typography
            component="strong"
            sx={{ fontWeight: 900, fontSize: 20, letterSpacing: 4, lineHeight: 1, color: '#000' }}
          >
            {t('drillSandbox.band.word')}
          </Typography>
          <Typography component="span" noWrap sx={{ fontWeight: 600, fontSize: 14, color: '#000' }}>
            {t('drillSandbox.band.text')}
          </Typography>
        </Box>
        <Box aria-hidden sx={{ width: 48, flexShrink: 0, background: hazard }} />
      </Box>
    </>
  );
}
