// timeline.js draws the number of events per interval with uPlot.
import uPlot from './vendor/uplot/uPlot.esm.js';
import { api } from './api.js';

let plot = null;

// seconds turns a bucket start (YYYY, YYYY-MM or YYYY-MM-DD) into Unix
// seconds at UTC midnight.
function seconds(start) {
  const [y, m = 1, d = 1] = start.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 1000;
}

// step returns the start of the interval after t (Unix seconds).
function step(t, interval) {
  const d = new Date(t * 1000);
  if (interval === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (interval === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.getTime() / 1000;
}

// series fills the intervals without events with zero, so bars keep their
// places in time (at most 2,000 of them).
function series(buckets, interval) {
  const xs = [], events = [], mentions = [];
  const byStart = new Map(buckets.map((b) => [seconds(b.start), b]));
  if (!buckets.length) return [xs, events, mentions];
  const last = seconds(buckets[buckets.length - 1].start);
  for (let t = seconds(buckets[0].start); t <= last && xs.length < 2000; t = step(t, interval)) {
    const b = byStart.get(t);
    xs.push(t);
    events.push(b ? b.events : 0);
    mentions.push(b ? b.mentions : 0);
  }
  return [xs, events, mentions];
}

// drawTimeline fetches the timeline for the filters and draws it in root.
export async function drawTimeline(root, filters, interval) {
  const res = await api('stats/timeline', { ...filters, interval });
  const data = series(res.items, interval);
  if (plot) plot.destroy();
  plot = null;
  root.replaceChildren();
  if (!data[0].length) {
    root.textContent = 'no dated events';
    return;
  }
  const bars = uPlot.paths.bars({ size: [0.8, 40] });
  plot = new uPlot({
    width: Math.max(300, root.clientWidth || 560),
    height: 240,
    scales: { x: { time: true }, y: { range: (u, lo, hi) => [0, Math.max(1, hi)] } },
    series: [
      {},
      { label: 'events', stroke: '#2b6cb0', fill: 'rgba(43,108,176,0.35)', paths: bars },
      { label: 'reports', stroke: '#c05621', width: 1.5 },
    ],
    axes: [{}, { label: 'count' }],
  }, data, root);
}
