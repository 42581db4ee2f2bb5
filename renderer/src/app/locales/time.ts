/** How a span of time reads: "36 min", "5 h 10"; a countdown "14 min 14 s", never "14:14" (a clock time). */
export const timeEn = {
  minutes: '{{minutes}} min',
  hoursMinutes: '{{hours}} h {{minutes}}',
  countdownSeconds: '{{seconds}} s',
  countdownMinutes: '{{minutes}} min {{seconds}} s',
  countdownHours: '{{hours}} h {{minutes}} min {{seconds}} s',
};
