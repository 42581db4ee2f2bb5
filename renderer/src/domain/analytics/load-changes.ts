/**
 * The input of the in-incident load analytics: time-stamped changes of who holds which task and who is on
 * duty. The lead maps the incident log's typed events onto these, so the analytics do not depend on the
 * log's exact event names.
 */

export const loadChangeKinds = [
  'task-assigned',
  /** Done, dropped, or reassigned away. */
  'task-released',
  'checked-in',
  'checked-out',
  'rest-started',
  'rest-ended',
] as const;
export type LoadChangeKind = (typeof loadChangeKinds)[number];

export type LoadChange = {
  /** Epoch ms UTC. */
  ts: number;
  personId: string;
  kind: LoadChangeKind;
  /** With it, a reassignment moves the task and a repeated assignment counts once; without it, a plain count. */
  taskId?: string;
  /** Without a task id: how many tasks at once (the projector's per-minute net change); 1 by default. */
  count?: number;
};

export type PresenceKind = Exclude<LoadChangeKind, 'task-assigned' | 'task-released'>;

/** Callers pass changes sorted by ts; an unsorted list is detected in one pass and sorted on a copy. */
export function inTimeOrder(changes: readonly LoadChange[]): readonly LoadChange[] {
  for (let i = 1; i < changes.length; i += 1) {
    if ((changes[i]?.ts ?? 0) < (changes[i - 1]?.ts ?? 0)) {
      return [...changes].sort((a, b) => a.ts - b.ts);
    }
  }
  return changes;
}

/**
 * Replays changes person by person. People get a dense index on first sight so hot loops read arrays, not
 * maps: the series takes a snapshot of every person at every point.
 */
export class LoadReplay {
  readonly personIds: string[] = [];
  readonly openTasks: number[] = [];
  readonly checkedIn: boolean[] = [];
  readonly resting: boolean[] = [];
  /** Checked in and not resting, up to `dutyCountedUntil`. */
  readonly dutyMs: number[] = [];
  private readonly dutyCountedUntil: number[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly holderOf = new Map<string, number>();

  /** The person's dense index, registering them on first sight. */
  personIndex(personId: string): number {
    const known = this.indexOf.get(personId);
    if (known !== undefined) return known;
    const index = this.personIds.length;
    this.indexOf.set(personId, index);
    this.personIds.push(personId);
    this.openTasks.push(0);
    this.checkedIn.push(false);
    this.resting.push(false);
    this.dutyMs.push(0);
    this.dutyCountedUntil.push(0);
    return index;
  }

  /** Applies one change; repeated check-ins, releases of unheld tasks and the like change nothing. */
  apply(change: LoadChange): void {
    const person = this.personIndex(change.personId);
    switch (change.kind) {
      case 'task-assigned':
        return this.assign(person, change.taskId, change.count ?? 1);
      case 'task-released':
        return this.release(person, change.taskId, change.count ?? 1);
      case 'checked-in':
        if (this.checkedIn[person]) return;
        this.checkedIn[person] = true;
        this.resting[person] = false;
        this.dutyCountedUntil[person] = change.ts;
        return;
      case 'checked-out':
        this.countDuty(person, change.ts);
        this.checkedIn[person] = false;
        this.resting[person] = false;
        return;
      case 'rest-started':
        this.countDuty(person, change.ts);
        this.resting[person] = true;
        return;
      case 'rest-ended':
        this.countDuty(person, change.ts);
        this.resting[person] = false;
        this.dutyCountedUntil[person] = change.ts;
        return;
    }
  }

  /** Adds the duty time from the last count up to `until` when the person is on duty. */
  countDuty(person: number, until: number): void {
    const from = this.dutyCountedUntil[person] ?? until;
    if (this.checkedIn[person] && !this.resting[person] && until > from) {
      this.dutyMs[person] = (this.dutyMs[person] ?? 0) + (until - from);
    }
    this.dutyCountedUntil[person] = Math.max(from, until);
  }

  private assign(person: number, taskId: string | undefined, count: number): void {
    if (taskId !== undefined) {
      const holder = this.holderOf.get(taskId);
      if (holder === person) return;
      if (holder !== undefined) this.openTasks[holder] = Math.max(0, (this.openTasks[holder] ?? 0) - 1);
      this.holderOf.set(taskId, person);
      this.openTasks[person] = (this.openTasks[person] ?? 0) + 1;
      return;
    }
    this.openTasks[person] = (this.openTasks[person] ?? 0) + count;
  }

  private release(person: number, taskId: string | undefined, count: number): void {
    let holder = person;
    let by = count;
    if (taskId !== undefined) {
      const known = this.holderOf.get(taskId);
      if (known === undefined) return;
      holder = known;
      this.holderOf.delete(taskId);
      by = 1;
    }
    this.openTasks[holder] = Math.max(0, (this.openTasks[holder] ?? 0) - by);
  }
}
