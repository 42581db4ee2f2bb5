/** The limits of the fatigue model; teams change them in settings. All durations in minutes. */
export type FatigueThresholds = {
  /** Work without a break longer than this makes a responder tired and a break due. */
  breakDueAfterMinutes: number;
  /** Work without a break longer than this makes a responder exhausted. */
  exhaustedAfterContinuousMinutes: number;
  /** A pause off work at least this long is a break: it resets the work since the last break. */
  minBreakMinutes: number;
  /** Time off at least this long ends a shift: time on duty counts from the work after it. */
  longRestMinutes: number;
  /** Weighted work may be at most this many times the rest in the balance window (2 means 2:1). */
  workRestRatio: number;
  /** The sliding window, ending now, over which work and rest are balanced. */
  balanceWindowMinutes: number;
  /** Time on duty past which a hand-over should be planned (tired). */
  dutyWarningMinutes: number;
  /** Time on duty past which the responder must be relieved (exhausted). */
  dutyLimitMinutes: number;
  /** Time on duty that must never be passed. */
  dutyHardMaxMinutes: number;
  /** Local hour (0-23) in the person's time zone when the night starts. */
  nightStartHour: number;
  /** Local hour (0-23) when the night ends; below nightStartHour means the night spans midnight. */
  nightEndHour: number;
  /** How much a minute of night work weighs against a minute of day work. */
  nightWeight: number;
  /**
   * Whether time without a break and time on duty are counted in night-weighted minutes against their
   * limits (breakDueAfter, exhaustedAfterContinuous, dutyWarning, dutyLimit, dutyHardMax), not only in
   * the 24 h balance. Off, a night hour only tips the 2:1 balance.
   */
  nightCountsTowardLimits: boolean;
  /** A responder whose weighted work in the balance window is below this is fresh, above it ok. */
  freshBelowWorkMinutes: number;
};

/** Defaults from published fatigue guidance (NIOSH, NWCG); each source is named below. */
export const defaultFatigueThresholds = {
  // NIOSH guidance for emergency responders: short breaks every 1-2 hours.
  breakDueAfterMinutes: 120,
  // Twice NIOSH's longest break interval: the break is long overdue.
  exhaustedAfterContinuousMinutes: 240,
  // Shortest pause that lets a responder eat, drink and step away; shorter pauses do not reset the clock.
  minBreakMinutes: 15,
  // NWCG 2:1 earns 8 h of rest after a 16 h shift; NIOSH asks for 10 protected hours off a day, and a
  // shorter rest still shows up in the 24 h balance below.
  longRestMinutes: 8 * 60,
  // NWCG work/rest guideline: one hour of rest for every two hours of work, within a 24-hour window.
  workRestRatio: 2,
  balanceWindowMinutes: 24 * 60,
  // Twelve hours: the point where the 16 h limit below is four hours away, time to line up a relief.
  dutyWarningMinutes: 12 * 60,
  // NWCG incident business guidance: a shift over 16 hours should be the exception...
  dutyLimitMinutes: 16 * 60,
  // ...and never over 24 hours.
  dutyHardMaxMinutes: 24 * 60,
  // FAID-like fatigue scores: work between 00:00 and 06:00 local weighs most.
  nightStartHour: 0,
  nightEndHour: 6,
  nightWeight: 1.5,
  // Weighted hours rather than separate, lower night limits: one number (the weight above) says how much
  // harder a night hour is, every limit follows it, and a shift that crosses midnight comes closer to its
  // limit in proportion to the night it actually held, instead of jumping when the clock passes 00:00.
  // Two people working the same UTC hours then part as soon as one of them is in their night.
  nightCountsTowardLimits: true,
  // Half an ordinary eight-hour day.
  freshBelowWorkMinutes: 4 * 60,
} as const satisfies FatigueThresholds;
