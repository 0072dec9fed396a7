// An actor's mentions and tone over time in plain SVG: one bar per hour or day on a real time axis (gaps stay
// visible), bar colour and the line = mean tone of the paragraphs mentioning the actor. Below it, on the same time
// axis, the actor's mean sentiment (how those paragraphs portray the actor, -1..+1), kept apart from tone because
// the two are on different scales and answer different questions. A table holds the same figures for screen
// readers and for copying.
import { h, s } from './dom.js';
import { toneColor, signed, count } from './format.js';

const W = 760;
const H = 240;
const M = { top: 16, right: 48, bottom: 30, left: 44 };
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

function niceMax(v) {
  if (v <= 5) return Math.max(1, Math.ceil(v));
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((x) => x >= v);
}

function tickLabel(t, step) {
  const d = new Date(t);
  if (step < DAY) return `${String(d.getUTCHours()).padStart(2, '0')}:00`;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** The time axis shared by both charts: at least a day of hours or two weeks of days, ending with the last bucket. */
function timeAxis(buckets, interval) {
  const unit = interval === 'hour' ? HOUR : DAY;
  const data = buckets.map((b) => ({ ...b, t0: Date.parse(b.start), t1: Date.parse(b.end) }));
  const last = data.length ? Math.max(...data.map((b) => b.t1)) : Math.ceil(Date.now() / unit) * unit;
  const first = data.length ? Math.min(...data.map((b) => b.t0)) : last - unit;
  const span = Math.max(last - first, (interval === 'hour' ? 24 : 14) * unit);
  const x0 = last - span;
  const innerW = W - M.left - M.right;
  return { unit, data, last, span, x0, x: (t) => M.left + ((t - x0) / span) * innerW };
}

function timeTicks(svg, axis, bottom, height) {
  const stepUnits = Math.max(1, Math.ceil(axis.span / axis.unit / 8));
  const step = stepUnits * axis.unit;
  for (let t = Math.ceil(axis.x0 / step) * step; t <= axis.last; t += step) {
    svg.append(s('line', { className: 'tick', x1: axis.x(t), x2: axis.x(t), y1: bottom, y2: bottom + 4 }),
      s('text', { className: 'axis', x: axis.x(t), y: height - 8, 'text-anchor': 'middle' }, tickLabel(t, step)));
  }
}

/** buckets: [{start, end, mentions, paragraphs, avgTone, avgSentiment}], oldest first; interval: 'hour' | 'day'. */
export function timelineChart(buckets, interval, actorName) {
  const axis = timeAxis(buckets, interval);
  const { data, x } = axis;
  const innerH = H - M.top - M.bottom;
  const yMax = niceMax(Math.max(1, ...data.map((b) => b.mentions)));
  const y = (v) => M.top + innerH - (v / yMax) * innerH;
  const toneMax = Math.max(1, Math.ceil(Math.max(...data.map((b) => Math.abs(b.avgTone)), 0)));
  const yt = (v) => M.top + innerH / 2 - (v / toneMax) * (innerH / 2);

  const svg = s('svg', {
    className: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-label': `${actorName}: mentions per ${interval} (bars) and mean tone (line), ${data.length} ${interval}s with mentions`,
  });
  // Axes and grid
  for (let i = 0; i <= 4; i++) {
    const v = (yMax / 4) * i;
    svg.append(s('line', { className: 'grid', x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }),
      s('text', { className: 'axis', x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, Number.isInteger(v) ? v : v.toFixed(1)));
  }
  svg.append(s('line', { className: 'zero', x1: M.left, x2: W - M.right, y1: yt(0), y2: yt(0) }),
    s('text', { className: 'axis tone-axis', x: W - M.right + 6, y: yt(toneMax) + 4 }, signed(toneMax, 0)),
    s('text', { className: 'axis tone-axis', x: W - M.right + 6, y: yt(0) + 4 }, '0'),
    s('text', { className: 'axis tone-axis', x: W - M.right + 6, y: yt(-toneMax) + 4 }, signed(-toneMax, 0)),
    s('text', { className: 'axis-title', x: 4, y: 10 }, 'mentions'),
    s('text', { className: 'axis-title', x: W - 4, y: 10, 'text-anchor': 'end' }, 'tone'));
  timeTicks(svg, axis, M.top + innerH, H);
  // Bars
  const bars = s('g', { className: 'bars' });
  for (const b of data) {
    const bw = Math.max(2, x(b.t1) - x(b.t0) - 1);
    bars.append(s('rect', {
      x: x(b.t0) + 0.5, y: y(b.mentions), width: bw, height: Math.max(0, M.top + innerH - y(b.mentions)),
      fill: toneColor(b.avgTone), rx: 1.5,
    }, s('title', {}, `${b.start.slice(0, interval === 'hour' ? 16 : 10).replace('T', ' ')}: ${count(b.mentions)} mentions in ${count(b.paragraphs)} paragraphs, tone ${signed(b.avgTone)}`)));
  }
  svg.append(bars);
  // Tone line and points
  if (data.length) {
    const pts = data.map((b) => [x((b.t0 + b.t1) / 2), yt(b.avgTone)]);
    svg.append(s('polyline', { className: 'tone-line', points: pts.map((p) => p.map((v) => v.toFixed(1)).join(',')).join(' ') }));
    data.forEach((b, i) => svg.append(s('circle', { className: 'tone-point', cx: pts[i][0], cy: pts[i][1], r: 3.5, fill: toneColor(b.avgTone) })));
  }
  svg.append(s('line', { className: 'axis-line', x1: M.left, x2: W - M.right, y1: M.top + innerH, y2: M.top + innerH }));

  const table = h('details', { className: 'data-table' }, h('summary', {}, 'Show as a table'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, interval === 'hour' ? 'Hour (UTC)' : 'Day (UTC)'),
      h('th', { scope: 'col' }, 'Mentions'), h('th', { scope: 'col' }, 'Paragraphs'), h('th', { scope: 'col' }, 'Mean tone'),
      h('th', { scope: 'col' }, 'Mean sentiment'))),
    h('tbody', {}, data.map((b) => h('tr', {}, h('td', {}, b.start.slice(0, interval === 'hour' ? 16 : 10).replace('T', ' ')),
      h('td', {}, count(b.mentions)), h('td', {}, count(b.paragraphs)), h('td', {}, signed(b.avgTone)),
      h('td', {}, signed(b.avgSentiment)))))));
  const scroller = h('div', { className: 'timeline-scroll' }, svg, sentimentChart(axis, interval, actorName));
  const legend = h('p', { className: 'meta sentiment-scale' },
    'Sentiment: how the paragraphs mentioning the actor portray it, from −1 (negative) through 0 (neutral) to +1 ',
    '(positive); a learned model’s probability of positive minus negative, averaged per bucket. Tone is GDELT’s ',
    'measure of the words of those paragraphs (percent positive minus percent negative), whoever they are about.');
  return h('div', { className: 'timeline-wrap' }, scroller, legend, table);
}

const SH = 150;

/** The actor's mean sentiment per bucket on a fixed -1..+1 scale, one point per bucket. */
function sentimentChart(axis, interval, actorName) {
  const { data, x } = axis;
  const innerH = SH - M.top - M.bottom;
  const y = (v) => M.top + innerH / 2 - (Math.max(-1, Math.min(1, v)) * innerH) / 2;
  const svg = s('svg', {
    className: 'timeline sentiment', viewBox: `0 0 ${W} ${SH}`, role: 'img',
    'aria-label': `${actorName}: mean sentiment per ${interval} on a scale from -1 to +1, ${data.length} ${interval}s with mentions`,
  });
  for (const v of [-1, 0, 1]) {
    svg.append(s('line', { className: v === 0 ? 'zero' : 'grid', x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }),
      s('text', { className: 'axis', x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, v === 0 ? '0' : signed(v, 0)));
  }
  svg.append(s('text', { className: 'axis-title', x: 4, y: 10 }, 'sentiment'));
  timeTicks(svg, axis, M.top + innerH, SH);
  if (data.length) {
    const pts = data.map((b) => [x((b.t0 + b.t1) / 2), y(b.avgSentiment)]);
    svg.append(s('polyline', { className: 'sentiment-line', points: pts.map((p) => p.map((v) => v.toFixed(1)).join(',')).join(' ') }));
    data.forEach((b, i) => svg.append(s('circle', {
      className: 'sentiment-point', cx: pts[i][0], cy: pts[i][1], r: 3.5, fill: toneColor(b.avgSentiment * 4),
    }, s('title', {}, `${b.start.slice(0, interval === 'hour' ? 16 : 10).replace('T', ' ')}: sentiment ${signed(b.avgSentiment)} over ${count(b.paragraphs)} paragraphs`))));
  }
  svg.append(s('line', { className: 'axis-line', x1: M.left, x2: W - M.right, y1: M.top + innerH, y2: M.top + innerH }));
  return svg;
}
