import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import type { FatigueLevel } from '../../domain/fatigue/types';
import { fatigueColour } from './chartColours';
import { useChartChrome } from './useChartChrome';

/** One responder's load now, prepared for the chart and its table alike. */
export type CurrentLoadBar = {
  personId: string;
  name: string;
  openTasks: number;
  /** One decimal, as the table shows it. */
  dutyHours: number;
  fatigueLevel: FatigueLevel | null;
  /** What the bar's end says: "3 open tasks, 5.2 h on duty". */
  label: string;
};

const rowHeight = 30;

/** Open tasks per responder as bars coloured by fatigue, with hours on duty written at the end of each. */
export const CurrentLoadChart = memo(function CurrentLoadChart({
  rows,
  openTasksLabel,
}: {
  rows: readonly CurrentLoadBar[];
  openTasksLabel: string;
}) {
  const { theme, chrome, tick } = useChartChrome();
  return (
    <BarChart
      data={[...rows]}
      layout="vertical"
      responsive
      style={{ width: '100%', height: rows.length * rowHeight + 40 }}
      margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid stroke={chrome.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} stroke={chrome.axis.stroke} tick={tick} />
      <YAxis type="category" dataKey="name" width={90} stroke={chrome.axis.stroke} tick={tick} />
      <Tooltip {...chrome.tooltip} cursor={{ fill: theme.palette.action.hover }} />
      <Bar
        dataKey="openTasks"
        name={openTasksLabel}
        isAnimationActive={false}
        shape={(props) => (
          <Rectangle {...props} fill={fatigueColour(theme, rows[props.index]?.fatigueLevel ?? null)} />
        )}
      >
        <LabelList dataKey="label" position="insideLeft" fill={theme.palette.text.primary} fontSize={11} />
      </Bar>
    </BarChart>
  );
});
