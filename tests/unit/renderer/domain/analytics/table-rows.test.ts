import { describe, expect, it } from 'vitest';
import {
  openTasksOverTime,
  openTasksTableRows,
  responderHoursTableRows,
  roundTo,
  severityTableRows,
} from '../../../../../renderer/src/domain/analytics';
import { atMinute, incidentChanges, minute } from './fixtures';

describe('table rows', () => {
  it('rounds half away from zero', () => {
    expect(roundTo(2.25, 1)).toBe(2.3);
    expect(roundTo(-1.25, 1)).toBe(-1.3);
    expect(roundTo(10 / 3, 1)).toBe(3.3);
  });

  it('lists the series sample by sample with a total, in the chart’s column order', () => {
    const series = openTasksOverTime(incidentChanges, {
      start: atMinute(20),
      end: atMinute(40),
      bucketMs: 20 * minute,
    });
    expect(openTasksTableRows(series)).toEqual([
      { t: atMinute(20), openTasks: [2, 1], total: 3 },
      { t: atMinute(40), openTasks: [1, 2], total: 3 },
    ]);
  });

  it('shows hours to one decimal and medians in whole minutes', () => {
    const [row] = responderHoursTableRows([
      {
        personId: 'a',
        name: 'A',
        incidents: 2,
        workingHours: 10 / 3,
        lateHours: 0.25,
        sleepingHours: 0,
        totalHours: 10 / 3 + 0.25,
      },
    ]);
    expect(row).toMatchObject({ workingHours: 3.3, lateHours: 0.3, totalHours: 3.6 });
    expect(
      severityTableRows([
        {
          severity: 'SEV-1',
          incidents: 2,
          medianTimeToFirstCheckInMinutes: 12.5,
          medianTimeToResolveMinutes: null,
        },
      ]),
    ).toEqual([
      {
        severity: 'SEV-1',
        incidents: 2,
        medianTimeToFirstCheckInMinutes: 13,
        medianTimeToResolveMinutes: null,
      },
    ]);
  });
});
