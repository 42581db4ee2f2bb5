/** Main's non-secret Slack configuration: the API base URL and the connected workspace. */
export { SlackApiUrlError, checkSlackApiUrl } from './api-url';
export { createSlackSettingsStore, type SlackSettings, type SlackSettingsStore } from './store';
