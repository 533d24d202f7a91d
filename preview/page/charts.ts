/**
 * An embedded chart drawn with Chart.js from the chart view: the add-on's series, its colours and
 * dashed target lines, the title, the legend's position and the vertical axis's number format.
 */
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import type { ChartView } from '../server/chart-view';

Chart.register(
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Title,
  Tooltip,
);

/** Google Charts' default series colours. */
const palette = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043'];

/** A value in a Sheets number format such as "0.0%" or "0.00". */
export function formatValue(value: number, format: string): string {
  const m = /^0(?:\.(0+))?(%)?$/.exec(format);
  if (!m) return String(Number(value.toPrecision(6)));
  const decimals = m[1]?.length ?? 0;
  return m[2] ? `${(value * 100).toFixed(decimals)}%` : value.toFixed(decimals);
}

export function drawChart(box: HTMLElement, view: ChartView): void {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', view.title);
  box.dataset.title = view.title;
  box.append(canvas);
  const position =
    (['top', 'bottom', 'left', 'right'] as const).find((p) => p === view.legend) ?? 'right';
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: view.labels,
      datasets: view.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        borderColor: s.color ?? palette[i % palette.length],
        backgroundColor: s.color ?? palette[i % palette.length],
        borderDash: s.dashed ? [6, 4] : [],
        borderWidth: s.lineWidth ?? 2,
        pointRadius: 0,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        title: { display: view.title !== '', text: view.title, align: 'start', font: { size: 14 } },
        legend: { position, labels: { boxHeight: 2, boxWidth: 18 } },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label}: ${formatValue(Number(item.raw), view.valueFormat)}`,
          },
        },
      },
      scales: {
        x: { ticks: { maxTicksLimit: 8, maxRotation: 0 }, grid: { display: false } },
        y: {
          beginAtZero: true,
          ticks: { callback: (v) => formatValue(Number(v), view.valueFormat) },
        },
      },
    },
  });
}
