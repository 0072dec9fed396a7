// Search: actors whose name matches (from the actor ranking) and articles holding every word of the query.
import { h, fill, section, empty } from '../dom.js';
import { api } from '../api.js';
import { count, dateTime, articleHref, articleTitle, typeLabel, signed } from '../format.js';
import { actorChip, inlineError } from './common.js';

const ACTOR_SCAN = 100;

function fold(text) {
  return String(text || '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export async function render(main, params, query, page) {
  const q = (query.get('q') || '').trim();
  page.title(q ? `Search: ${q}` : 'Search');
  const input = document.getElementById('search-input');
  if (input && input.value !== q) input.value = q;
  const actorsBody = h('div', { id: 'actor-results' });
  const articlesBody = h('div', { id: 'article-results' });
  fill(main,
    h('div', { className: 'page-head' }, h('h1', {}, q ? `Search: “${q}”` : 'Search')),
    h('div', { className: 'grid-2' },
      section('Actors', 'search-actors', actorsBody),
      section('Articles', 'search-articles', articlesBody)));
  if (!q) {
    fill(actorsBody, empty('Type a name or some words in the search box.'));
    fill(articlesBody, empty(''));
    page.ready();
    return;
  }
  const words = fold(q).split(/\s+/).filter(Boolean);
  const actorPage = await api.actors('mentions', ACTOR_SCAN, page.signal).catch((e) => e);
  const actors = actorPage instanceof Error ? [] : actorPage.items.filter((a) => {
    const hay = fold(`${a.name} ${a.id} ${a.role || ''}`);
    return words.every((w) => hay.includes(w));
  });
  fill(actorsBody, actorPage instanceof Error ? inlineError(actorPage)
    : actors.length ? h('ul', { className: 'actor-list' }, actors.map((a) => h('li', {}, actorChip(a, count(a.mentions)),
      h('span', { className: 'meta' }, ` ${[a.role, typeLabel(a.type), a.country].filter(Boolean).join(' · ')} · ${count(a.articles)} article(s) · tone ${signed(a.avgTone)}`))))
      : empty(`No actor among the ${ACTOR_SCAN} most mentioned matches.`));

  // Words go to the full-text index; a single matching actor also brings the articles that mention it.
  const queries = [api.search(q, 20, page.signal).catch((e) => e)];
  if (actors.length === 1) queries.push(api.search(`actor:${actors[0].id}`, 20, page.signal).catch((e) => e));
  const [byWords, byActor] = await Promise.all(queries);
  const blocks = [];
  if (byActor && !(byActor instanceof Error)) blocks.push(hitList(byActor, `Mentioning ${actors[0].name}`, false));
  if (byWords instanceof Error) {
    if (byWords.status !== 400 || !blocks.length) blocks.push(byWords.status === 400 ? empty(byWords.message) : inlineError(byWords));
  } else {
    blocks.push(hitList(byWords, byActor ? `Containing “${q}”` : null, true));
  }
  fill(articlesBody, blocks);
  page.ready();
}

function hitList(result, heading, showTerms) {
  return h('div', { className: 'hit-block' }, heading && h('h3', {}, heading),
    !result.hits.length ? empty('No article holds every word.') : h('ul', { className: 'article-list' }, result.hits.map((hit) => h('li', {},
      h('a', { href: articleHref(hit.articleId), className: 'article-link' }, articleTitle(hit)),
      h('p', { className: 'meta' }, [hit.source, dateTime(hit.time), showTerms && `matching: ${result.terms.join(', ')}`].filter(Boolean).join(' · ')),
      hit.paragraphs.slice(0, 3).map((p) => h('p', { className: 'snippet' },
        h('a', { href: articleHref(hit.articleId, p.index) }, `¶${p.index}`), ' ', p.snippet))))),
    result.total > result.hits.length ? h('p', { className: 'meta' }, `${count(result.total)} articles match; the best ${result.hits.length} are shown.`) : null);
}
