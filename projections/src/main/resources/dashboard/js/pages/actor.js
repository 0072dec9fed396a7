// Actor page: identity, mentions, tone and sentiment over time (hour/day), the co-mention network, latest quotes and the
// articles mentioning the actor.
import { h, fill, section, empty } from '../dom.js';
import { api } from '../api.js';
import { count, signed, dateTime, articleHref, articleTitle, typeLabel } from '../format.js';
import { toneBadge, inlineError, definitionList } from './common.js';
import { timelineChart } from '../timeline.js';
import { forceGraph } from '../graph.js';

const NEIGHBOURS = 40;

export async function render(main, [id], query, page) {
  const actor = await api.actor(id, page.signal);
  page.title(actor.name);
  const interval = query.get('interval') === 'hour' ? 'hour' : 'day';
  const timelineBody = h('div', { id: 'timeline-body' });
  const networkBody = h('div', { id: 'actor-network-body' });
  const articlesBody = h('div', { id: 'actor-articles-body' });
  const toggle = h('div', { className: 'toggle', role: 'group', 'aria-label': 'Time buckets' },
    ['hour', 'day'].map((v) => h('button', {
      type: 'button', 'aria-pressed': String(v === interval), dataset: { interval: v },
      onclick: () => { location.hash = `#/actor/${encodeURIComponent(id)}?interval=${v}`; },
    }, v === 'hour' ? 'Per hour' : 'Per day')));

  fill(main,
    h('div', { className: 'page-head' },
      h('p', { className: 'crumbs' }, h('a', { href: '#/' }, 'Overview'), ' / Actor'),
      h('h1', { id: 'actor-name' }, actor.name),
      h('p', { className: 'lede' }, [actor.role, typeLabel(actor.type), actor.country].filter(Boolean).join(' · '))),
    h('div', { className: 'grid-2 wide-left' },
      section('Mentions, tone and sentiment over time', 'timeline', toggle, timelineBody),
      section('Identity', 'identity', definitionList([
        ['Name', actor.name], ['Identifier', h('code', {}, actor.id)], ['Type', typeLabel(actor.type)],
        ['Country', actor.country || 'none'], ['Role', actor.role || 'unknown'],
        ['Wikidata', actor.wikidata
          ? h('a', { href: `https://www.wikidata.org/wiki/${encodeURIComponent(actor.wikidata)}`, rel: 'noopener' }, actor.wikidata)
          : 'not linked'],
        ['Mentions', count(actor.mentions)], ['Paragraphs', count(actor.paragraphs)], ['Articles', count(actor.articles)],
        ['Mean tone', toneBadge(actor.avgTone)], ['Mean sentiment', signed(actor.avgSentiment)],
        ['First seen', dateTime(actor.firstSeen)], ['Last seen', dateTime(actor.lastSeen)]]))),
    section('Co-mentioned actors', 'actor-network',
      h('p', { className: 'sub' }, `Actors mentioned in the same paragraphs as ${actor.name}, and the links among them.`), networkBody),
    h('div', { className: 'grid-2' },
      section('Latest quotes', 'quotes', quoteList(actor)),
      section('Articles mentioning this actor', 'actor-articles', articlesBody)));

  const [timeline, network, graph, articles] = await Promise.allSettled([
    api.timeline(id, interval, page.signal), api.network(id, NEIGHBOURS, page.signal),
    api.graph(1, 2000, page.signal), api.search(`actor:${id}`, 20, page.signal)]);
  if (page.signal.aborted) return;
  fill(timelineBody, timeline.status === 'fulfilled'
    ? (timeline.value.buckets.length ? timelineChart(timeline.value.buckets, interval, actor.name) : empty('No mentions in the retained window.'))
    : inlineError(timeline.reason));
  fill(networkBody, network.status === 'fulfilled' ? egoGraph(actor, network.value, graph.value, page) : inlineError(network.reason));
  fill(articlesBody, articles.status === 'fulfilled' ? articleHits(articles.value) : inlineError(articles.reason));
  page.ready();
}

/** The actor, its neighbours, and the edges among the neighbours taken from the whole graph when available. */
function egoGraph(actor, network, graph, page) {
  if (!network.neighbours.length) return empty('Not mentioned together with any other actor yet.');
  const nodes = [{ id: actor.id, name: actor.name, type: actor.type, country: actor.country },
    ...network.neighbours.map((n) => ({ id: n.id, name: n.name, type: n.type, country: n.country }))];
  const ids = new Set(nodes.map((n) => n.id));
  const links = network.neighbours.map((n) => ({ source: actor.id, target: n.id, weight: n.weight, avgTone: n.avgTone }));
  if (graph) {
    for (const e of graph.edges) {
      if (e.source !== actor.id && e.target !== actor.id && ids.has(e.source) && ids.has(e.target)) links.push(e);
    }
  }
  const figure = forceGraph(nodes, links, { colorBy: 'type', focus: actor.id,
    label: `${actor.name} and ${network.neighbours.length} co-mentioned actors` });
  page.onCleanup(figure.stop);
  const more = network.total > network.neighbours.length
    ? h('p', { className: 'meta' }, `Showing the ${network.neighbours.length} strongest of ${count(network.total)} co-mentioned actors.`) : null;
  return [figure, more];
}

function quoteList(actor) {
  if (!actor.latestQuotes.length) return empty('No quotes attributed yet.');
  return h('ul', { className: 'quotes' }, actor.latestQuotes.map((q) => h('li', {},
    h('blockquote', {}, `“${q.text}”`),
    h('p', { className: 'meta' }, h('a', { href: articleHref(q.articleId, q.paragraph) }, `paragraph ${q.paragraph}`), ` · ${dateTime(q.time)}`))));
}

function articleHits(result) {
  if (!result.hits.length) return empty('No articles.');
  return [h('ul', { className: 'article-list' }, result.hits.map((hit) => h('li', {},
    h('a', { href: articleHref(hit.articleId), className: 'article-link' }, articleTitle(hit)),
    h('p', { className: 'meta' }, [hit.source, dateTime(hit.time), `${count(hit.score)} matches`].filter(Boolean).join(' · ')),
    hit.paragraphs.slice(0, 2).map((p) => h('p', { className: 'snippet' },
      h('a', { href: articleHref(hit.articleId, p.index) }, `¶${p.index}`), ' ', p.snippet))))),
  result.total > result.hits.length ? h('p', { className: 'meta' }, `${count(result.total)} articles in all; the ${result.hits.length} most relevant are shown.`) : null];
}
