import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ResponderHours, SeverityFigures } from '../../domain/analytics';
import { useChartChrome } from './useChartChrome';

const rowHeight = 28;

type HoursLabels = { working: string; late: string; sleeping: string };

/** Hours per responder, stacked working / late / sleeping: night work stands out in its own colour. */
export function ResponderHoursChart({
  rows,
  labels,
}: {
  rows: readonly ResponderHours[];
  labels: HoursLabels;
}) {
  const { theme, chrome, tick } = useChartChrome();
  const dark = theme.palette.mode === 'dark';
  const bands = [
    { key: 'workingHours', name: labels.working, colour: theme.palette.info.main },
    { key: 'lateHours', name: labels.late, colour: theme.palette.warning.main },
    { key: 'sleepingHours', name: labels.sleeping, colour: dark ? '#ce93d8' : '#7b1fa2' },
  ] as const;
  return (
    <BarChart
      data={[...rows]}
      layout="vertical"
      responsive
      style={{ width: '100%', height: rows.length * rowHeight + 70 }}
      margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
    >
      <CartesianGrid stroke={chrome.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" stroke={chrome.axis.stroke} tick={tick} />
      <YAxis type="category" dataKey="name" width={110} stroke={chrome.axis.stroke} tick={tick} />
      <Tooltip
        {...chrome.tooltip}
        cursor={{ fill: theme.palette.action.hover }}
        formatter={(v) => Number(v).toFixed(1)}
      />
      <Legend wrapperStyle={chrome.legend} itemSorter={null} />
      {bands.map((band) => (
        <Bar
          key={band.key}
          dataKey={band.key}
          name={band.name}
          stackId="hours"
          fill={band.colour}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

/** How many incidents each responder was on in the period. */
export function IncidentsPerResponderChart({
  rows,
  label,
}: {
  rows: readonly ResponderHours[];
  label: string;
}) {
  const { theme, chrome, tick, colours } = useChartChrome();
  return (
    <BarChart
      data={[...rows]}
      layout="vertical"
      responsive
      style={{ width: '100%', height: rows.length * rowHeight + 40 }}
      margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
    >
      <CartesianGrid stroke={chrome.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} stroke={chrome.axis.stroke} tick={tick} />
      <YAxis type="category" dataKey="name" width={110} stroke={chrome.axis.stroke} tick={tick} />
      <Tooltip {...chrome.tooltip} cursor={{ fill: theme.palette.action.hover }} />
      <Bar dataKey="incidents" name={label} fill={colours[0]} isAnimationActive={false} />
    </BarChart>
  );
}

/** Median minutes to the first responder's check-in and to resolution, one pair of bars per severity. */
export function SeverityChart({
  rows,
  labels,
}: {
  rows: readonly SeverityFigures[];
  labels: { toFirstCheckIn: string; toResolve: string };
}) {
  const { theme, chrome, tick, colours } = useChartChrome();
  return (
    <BarChart
      data={[...rows]}
      responsive
      style={{ width: '100%', height: 260 }}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
    >
      <CartesianGrid stroke={chrome.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="severity" stroke={chrome.axis.stroke} tick={tick} />
      <YAxis stroke={chrome.axis.stroke} tick={tick} />
      <Tooltip
        {...chrome.tooltip}
        cursor={{ fill: theme.palette.action.hover }}
        formatter={(v) => Math.round(Number(v))}
      />
      <Legend wrapperStyle={chrome.legend} itemSorter={null} />
      <Bar
        dataKey="medianTimeToFirstCheckInMinutes"
        name={labels.toFirstCheckIn}
        fill={colours[2]}
        isAnimationActive={false}
      />
      <Bar
        dataKey="medianTimeToResolveMinutes"
        name={labels.toResolve}
        fill={colours[1]}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
