import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSlackApiUrl } from '../../../../preload/contract/slack';
import { checkSlackToken } from '../../../../preload/contract/slack-token';
import { ErrorText } from '../../app/ErrorText';
import { call } from '../../bridge';
import { wakeDispatcher } from '../broadcasts/dispatcherSignal';
import { describeBridgeError } from '../../app/bridgeErrors';
import { explainConnectFailure, explainTokenProblem } from './explainConnectFailure';
import { refreshSlackStatus, useSlackStatus } from './slackStatus';
import { StarReactionSetting } from '../slack-import/StarReactionSetting';
import { DrillChannelSetting } from '../broadcasts/DrillChannelSetting';

/** Connect (paste the bot token once) or disconnect Slack; the token goes to main and never comes back. */
export function SlackDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const status = useSlackStatus();
  const [token, setToken] = useState('');
  const [apiUrl, setApiUrl] = useState<string | null>(null);
  const [acceptWeak, setAcceptWeak] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmingDisconnect, setConfirmingDisconnect] = useState(false);
  const shownUrl = apiUrl ?? (status?.apiUrl || defaultSlackApiUrl);

  async function connect(event: FormEvent) {
    event.preventDefault();
    // The shape is checked here, so a token with a stray character is explained and never reaches Slack.
    const checked = checkSlackToken(token);
    if (checked.problem !== undefined) {
      setError(explainTokenProblem(t, checked.problem));
      return;
    }
    setBusy(true);
    setError(null);
    const answer = await call('slack:save-token', {
      token: checked.token,
      apiUrl: shownUrl,
      ...(acceptWeak ? { acceptWeakStorage: true } : {}),
    });
    setBusy(false);
    if (!answer.ok) {
      setError(explainConnectFailure(t, answer.error));
      return;
    }
    setToken('');
    await refreshSlackStatus();
    wakeDispatcher();
  }

  async function disconnect() {
    setConfirmingDisconnect(false);
    const answer = await call('slack:forget-token', {});
    if (!answer.ok) setError(describeBridgeError(t, answer.error));
    await refreshSlackStatus();
  }

  const workspace = status?.connected ? status.workspace : null;
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="slack-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="slack-dialog-title">{t('slack.title')}</DialogTitle>
      {workspace !== null ? (
        <DialogContent>
          <Stack spacing={2}>
            <Alert severity="success">
              {t('slack.connected', { team: workspace.teamName, bot: workspace.botName })}
            </Alert>
            {workspace.scopesUnknown === true ? (
              <Alert severity="info">{t('slack.scopesUnknown')}</Alert>
            ) : workspace.missingScopes.length > 0 ? (
              <Alert severity="warning">
                {t('slack.missingScopes', { scopes: workspace.missingScopes.join(', ') })}
              </Alert>
            ) : null}
            <Typography variant="body2" color="text.secondary">
              {t(`slack.protection.${status?.protection ?? 'file'}`)}
            </Typography>
            <StarReactionSetting />
            <DrillChannelSetting />
            <ErrorText message={error} />
          </Stack>
        </DialogContent>
      ) : (
        <DialogContent>
          <Stack
            component="form"
            id="slack-connect-form"
            spacing={2}
            onSubmit={(e) => void connect(e)}
            sx={{ pt: 1 }}
          >
            <Typography color="text.secondary">{t('slack.notConnected')}</Typography>
            <TextField
              label={t('slack.token')}
              type="password"
              value={token}
              onChange={(e) => setToken(e.target.value)}
              helperText={t('slack.tokenHelp')}
              autoComplete="off"
              required
            />
            <TextField
              label={t('slack.apiUrl')}
              value={shownUrl}
              onChange={(e) => setApiUrl(e.target.value)}
              helperText={t('slack.apiUrlHelp')}
            />
            {status?.protection === 'weak' ? (
              <>
                <Alert severity="warning">{t('slack.protection.weak')}</Alert>
                <FormControlLabel
                  control={
                    <Checkbox checked={acceptWeak} onChange={(e) => setAcceptWeak(e.target.checked)} />
                  }
                  label={t('slack.acceptWeakStorage')}
                />
              </>
            ) : null}
            {busy ? <Typography role="status">{t('slack.connecting')}</Typography> : null}
            <ErrorText message={error} />
          </Stack>
        </DialogContent>
      )}
      <DialogActions>
        {workspace !== null ? (
          <Button color="error" onClick={() => setConfirmingDisconnect(true)}>
            {t('slack.disconnect')}
          </Button>
        ) : (
          <Button
            type="submit"
            form="slack-connect-form"
            variant="contained"
            disabled={busy || token.trim() === ''}
          >
            {t('slack.connect')}
          </Button>
        )}
        <Button onClick={onClose}>{t('slack.close')}</Button>
      </DialogActions>
      <Dialog
        open={confirmingDisconnect}
        onClose={() => setConfirmingDisconnect(false)}
        aria-labelledby="slack-disconnect-title"
      >
        <DialogTitle id="slack-disconnect-title">{t('slack.disconnectTitle')}</DialogTitle>
        <DialogContent>
          <Typography>{t('slack.disconnectBody')}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmingDisconnect(false)}>{t('slack.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => void disconnect()}>
            {t('slack.disconnect')}
          </Button>
        </DialogActions>
      </Dialog>
    </Dialog>
  );
}
