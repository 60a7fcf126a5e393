// Loaded only with the dashboard (React.lazy): ECharts stays out of the first page's JS.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import type { Report } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { ranked, type CountKey, type DrillDown } from './drill-down';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const SERIES: { key: CountKey; label: MessageKey; colour: string }[] = [
  { key: 'doneOnTime', label: 'doneOnTime', colour: '#389e0d' },
  { key: 'doneLate', label: 'doneLate', colour: '#d48806' },
  { key: 'notDue', label: 'openInTime', colour: '#8c8c8c' },
  { key: 'overdue', label: 'openOverdue', colour: '#cf1322' },
];

/** Each unit's tasks in the taxonomy as stacked bars, best unit on top; a bar segment opens its tasks. */
export default function UnitsChart({ units, onOpen }: { units: Report['byUnit']; onOpen: (drill: DrillDown) => void }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const order = useMemo(() => ranked(units).reverse(), [units]); // ECharts draws the first category at the bottom
  // The canvas says nothing to a screen reader: the same figures in words (the ranking table below has them too).
  const description = `${t('unitsChart')}: ${[...order]
    .reverse()
    .map((u) => `${u.name}: ${SERIES.map((s) => `${t(s.label)} ${u.counts[s.key]}`).join(', ')}`)
    .join('; ')}`;
  const height = Math.max(160, 60 + order.length * 28);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, textStyle: { color: '#262626' } },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#262626' } },
      yAxis: { type: 'category', data: order.map((u) => u.name), axisLabel: { color: '#262626', width: 220, overflow: 'truncate' } },
      series: SERIES.map((s) => ({
        name: t(s.label),
        type: 'bar',
        stack: 'all',
        itemStyle: { color: s.colour },
        data: order.map((u) => u.counts[s.key]),
      })),
    });
    chart.on('click', (e) => {
      const unit = order[e.dataIndex];
      const series = SERIES[e.seriesIndex ?? -1];
      if (unit && series) onOpen({ count: series.key, unitId: unit.id });
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [order, onOpen, t]);
  return <div ref={box} role="img" aria-label={description} style={{ width: '100%', height }} data-testid="units-chart" />;
}
