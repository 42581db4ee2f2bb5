import { expect, type Locator, type Page } from '@playwright/test';

/** The load panel in the cockpit and the cross-incident analytics view, found by role and name. */
export class Analytics {
  constructor(readonly page: Page) {}

  get loadPanel(): Locator {
    return this.page.getByRole('region', { name: 'Load', exact: true });
  }

  get busiest(): Locator {
    return this.loadPanel.getByTestId('busiest');
  }

  get gini(): Locator {
    return this.loadPanel.getByTestId('gini');
  }

  async showLoadCharts(): Promise<void> {
    await this.loadPanel.getByRole('button', { name: 'Show load charts' }).click();
    await expect(this.loadPanel.getByRole('button', { name: 'Hide load charts' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  }

  /** Folds the charts away, as the IC does to get the roster's room back. */
  async hideLoadCharts(): Promise<void> {
    await this.loadPanel.getByRole('button', { name: 'Hide load charts' }).click();
    await expect(this.loadPanel.getByRole('button', { name: 'Show load charts' })).toBeVisible();
  }

  /** A chart's section, by its title. */
  chart(title: string, within?: Locator): Locator {
    return (within ?? this.page).getByRole('region', { name: title, exact: true });
  }

  /** Flips a chart to its table and returns the table (named like the chart). */
  async table(title: string, within?: Locator): Promise<Locator> {
    const chart = this.chart(title, within);
    await chart.getByRole('switch', { name: 'Show as table' }).check();
    const table = chart.getByRole('table', { name: title, exact: true });
    await expect(table).toBeVisible();
    return table;
  }

  /** The figures of the row headed `name`, left to right (the row header itself excluded). */
  row(table: Locator, name: string): Locator {
    return table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) })
      .getByRole('cell');
  }

  async setConcentrationNudge(percent: number, minCheckedIn?: number): Promise<void> {
    await this.loadPanel.getByRole('button', { name: 'Concentration nudge settings' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Concentration nudge' });
    await dialog.getByLabel('Share of open tasks (%)').fill(String(percent));
    if (minCheckedIn !== undefined)
      await dialog.getByLabel('People checked in, at least').fill(String(minCheckedIn));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the cross-incident view from the app bar. */
  async openView(): Promise<Locator> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Analytics', exact: true }).click();
    const view = this.page.getByRole('dialog', { name: 'Load across incidents' });
    await expect(view).toBeVisible();
    return view;
  }
}
