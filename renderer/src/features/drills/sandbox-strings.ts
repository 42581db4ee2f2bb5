/**
 * The words that keep a drill apart from real incidents, in English (sandbox-strings-ja.ts has the Japanese):
 * the DRILL band, where a drill's updates go (the drill channel, or kept in War Room), the drill channel
 * setting, and the drills' group in incident lists. app/locales/ mounts them under `drillSandbox`.
 */
export const drillSandboxEn = {
  band: {
    word: 'DRILL',
    text: 'This is a drill, not a real incident. Its updates never reach real stakeholders.',
    label: 'Drill: this is an exercise',
  },
  composer: {
    toDrillChannel: 'Drill: this update goes only to the drill channel #{{channel}}, not to stakeholders.',
    keptInWarRoom:
      'Drill: no drill channel is set, so this update stays in War Room, delivered to the drill. Nobody in Slack receives it.',
    send: 'Send to the drill',
  },
  delivery: {
    theDrill: 'the drill (kept in War Room)',
    deliveredToDrill: 'Delivered to the drill (kept in War Room, not sent to Slack)',
    show: 'Show as Slack would',
    hide: 'Hide the message',
    shown: 'The update as Slack would show it',
  },
  refused:
    'This is a drill: War Room posts its updates only to the drill channel set in Slack settings. Nothing was sent to this channel.',
  logSent: 'Update delivered to the drill (kept in War Room, not sent to Slack)',
  setting: {
    title: 'Drill channel',
    help: 'Drills post their updates only here. Leave it empty to keep drill updates in War Room.',
    none: 'No drill channel: drill updates stay in War Room.',
    current: 'Drill updates go to #{{channel}}.',
    pick: 'Channel for drills',
    save: 'Use for drills',
    clear: 'No drill channel',
    saved: 'Drill channel saved.',
    cleared: 'Drill updates now stay in War Room.',
    notConnected: 'Connect Slack to choose a drill channel; until then drill updates stay in War Room.',
  },
  listed: {
    drills: 'Drills',
    marker: 'DRILL',
  },
  noWarRoomChannel:
    'A drill gets no Slack channel of its own: nothing of it reaches Slack but the drill channel.',
};

/** The DRILL marker of a drill's exports in the desk's language; nothing for a real incident. */
export function drillMarkOf(
  t: (key: string) => string,
  incident: { isDrill: boolean },
): { drill?: { word: string; notice: string } } {
  return incident.isDrill
    ? { drill: { word: t('drillSandbox.band.word'), notice: t('drillSandbox.band.text') } }
    : {};
}
