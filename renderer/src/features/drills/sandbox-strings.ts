/**
 * The words that keep a drill apart from real incidents, in English and Japanese: the DRILL band, where a
 * drill's updates go (the drill channel, or kept in War Room), the drill channel setting, and the drills'
 * group in incident lists. app/locales/ mounts them under `drillSandbox`.
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

export const drillSandboxJa: typeof drillSandboxEn = {
  band: {
    word: '訓練',
    text: 'これは訓練です。実際のインシデントではありません。更新が実際の関係者に届くことはありません。',
    label: '訓練: これは演習です',
  },
  composer: {
    toDrillChannel: '訓練: この更新は訓練用チャンネル #{{channel}} にだけ送られ、関係者には送られません。',
    keptInWarRoom:
      '訓練: 訓練用チャンネルが設定されていないため、この更新は War Room の中に留まり、訓練に届けられます。Slack の誰にも届きません。',
    send: '訓練に送る',
  },
  delivery: {
    deliveredToDrill: '訓練に届けました（War Room 内のみ。Slack には送っていません）',
    show: 'Slack での表示を見る',
    hide: 'メッセージを隠す',
    shown: 'Slack で表示されるとおりの更新',
  },
  refused:
    'これは訓練です: War Room は訓練の更新を Slack 設定の訓練用チャンネルにだけ投稿します。このチャンネルには何も送っていません。',
  logSent: '更新を訓練に届けました（War Room 内のみ。Slack には送っていません）',
  setting: {
    title: '訓練用チャンネル',
    help: '訓練の更新はここにだけ投稿されます。空にすると訓練の更新は War Room の中に留まります。',
    none: '訓練用チャンネルなし: 訓練の更新は War Room の中に留まります。',
    current: '訓練の更新は #{{channel}} に送られます。',
    pick: '訓練用のチャンネル',
    save: '訓練に使う',
    clear: '訓練用チャンネルを使わない',
    saved: '訓練用チャンネルを保存しました。',
    cleared: '訓練の更新は War Room の中に留まります。',
    notConnected:
      '訓練用チャンネルを選ぶには Slack に接続してください。それまで訓練の更新は War Room の中に留まります。',
  },
  listed: {
    drills: '訓練',
    marker: '訓練',
  },
  noWarRoomChannel:
    '訓練には専用の Slack チャンネルを作りません: 訓練用チャンネル以外の Slack には何も届きません。',
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
