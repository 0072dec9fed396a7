// Network page: the whole co-mention graph above a weight threshold, nodes coloured by country or type.
import { h, fill, section, empty } from '../dom.js';
import { api } from '../api.js';
import { count } from '../format.js';
import { forceGraph } from '../graph.js';

const MAX_EDGES = 600;

export async function render(main, params, query, page) {
  page.title('Network');
  const minWeight = Math.max(1, Math.min(1000, Number.parseInt(query.get('minWeight'), 10) || 1));
  const colorBy = query.get('color') === 'country' ? 'country' : 'type';
  const graph = await api.graph(minWeight, MAX_EDGES, page.signal);
  const go = (changes) => {
    const q = new URLSearchParams({ minWeight: String(minWeight), color: colorBy, ...changes });
    location.hash = `#/network?${q}`;
  };
  const weight = h('input', { id: 'min-weight', type: 'number', min: 1, max: 1000, step: 1, value: minWeight, inputmode: 'numeric' });
  const controls = h('form', { className: 'controls', onsubmit: (e) => { e.preventDefault(); go({ minWeight: weight.value || '1' }); } },
    h('label', { for: 'min-weight' }, 'Minimum shared paragraphs'), weight, h('button', { type: 'submit' }, 'Apply'),
    h('span', { className: 'toggle', role: 'group', 'aria-label': 'Colour nodes by' },
      h('span', { className: 'toggle-label' }, 'Colour by'),
      ['type', 'country'].map((v) => h('button', { type: 'button', 'aria-pressed': String(v === colorBy), dataset: { color: v }, onclick: () => go({ color: v }) },
        v === 'type' ? 'Type' : 'Country'))));
  const body = h('div', { id: 'network-body' });
  fill(main,
    h('div', { className: 'page-head' }, h('h1', {}, 'Co-mention network'),
      h('p', { className: 'lede' }, 'Actors linked when mentioned in the same paragraph; heavier links are shared by more paragraphs.')),
    section('Graph', 'network', controls, body));
  if (!graph.edges.length) {
    fill(body, empty(minWeight > 1 ? `No pair of actors shares ${minWeight} paragraphs or more; lower the threshold.` : 'No co-mentions yet.'));
  } else {
    const figure = forceGraph(graph.nodes, graph.edges, { colorBy,
      label: `Co-mention network: ${graph.nodes.length} actors, ${graph.edges.length} links of weight ${minWeight} or more` });
    page.onCleanup(figure.stop);
    fill(body, figure, h('p', { className: 'meta', id: 'network-summary' },
      `${count(graph.nodes.length)} actors and ${count(graph.edges.length)} links with at least ${minWeight} shared paragraph${minWeight > 1 ? 's' : ''}`
      + (graph.total > graph.edges.length ? `; the ${count(graph.edges.length)} heaviest of ${count(graph.total)} links are drawn.` : '.')));
  }
  page.ready();
}
