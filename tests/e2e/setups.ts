import { expect } from '@playwright/test';
import type { Setup } from './fixtures';
import { Palette } from './pages/Palette';
import { Roster } from './pages/Roster';
import { TaskBoard } from './pages/TaskBoard';

// Incidents a test starts from when its subject is what the IC does next, not declaring: each is built
// once per worker through the real cockpit (see Setup in fixtures.ts). Declaring itself, by dialog and
// by keyboard, is tested in incident.spec.ts and palette.spec.ts, which build their own.

/** Alice declared “Payments down” (SEV-1) at 18:00 UTC and is alone on it. */
export const paymentsDown: Setup = {
  name: 'payments-down',
  at: new Date('2026-11-24T18:00:00Z'),
  build: async (_page, cockpit) => {
    await cockpit.declare({ title: 'Payments down', severity: 'SEV-1', commander: 'Alice' });
    await expect(cockpit.line('Incident declared: Payments down')).toHaveCount(1);
  },
};

/** “Payments down” (SEV-1) declared by Alice at 09:00 UTC, Bob checked in with her. */
export const paymentsDownWithBob: Setup = {
  name: 'payments-down-with-bob',
  at: new Date('2026-11-24T09:00:00Z'),
  build: async (page, cockpit) => {
    await cockpit.declare({ title: 'Payments down', severity: 'SEV-1', commander: 'Alice' });
    await new Roster(page).checkIn({ name: 'Bob' });
    await expect(cockpit.line('Bob checked in')).toHaveCount(1);
  },
};

/** “Checkout errors” declared and Bob checked in, both from the keyboard (Shift+D, I), at 14:00 UTC. */
export const checkoutErrorsWithBob: Setup = {
  name: 'checkout-errors-with-bob',
  at: new Date('2026-11-24T14:00:00Z'),
  build: async (page) => {
    const palette = new Palette(page);
    await palette.declare('Checkout errors', 'Alice');
    await palette.checkIn('Bob');
    await expect(new Roster(page).card('Bob')).toBeVisible();
  },
};

/** “Payments DB down” at 02:00 UTC: Alice, Bob and Carol on it, one task Bob owns and one nobody does. */
export const paymentsDbDown: Setup = {
  name: 'payments-db-down',
  at: new Date('2026-11-24T02:00:00Z'),
  build: async (page) => {
    const palette = new Palette(page);
    await palette.declare('Payments DB down', 'Alice');
    await palette.checkIn('Bob');
    await palette.checkIn('Carol');
    const board = new TaskBoard(page);
    await board.create({ title: 'Fail over to the replica', category: 'Restore service', owner: 'Bob' });
    await board.create({ title: 'Save the primary’s logs', category: 'Preserve evidence' });
    await expect(board.card('Save the primary’s logs')).toBeVisible();
    await expect(board.card('Fail over to the replica')).toHaveAccessibleName(/Bob/);
  },
};
