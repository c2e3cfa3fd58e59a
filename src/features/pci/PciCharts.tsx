// The only module that imports uPlot: ChartsPage loads it with a dynamic import, so the chart
// library (about 23 KiB gzipped) is fetched only when a chart is on screen.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PciRater } from '../../domain/pciScoring';

export interface LineSeries {
  rater: PciRater;
  label: string;
  values: (number | null)[];
}

export interface BarSeries {
  rater: 'parent' | 'child';
  label: string;
  values: (number | null)[];
}

// GOV.UK colours, each at least 3:1 against white; the child's line is also dashed and the
// practitioner's dotted, so the lines differ without colour.
const LINE_STYLE: Record<PciRater, { stroke: string; dash?: number[] }> = {
  parent: { stroke: '#1d70b8' },
  child: { stroke: '#4c2c92', dash: [12, 8] },
  practitioner: { stroke: '#505a5f', dash: [3, 6] },
};
const TEXT = '#0b0c0c';
const GRID = '#b1b4b6';
// Readable at 768 x 1024 at arm's length: the app's body size, not uPlot's 12px default.
const FONT = '16px arial, sans-serif';
const LABEL_FONT = 'bold 16px arial, sans-serif';
const HEIGHT = 300;
const MIN_WIDTH = 280;

const widthOf = (element: HTMLElement) => Math.max(MIN_WIDTH, Math.floor(element.clientWidth));

/** Draws a chart into a div and keeps it the div's width; the spec is JSON so a re-render with equal data draws nothing. */
function useChart(
  spec: string,
  build: (spec: string, width: number) => { options: uPlot.Options; data: uPlot.AlignedData },
) {
  const container = useRef<HTMLDivElement>(null);
  const builder = useRef(build);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { options, data } = builder.current(spec, widthOf(element));
    const chart = new uPlot(options, data, element);
    const observer = new ResizeObserver(() => {
      if (chart.width !== widthOf(element)) chart.setSize({ width: widthOf(element), height: HEIGHT });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [spec]);
  return container;
}

/** The x axis both charts share: one labelled point per review (or per need), no grid. */
function categoryAxis(xs: number[], labels: readonly string[]): uPlot.Axis {
  return {
    font: FONT,
    stroke: TEXT,
    size: 40,
    grid: { show: false },
    ticks: { show: false },
    splits: () => xs,
    values: (_plot, splits) => splits.map((split) => labels[split] ?? ''),
  };
}

const integers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** One need's scores over time: a line per rater across the baseline and each review. */
export function NeedChart({
  labels,
  series,
  min,
  max,
  description,
}: {
  labels: string[];
  series: LineSeries[];
  min: number;
  max: number;
  /** What the chart shows, for screen readers; the table after it has every figure. */
  description: string;
}) {
  const spec = JSON.stringify({ labels, series, min, max });
  const container = useChart(spec, (json, width) => {
    const chart = JSON.parse(json) as { labels: string[]; series: LineSeries[]; min: number; max: number };
    const xs = chart.labels.map((_, index) => index);
    return {
      data: [xs, ...chart.series.map((line) => line.values)],
      options: {
        width,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        padding: [16, 24, 0, 0],
        scales: {
          x: { time: false, range: [-0.3, Math.max(xs.length - 1, 0) + 0.3] },
          y: { range: [chart.min - 0.3, chart.max + 0.3] },
        },
        axes: [
          categoryAxis(xs, chart.labels),
          {
            font: FONT,
            labelFont: LABEL_FONT,
            stroke: TEXT,
            label: `Score (${chart.min} = least concern, ${chart.max} = most)`,
            labelSize: 30,
            size: 40,
            grid: { stroke: GRID, width: 1 },
            ticks: { show: false },
            splits: () => integers(chart.min, chart.max),
            values: (_plot, splits) => splits.map(String),
          },
        ],
        series: [
          {},
          ...chart.series.map((line) => ({
            label: line.label,
            stroke: LINE_STYLE[line.rater].stroke,
            dash: LINE_STYLE[line.rater].dash,
            width: 3,
            spanGaps: true,
            points: { show: true, size: 12, width: 3, stroke: LINE_STYLE[line.rater].stroke, fill: '#ffffff' },
          })),
        ],
      },
    };
  });
  return (
    <>
      <div ref={container} className="app-pci-chart" role="img" aria-label={description} />
      <ul className="app-pci-legend" aria-hidden="true">
        {series.map((line) => (
          <li className="app-pci-legend__item govuk-body" key={line.rater}>
            <span className={`app-pci-legend__swatch app-pci-legend__swatch--${line.rater}`} />
            {line.label}
          </li>
        ))}
      </ul>
    </>
  );
}

const BAR_STYLE = {
  parent: { stroke: '#1d70b8', fill: '#1d70b8', align: -1 as const },
  child: { stroke: '#4c2c92', fill: '#e6e0f0', align: 1 as const },
};

/**
 * Distance travelled across a case's needs: for each need, bars for the parent's and the child's
 * change from the first score to the latest, above the line when less worried, below when more.
 */
export function SummaryChart({
  labels,
  series,
  description,
}: {
  labels: string[];
  series: BarSeries[];
  description: string;
}) {
  const spec = JSON.stringify({ labels, series });
  const container = useChart(spec, (json, width) => {
    const chart = JSON.parse(json) as { labels: string[]; series: BarSeries[] };
    const xs = chart.labels.map((_, index) => index);
    const largest = Math.max(1, ...chart.series.flatMap((bars) => bars.values.map((value) => Math.abs(value ?? 0))));
    const bars = uPlot.paths.bars;
    return {
      data: [xs, ...chart.series.map((bar) => bar.values)],
      options: {
        width,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        padding: [16, 24, 0, 0],
        scales: {
          x: { time: false, range: [-0.6, Math.max(xs.length - 1, 0) + 0.6] },
          y: { range: [-largest - 0.5, largest + 0.5] },
        },
        axes: [
          categoryAxis(xs, chart.labels),
          {
            font: FONT,
            labelFont: LABEL_FONT,
            stroke: TEXT,
            label: 'Points less worried',
            labelSize: 30,
            size: 40,
            grid: { stroke: GRID, width: 1 },
            ticks: { show: false },
            splits: () => integers(-largest, largest),
            values: (_plot, splits) => splits.map((split) => (split > 0 ? `+${split}` : String(split))),
          },
        ],
        series: [
          {},
          ...chart.series.map((bar) => ({
            label: bar.label,
            stroke: BAR_STYLE[bar.rater].stroke,
            fill: BAR_STYLE[bar.rater].fill,
            width: 3,
            points: { show: false },
            paths: bars?.({ size: [0.35, 64], align: BAR_STYLE[bar.rater].align }),
          })),
        ],
        hooks: {
          // The zero line: above it the family is less worried than at first, below it more.
          draw: [
            (plot: uPlot) => {
              const y = Math.round(plot.valToPos(0, 'y', true));
              const context = plot.ctx;
              context.save();
              context.strokeStyle = TEXT;
              context.lineWidth = 2 * uPlot.pxRatio;
              context.beginPath();
              context.moveTo(plot.bbox.left, y);
              context.lineTo(plot.bbox.left + plot.bbox.width, y);
              context.stroke();
              context.restore();
            },
          ],
        },
      },
    };
  });
  return (
    <>
      <div ref={container} className="app-pci-chart" role="img" aria-label={description} />
      <ul className="app-pci-legend" aria-hidden="true">
        {series.map((bar) => (
          <li className="app-pci-legend__item govuk-body" key={bar.rater}>
            <span
              className={`app-pci-legend__swatch ${bar.rater === 'child' ? 'app-pci-legend__swatch--bar-child' : 'app-pci-legend__swatch--bar'}`}
            />
            {bar.label}
          </li>
        ))}
      </ul>
    </>
  );
}
