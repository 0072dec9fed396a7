// Overview: counts, pipeline health, top actors (tone as colour) and the latest articles, polled every few seconds.
import { h, fill, section, empty } from '../dom.js';
import { api } from '../api.js';
import { pipelineFigures } from '../metrics.js';
import { count, toneColor, signed, dateTime, actorHref, articleHref, articleTitle, typeLabel } from '../format.js';
import { toneBadge, actorChip, inlineError, definitionList } from './common.js';

const REFRESH_MS = 5000;

export async function render(main, params, query, page) {
  page.title('Overview');
  const counts = h('div', { className: 'counts', id: 'counts' });
  const health = h('div', { id: 'health-body' });
  const actors = h('div', { id: 'top-actors-body' });
  const articles = h('div', { id: 'latest-articles-body' });
  const updated = h('p', { className: 'updated', 'aria-live': 'polite' });
  fill(main,
    h('div', { className: 'page-head' }, h('h1', {}, 'Overview'), updated),
    counts,
    h('div', { className: 'grid-2' },
      section('Top actors by mentions', 'top-actors',
        h('p', { className: 'sub' }, 'Bar length: mentions. Colour: mean tone of the paragraphs mentioning the actor.'), actors),
      h('div', { className: 'stack' },
        section('Pipeline health', 'health', health),
        section('Latest articles', 'latest-articles', articles))));

  async function refresh() {
    const [ready, metrics, actorPage, articlePage, graph, pipeline] = await Promise.allSettled([
      api.ready(page.signal), api.metrics(page.signal), api.actors('mentions', 15, page.signal),
      api.articles(10, page.signal), api.graph(1, 1, page.signal), api.pipeline(page.signal)]);
    if (page.signal.aborted) return;
    fill(counts,
      countTile('Articles', articlePage.value && articlePage.value.total),
      countTile('Actors', actorPage.value && actorPage.value.total),
      countTile('Co-mention pairs', graph.value && graph.value.total),
      countTile('Events consumed', metrics.value !== undefined ? pipelineFigures(metrics.value).recordsConsumed : undefined));
    fill(health, healthView(ready, metrics, pipeline));
    fill(actors, actorPage.status === 'fulfilled' ? actorBars(actorPage.value.items) : inlineError(actorPage.reason));
    fill(articles, articlePage.status === 'fulfilled' ? articleList(articlePage.value.items) : inlineError(articlePage.reason));
    updated.textContent = `Updated ${new Date().toLocaleTimeString('en-GB')} · refreshes every ${REFRESH_MS / 1000} s`;
    page.ready();
  }
  await refresh();
  let busy = false;
  page.every(REFRESH_MS, async () => {
    if (busy || document.hidden) return;
    busy = true;
    try { await refresh(); } finally { busy = false; }
  });
}

function countTile(label, value) {
  return h('div', { className: 'count-tile' }, h('span', { className: 'count-value' }, value === undefined ? '—' : count(value)),
    h('span', { className: 'count-label' }, label));
}

function healthView(ready, metrics, pipeline) {
  const r = ready.status === 'fulfilled' ? ready.value : null;
  const isReady = r && r.status === 200;
  const status = h('p', { className: `status ${isReady ? 'ok' : 'bad'}`, id: 'readiness' },
    h('span', { className: 'dot', 'aria-hidden': 'true' }),
    r ? (isReady ? 'Projections ready' : `Projections not ready: ${r.body && r.body.reason ? r.body.reason : r.status}`)
      : `Projections unreachable: ${ready.reason && ready.reason.message}`);
  const p = pipeline.status === 'fulfilled' ? pipeline.value : null;
  const apps = p ? appTable(p.apps) : inlineError(pipeline.reason);
  if (metrics.status !== 'fulfilled') return [status, apps, inlineError(metrics.reason)];
  const f = pipelineFigures(metrics.value);
  return [status, apps, definitionList([
    ['Stream threads (this instance)', f.aliveThreads !== undefined
      ? `${f.aliveThreads} alive${f.threads ? ` (${f.threads.join(', ').toLowerCase()})` : ''}, ${f.failedThreads || 0} failed` : 'not reported'],
    ['Consumer lag', f.consumerLag !== undefined ? `${count(f.consumerLag)} records behind, over ${f.lagPartitions} partitions` : 'not reported yet'],
    ['Events consumed', f.recordsConsumed !== undefined ? count(f.recordsConsumed) : 'not reported'],
    ['Dead letters', p ? deadLetterText(p) : 'not available'],
    ['API requests served', f.httpRequests !== undefined ? count(f.httpRequests) : undefined],
  ])];
}

function appTable(apps) {
  return h('table', { className: 'apps', id: 'pipeline-apps' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'App'), h('th', { scope: 'col' }, 'State'),
      h('th', { scope: 'col' }, 'Instances'), h('th', { scope: 'col' }, 'Lag'), h('th', { scope: 'col' }, 'Health'))),
    h('tbody', {}, apps.map((a) => h('tr', { title: a.error || a.applicationId },
      h('td', {}, a.name),
      h('td', { className: a.state === 'STABLE' ? 'ok' : 'bad' }, a.state.toLowerCase()),
      h('td', {}, count(a.members)),
      h('td', {}, a.lag < 0 ? '—' : `${count(a.lag)} records`),
      h('td', { className: a.healthy === false ? 'bad' : 'ok' },
        a.healthy === false ? (a.problems || []).join('; ') : 'working')))));
}

function deadLetterText(p) {
  const stages = Object.entries(p.deadLettersByStage || {});
  return stages.length ? `${count(p.deadLetters)} (${stages.map(([s, n]) => `${s}: ${count(n)}`).join(', ')})` : '0';
}

function actorBars(items) {
  if (!items.length) return empty('No actors yet: submit an article and they appear here within seconds.');
  const max = Math.max(...items.map((a) => a.mentions));
  return h('ol', { className: 'bars-list' }, items.map((a) => h('li', {},
    h('div', { className: 'bar-label' },
      h('a', { href: actorHref(a.id), className: 'actor-link', dataset: { tipTitle: a.name, tipBody: [a.role, `${typeLabel(a.type)}${a.country ? ' · ' + a.country : ''}`, `${a.articles} article(s), tone ${signed(a.avgTone)}`].filter(Boolean).join('\n') } }, a.name),
      h('span', { className: 'meta' }, `${typeLabel(a.type)}${a.country ? ' · ' + a.country : ''}`)),
    h('div', { className: 'bar-track' },
      h('span', { className: 'bar', style: `width:${Math.max(2, (a.mentions / max) * 100).toFixed(1)}%;background:${toneColor(a.avgTone)}` })),
    h('span', { className: 'bar-value' }, h('strong', {}, count(a.mentions)), ' ', h('span', { className: 'meta' }, `tone ${signed(a.avgTone)}`)))));
}

function articleList(items) {
  if (!items.length) return empty('No articles yet.');
  return h('ul', { className: 'article-list' }, items.map((a) => h('li', {},
    h('div', { className: 'article-line' },
      h('a', { href: articleHref(a.id), className: 'article-link' }, articleTitle(a)),
      toneBadge(a.tone)),
    h('p', { className: 'meta' }, [a.source, dateTime(a.publishedAt || a.time),
      a.paragraphsReceived < a.paragraphCount ? `${a.paragraphsReceived} of ${a.paragraphCount} paragraphs so far` : `${a.paragraphCount} paragraphs`]
      .filter(Boolean).join(' · ')),
    h('p', { className: 'chips' }, (a.topActors || []).map((x) => actorChip(x, count(x.count)))))));
}
