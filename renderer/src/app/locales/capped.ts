/** A field longer than its limit keeps every character and says so, instead of cutting silently. */
export const cappedEn = {
  over: 'Limited to {{max}} characters: {{over}} too many. Shorten it; nothing you typed was cut.',
  pasteTooLarge:
    'Pasted text is limited to {{max}} (this was {{size}}): nothing was pasted. Paste less, or choose a smaller file.',
};

export const cappedJa: typeof cappedEn = {
  over: '{{max}} 文字までです: {{over}} 文字多すぎます。短くしてください。入力した文字は切り捨てていません。',
  pasteTooLarge:
    '貼り付けは {{max}} までです (今回は {{size}}): 何も貼り付けていません。減らして貼り付けるか、小さいファイルを選んでください。',
};
