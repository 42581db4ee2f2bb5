/** Streams that belong to no incident: the directory, the runbook library and the team settings. */
import { directoryStream } from '../roster/types';
import { runbookStream } from '../runbooks/types';
import { settingsStream } from '../settings/events';

export const pseudoStreams: readonly string[] = [directoryStream, runbookStream, settingsStream];
