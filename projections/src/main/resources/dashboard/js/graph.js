// An interactive co-mention graph: d3-force lays it out, plain SVG draws it. Nodes are links to the actor
// pages (click or Enter), can be dragged, and highlight their neighbours on hover or focus; the wheel zooms and
// dragging the background pans.
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from 'd3-force';
import { h, s } from './dom.js';
import { actorHref, toneColor, signed, typeLabel } from './format.js';

// The layout's canvas: landscape, or portrait on narrow screens so that phones get readable nodes.
const narrow = () => window.matchMedia('(max-width: 640px)').matches;
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#edc948', '#9c755f',
  '#ff9da7', '#86bcb6'];
const OTHER = '#a0a4ab';

/** Colours for a node attribute: the most frequent values get the palette, the rest share grey. */
export function categoryColors(nodes, key) {
  const counts = new Map();
  for (const n of nodes) {
    const v = n[key] || 'unknown';
    counts.set(v, (counts.get(v) || 0) + 1);
  }
  const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(b[0]));
  const colors = new Map();
  ordered.forEach(([v], i) => colors.set(v, i < PALETTE.length && v !== 'unknown' ? PALETTE[i] : OTHER));
  return { color: (n) => colors.get(n[key] || 'unknown'), entries: ordered.map(([v, c]) => ({ value: v, count: c, color: colors.get(v) })) };
}

/**
 * Draws nodes [{id, name, type, country}] and links [{source, target, weight, avgTone}] into a new figure.
 * options: colorBy ('country' | 'type'), focus (an id drawn larger), label (a caption for screen readers).
 */
export function forceGraph(nodes, links, options = {}) {
  const WIDTH = narrow() ? 600 : 900;
  const HEIGHT = narrow() ? 820 : 560;
  const colorBy = options.colorBy || 'type';
  const byId = new Map(nodes.map((n) => [n.id, { ...n }]));
  const edges = links.filter((l) => byId.has(l.source) && byId.has(l.target)).map((l) => ({ ...l }));
  const strength = new Map();
  const neighbours = new Map([...byId.keys()].map((id) => [id, new Set()]));
  for (const e of edges) {
    strength.set(e.source, (strength.get(e.source) || 0) + e.weight);
    strength.set(e.target, (strength.get(e.target) || 0) + e.weight);
    neighbours.get(e.source).add(e.target);
    neighbours.get(e.target).add(e.source);
  }
  const simNodes = [...byId.values()];
  const maxStrength = Math.max(1, ...strength.values());
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  for (const n of simNodes) {
    n.r = (n.id === options.focus ? 7 : 4) + 14 * Math.sqrt((strength.get(n.id) || 0) / maxStrength);
  }
  const { color, entries } = categoryColors(simNodes, colorBy);
  const valueLabel = (v) => (v === 'unknown' ? (colorBy === 'type' ? 'unknown type' : 'no country') : colorBy === 'type' ? typeLabel(v) : v);

  const simulation = forceSimulation(simNodes)
    .force('link', forceLink(edges).id((d) => d.id).distance((e) => 150 - 70 * (e.weight / maxWeight)).strength(0.25))
    .force('charge', forceManyBody().strength(-700))
    .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
    .force('x', forceX(WIDTH / 2).strength(WIDTH < HEIGHT ? 0.12 : 0.03))
    .force('y', forceY(HEIGHT / 2).strength(WIDTH < HEIGHT ? 0.02 : 0.05))
    .force('collide', forceCollide((d) => d.r + 10))
    .stop();
  if (options.focus && byId.has(options.focus)) {
    const f = simNodes.find((n) => n.id === options.focus);
    f.fx = WIDTH / 2;
    f.fy = HEIGHT / 2;
  }
  // Settle before the first paint: a still picture, then motion only when the reader drags.
  for (let i = 0; i < 300; i++) simulation.tick();

  const view = { x: 0, y: 0, w: WIDTH, h: HEIGHT };
  const svg = s('svg', {
    className: 'graph', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', style: `aspect-ratio: ${WIDTH} / ${HEIGHT}`,
    'aria-label': options.label || `Co-mention graph of ${simNodes.length} actors and ${edges.length} links`,
  });
  const layer = s('g');
  const linkLayer = s('g', { className: 'links' });
  const nodeLayer = s('g', { className: 'nodes' });
  layer.append(linkLayer, nodeLayer);
  svg.append(s('rect', { className: 'backdrop', x: -5000, y: -5000, width: 10000, height: 10000 }), layer);

  const lines = edges.map((e) => {
    const line = s('line', {
      stroke: toneColor(e.avgTone), 'stroke-width': 1 + 5 * (e.weight / maxWeight),
      dataset: { source: e.source.id, target: e.target.id },
    }, s('title', {}, `${e.source.name} — ${e.target.name}: ${e.weight} shared paragraphs, tone ${signed(e.avgTone)}`));
    linkLayer.append(line);
    return { e, line };
  });
  const groups = simNodes.map((n) => {
    const showLabel = simNodes.length <= 40 || n.r > 9 || n.id === options.focus;
    const desc = [typeLabel(n.type), n.country || 'no country', `${strength.get(n.id) || 0} co-mentions shown`];
    const g = s('a', {
      href: actorHref(n.id), className: 'node' + (n.id === options.focus ? ' focus' : ''),
      dataset: { id: n.id, tipTitle: n.name, tipBody: desc.join('\n') },
      'aria-label': `${n.name}, ${desc.join(', ')}`,
    },
    s('circle', { r: n.r, fill: color(n) }),
    showLabel && s('text', { dy: n.r + 12, 'text-anchor': 'middle' }, n.name));
    nodeLayer.append(g);
    return { n, g };
  });

  function draw() {
    for (const { e, line } of lines) {
      line.setAttribute('x1', e.source.x.toFixed(1));
      line.setAttribute('y1', e.source.y.toFixed(1));
      line.setAttribute('x2', e.target.x.toFixed(1));
      line.setAttribute('y2', e.target.y.toFixed(1));
    }
    for (const { n, g } of groups) g.setAttribute('transform', `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
  }
  fitView();
  draw();
  simulation.on('tick', draw);

  function fitView() {
    if (!simNodes.length) return;
    const pad = 40;
    const xs = simNodes.map((n) => n.x);
    const ys = simNodes.map((n) => n.y);
    const x0 = Math.min(...xs) - pad;
    const y0 = Math.min(...ys) - pad;
    const w = Math.max(Math.max(...xs) + pad - x0, 200);
    const hgt = Math.max(Math.max(...ys) + pad + 12 - y0, 150);
    // Keep the figure's aspect ratio so the graph is centred rather than stretched.
    // Magnify a little at most: a small graph stays small rather than getting huge labels.
    const scale = Math.max(w / WIDTH, hgt / HEIGHT, 0.75);
    view.w = WIDTH * scale;
    view.h = HEIGHT * scale;
    view.x = x0 - (view.w - w) / 2;
    view.y = y0 - (view.h - hgt) / 2;
    applyView();
  }
  function applyView() {
    svg.setAttribute('viewBox', `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`);
  }
  function toGraph(event) {
    const r = svg.getBoundingClientRect();
    return { x: view.x + ((event.clientX - r.left) / r.width) * view.w, y: view.y + ((event.clientY - r.top) / r.height) * view.h };
  }

  function highlight(id) {
    svg.classList.toggle('dimmed', id !== null);
    const near = id === null ? null : neighbours.get(id);
    for (const { n, g } of groups) g.classList.toggle('lit', id !== null && (n.id === id || near.has(n.id)));
    for (const { e, line } of lines) line.classList.toggle('lit', id !== null && (e.source.id === id || e.target.id === id));
  }
  for (const { n, g } of groups) {
    g.addEventListener('mouseenter', () => highlight(n.id));
    g.addEventListener('mouseleave', () => highlight(null));
    g.addEventListener('focus', () => highlight(n.id));
    g.addEventListener('blur', () => highlight(null));
  }

  // Dragging a node moves it (the layout follows); a click without movement follows the link.
  let drag = null;
  svg.addEventListener('pointerdown', (event) => {
    const g = event.target.closest('.node');
    const p = toGraph(event);
    if (g) {
      const n = simNodes.find((x) => x.id === g.dataset.id);
      drag = { kind: 'node', n, start: p, moved: false };
    } else {
      drag = { kind: 'pan', start: { x: event.clientX, y: event.clientY }, view: { ...view }, moved: false };
    }
  });
  // Pointer capture only once the pointer moves, so that a plain click still reaches the node's link.
  const capture = (event) => { if (!svg.hasPointerCapture(event.pointerId)) svg.setPointerCapture(event.pointerId); };
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    if (drag.kind === 'node') {
      const p = toGraph(event);
      if (!drag.moved && Math.hypot(p.x - drag.start.x, p.y - drag.start.y) < 3) return;
      if (!drag.moved) simulation.alphaTarget(0.2).restart();
      drag.moved = true;
      capture(event);
      drag.n.fx = p.x;
      drag.n.fy = p.y;
    } else {
      const r = svg.getBoundingClientRect();
      const dx = ((event.clientX - drag.start.x) / r.width) * drag.view.w;
      const dy = ((event.clientY - drag.start.y) / r.height) * drag.view.h;
      if (Math.abs(dx) + Math.abs(dy) <= 1 && !drag.moved) return;
      drag.moved = true;
      capture(event);
      view.x = drag.view.x - dx;
      view.y = drag.view.y - dy;
      applyView();
    }
  });
  const endDrag = () => {
    if (drag && drag.kind === 'node' && drag.moved) {
      simulation.alphaTarget(0);
      if (drag.n.id !== options.focus) {
        drag.n.fx = null;
        drag.n.fy = null;
      }
    }
    dragEnded = drag && drag.moved;
    drag = null;
  };
  let dragEnded = false;
  svg.addEventListener('dragstart', (event) => event.preventDefault());
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);
  svg.addEventListener('click', (event) => {
    if (dragEnded) {
      event.preventDefault();
      dragEnded = false;
    }
  }, true);
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const p = toGraph(event);
    const k = Math.exp(Math.sign(event.deltaY) * 0.12);
    const w = Math.min(Math.max(view.w * k, WIDTH / 8), WIDTH * 8);
    const f = w / view.w;
    view.x = p.x - (p.x - view.x) * f;
    view.y = p.y - (p.y - view.y) * f;
    view.w = w;
    view.h *= f;
    applyView();
  }, { passive: false });

  const legend = h('ul', { className: 'legend', 'aria-label': `Node colour: ${colorBy}` },
    entries.slice(0, PALETTE.length).map((x) => h('li', {},
      h('span', { className: 'swatch', style: `background:${x.color}` }),
      `${valueLabel(x.value)} (${x.count})`)),
    entries.length > PALETTE.length && h('li', {}, h('span', { className: 'swatch', style: `background:${OTHER}` }),
      `other (${entries.slice(PALETTE.length).reduce((a, x) => a + x.count, 0)})`));
  const figure = h('figure', { className: 'graph-figure' }, svg,
    h('figcaption', {}, legend,
      h('span', { className: 'hint' }, 'Edge colour: mean tone of the shared paragraphs; width: how many. ',
        'Drag a node to move it, the background to pan, the wheel to zoom; click a node to open the actor.')));
  figure.stop = () => simulation.stop();
  figure.nodeCount = simNodes.length;
  return figure;
}
