import { memo } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { othersId, type OpenTasksSeries } from '../../domain/analytics';
import { othersColour } from './chartColours';
import { useChartChrome } from './useChartChrome';

type Props = {
  /** Already folded to a few named bands (foldSeries). */
  series: OpenTasksSeries;
  nameOf: (personId: string) => string;
  formatTime: (ts: number) => string;
  height?: number;
};

/**
 * Open tasks per responder over the incident, stacked: the top edge is all open work, each band who holds
 * it. Rest periods are shaded in the person's colour; check-ins (dotted) and check-outs (dashed) are lines.
 */
export const OpenTasksChart = memo(function OpenTasksChart({
  series,
  nameOf,
  formatTime,
  height = 240,
}: Props) {
  const { theme, chrome, colours, tick } = useChartChrome();
  const colourOf = (personId: string): string => {
    if (personId === othersId) return othersColour(theme);
    const index = series.personIds.indexOf(personId);
    return colours[Math.max(0, index) % colours.length] ?? othersColour(theme);
  };
  return (
    <AreaChart
      data={series.points}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: 12, bottom: 0, left: -16 }}
    >
      <CartesianGrid stroke={chrome.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        tickFormatter={formatTime}
        stroke={chrome.axis.stroke}
        tick={tick}
      />
      <YAxis allowDecimals={false} stroke={chrome.axis.stroke} tick={tick} />
      <Tooltip {...chrome.tooltip} labelFormatter={(label) => formatTime(Number(label))} />
      <Legend wrapperStyle={chrome.legend} itemSorter={null} />
      {series.restPeriods.map((rest) => (
        <ReferenceArea
          key={`${rest.personId}-${rest.start}`}
          x1={rest.start}
          x2={rest.end}
          fill={colourOf(rest.personId)}
          fillOpacity={0.15}
        />
      ))}
      {series.markers
        .filter((marker) => marker.kind === 'checked-in' || marker.kind === 'checked-out')
        .map((marker) => (
          <ReferenceLine
            key={`${marker.personId}-${marker.kind}-${marker.t}`}
            x={marker.t}
            stroke={colourOf(marker.personId)}
            strokeDasharray={marker.kind === 'checked-in' ? '2 3' : '6 3'}
          />
        ))}
      {series.personIds.map((personId) => (
        <Area
          key={personId}
          type="stepAfter"
          dataKey={personId}
          name={nameOf(personId)}
          stackId="open"
          stroke={colourOf(personId)}
          fill={colourOf(personId)}
          fillOpacity={0.45}
          isAnimationActive={false}
        />
      ))}
    </AreaChart>
  );
});
