/** The Japanese of ./strings.ts, key for key; only locales/ja.ts imports it. */
import type { roomEn } from './strings';

export const roomJa: typeof roomEn = {
  open: '共有作戦室…',
  keywords: 'ルーム 共有 NATS デスク チーム 同期 参加',
  title: '共有作戦室',
  intro:
    '同じルームのデスクは互いの変更を見られます。各デスクは自分のログを持つので、ネットワークが切れても作業を続けられます。',
  servers: 'NATS サーバー',
  serversHelp: 'カンマ区切り。nats:// はこのマシン上のみ。それ以外は tls:// が必要です。',
  room: 'ルーム',
  roomHelp: '英小文字・数字・ハイフン。チームの全デスクで同じ名前にします。',
  desk: 'ルームでのこのデスク名',
  credentials: '認証方法',
  credentialKinds: { none: 'なし(このマシン上のサーバー)', user: 'ユーザーとパスワード', token: 'トークン' },
  user: 'ユーザー',
  pass: 'パスワード',
  token: 'トークン',
  join: '参加',
  joining: '参加中…',
  leave: 'ルームを退出',
  confirmLeave:
    '「{{room}}」を退出しますか?このデスクのログは残ります。他のデスクにはこのデスクの変更が届かなくなります。',
  confirm: '退出',
  cancel: 'キャンセル',
  close: '閉じる',
  joined: 'ルーム「{{room}}」に {{desk}} として参加中',
  connected: '接続中',
  offline: 'オフラインで作業中:ルームのサーバーに接続できません。変更はこのデスクに保存されています。',
  here: '参加中のデスク',
  nobody: 'まだ参加を知らせたデスクはありません。',
  kept: '認証情報は War Room のメインプロセスが保管し、二度と表示されません。',
  missing: 'サーバー、ルーム、このデスクの名前を入力してください。',
  refused:
    'NATS サーバーがこの認証情報を拒否しました。ユーザーとパスワード、またはトークンを確認してください。',
  unreachable:
    'そのアドレスで応答する NATS サーバーがありません。アドレスとサーバーの稼働を確認してください。',
  needsTls: 'このマシン以外のサーバーには tls:// で接続してください(ルームを暗号化するため)。',
  badInput: 'ルームに参加できませんでした:{{message}}',
  chip: {
    online_one: 'ルーム「{{room}}」:{{count}} デスク接続中',
    online_other: 'ルーム「{{room}}」:{{count}} デスク接続中',
    sending_one: 'ルーム「{{room}}」:{{count}} 件の変更を送信中',
    sending_other: 'ルーム「{{room}}」:{{count}} 件の変更を送信中',
    offline_one: 'オフラインで作業中:{{count}} 件の変更が未送信',
    offline_other: 'オフラインで作業中:{{count}} 件の変更が未送信',
    refused_one: 'ルームからの {{count}} 件の変更は、このバージョンの War Room では読めませんでした。',
    refused_other: 'ルームからの {{count}} 件の変更は、このバージョンの War Room では読めませんでした。',
  },
};
