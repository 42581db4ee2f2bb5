/** The drill sandbox's words in Japanese, key for key with sandbox-strings.ts; only locales/ja.ts imports it. */
import type { drillSandboxEn } from './sandbox-strings';

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
    theDrill: '訓練（War Room 内のみ）',
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
