/** How a span of time reads: "36 min", "5 h 10"; a countdown "14 min 14 s", never "14:14" (a clock time). */
export const timeEn = {
  minutes: '{{minutes}} min',
  hoursMinutes: '{{hours}} h {{minutes}}',
  countdownSeconds: '{{seconds}} s',
  countdownMinutes: '{{minutes}} min {{seconds}} s',
  countdownHours: '{{hours}} h {{minutes}} min {{seconds}} s',
};

export const timeJa: typeof timeEn = {
  minutes: '{{minutes}}分',
  hoursMinutes: '{{hours}}時間{{minutes}}分',
  countdownSeconds: '{{seconds}}秒',
  countdownMinutes: '{{minutes}}分{{seconds}}秒',
  countdownHours: '{{hours}}時間{{minutes}}分{{seconds}}秒',
};
