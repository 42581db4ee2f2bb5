/** A field longer than its limit keeps every character and says so, instead of cutting silently. */
export const cappedEn = {
  over: 'Limited to {{max}} characters: {{over}} too many. Shorten it; nothing you typed was cut.',
  pasteTooLarge:
    'Pasted text is limited to {{max}} (this was {{size}}): nothing was pasted. Paste less, or choose a smaller file.',
};
