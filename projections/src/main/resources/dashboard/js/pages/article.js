// Article page: the paragraphs with every actor mention highlighted (hover or focus: canonical identity and
// role), tone per paragraph, and the quotes with their speakers.
import { h, fill, section, empty } from '../dom.js';
import { api } from '../api.js';
import { count, signed, dateTime, actorHref, articleTitle, typeLabel, toneColor, isWebLink } from '../format.js';
import { toneBadge, actorChip, definitionList } from './common.js';

export async function render(main, [id], query, page) {
  const article = await api.article(id, page.signal);
  const opening = !article.title && article.paragraphs.length ? openingWords(article.paragraphs[0].text) : null;
  const title = opening || articleTitle(article);
  page.title(title);
  const names = new Map(article.actors.map((a) => [a.id, a]));
  const paragraphs = h('ol', { className: 'paragraphs', id: 'paragraphs' }, article.paragraphs.map((p) => paragraphView(p, names)));

  fill(main,
    h('div', { className: 'page-head' },
      h('p', { className: 'crumbs' }, h('a', { href: '#/' }, 'Overview'), ' / Article'),
      h('h1', { id: 'article-title' }, title),
      opening ? h('p', { className: 'meta' }, 'No title was submitted: its opening words are shown. Id ', h('code', {}, article.id)) : null,
      h('p', { className: 'lede' }, [article.source, dateTime(article.publishedAt || article.ingestedAt),
        isWebLink(article.url) && h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')].filter(Boolean)
        .flatMap((x, i) => (i ? [' · ', x] : [x])))),
    h('div', { className: 'grid-2 wide-left' },
      h('div', { className: 'stack' },
        !article.complete ? h('p', { className: 'notice' }, `${article.paragraphsReceived} of ${article.paragraphCount} paragraphs have arrived so far.`) : null,
        section('Text', 'article-text',
          h('p', { className: 'sub' }, 'Highlighted: actor mentions (dotted: “he”, “the envoy”). Hover or focus one for who it is. ',
            'The bar on the left of each paragraph shows its tone.'),
          paragraphs)),
      h('div', { className: 'stack' },
        section('Tone', 'article-tone', definitionList([
          ['Tone', toneBadge(article.tone.tone)],
          ['Positive words', `${article.tone.positive.toFixed(2)} %`], ['Negative words', `${article.tone.negative.toFixed(2)} %`],
          ['Polarity', article.tone.polarity.toFixed(2)], ['Words', count(article.tone.wordCount)],
          ['Sentiment', `${signed(article.sentiment.score)} (${article.sentiment.label})`],
          ['Revision', h('code', {}, article.revision)]])),
        section('Actors in this article', 'article-actors', actorList(article, paragraphs)))));

  const target = Number(query.get('p'));
  if (target) {
    const el = document.getElementById(`p-${target}`);
    if (el) {
      el.classList.add('targeted');
      el.scrollIntoView({ block: 'center' });
    }
  }
  page.ready();
}

/** The opening dozen words, for an article submitted without a title. */
function openingWords(text) {
  const words = text.trim().split(/\s+/);
  return words.length <= 12 ? words.join(' ') : `${words.slice(0, 12).join(' ')}…`;
}

function paragraphView(p, names) {
  const quotes = p.quotes.length ? h('ul', { className: 'para-quotes', 'aria-label': `Quotes in paragraph ${p.index}` },
    p.quotes.map((q) => {
      const speaker = q.speaker ? names.get(q.speaker) || { id: q.speaker, name: q.speaker } : null;
      return h('li', {}, h('q', {}, q.text), ' — ',
        speaker ? h('a', { href: actorHref(speaker.id), className: 'speaker' }, speaker.name) : h('span', { className: 'meta' }, 'speaker unknown'));
    })) : null;
  return h('li', { id: `p-${p.index}`, className: 'paragraph', style: `--tone:${toneColor(p.tone.tone)}` },
    h('div', { className: 'para-head' }, h('span', { className: 'para-index' }, `¶ ${p.index}`), toneBadge(p.tone.tone),
      h('span', { className: 'meta' }, `sentiment ${signed(p.sentiment.score)} · ${count(p.tone.wordCount)} words`)),
    h('p', { className: 'para-text' }, annotated(p)),
    quotes);
}

/**
 * The paragraph text cut at every mention and quote boundary: mentions become links to the actor (overlapping
 * mentions: the earlier one wins), quoted stretches are marked inside and outside mentions alike.
 */
function annotated(p) {
  const text = p.text;
  const mentions = p.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, actor: a })))
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const m of mentions) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
  const quotes = p.quotes.filter((q) => q.start >= 0 && q.end <= text.length && q.start < q.end);
  const quoted = (from, to) => {
    // Split [from, to) into plain and quoted pieces.
    const cuts = new Set([from, to]);
    for (const q of quotes) for (const c of [q.start, q.end]) if (c > from && c < to) cuts.add(c);
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const piece = text.slice(points[i], points[i + 1]);
      const inQuote = quotes.some((q) => q.start <= points[i] && points[i + 1] <= q.end);
      out.push(inQuote ? h('span', { className: 'quoted' }, piece) : piece);
    }
    return out;
  };
  const out = [];
  let at = 0;
  for (const m of kept) {
    if (m.start > at) out.push(...quoted(at, m.start));
    const a = m.actor;
    out.push(h('a', {
      href: actorHref(a.id), className: `mention kind-${m.kind || 'name'} type-${String(a.type || '').toLowerCase()}`,
      dataset: {
        actor: a.id, tipTitle: a.name,
        tipBody: [a.role, [typeLabel(a.type), a.country].filter(Boolean).join(' · '),
          `“${m.text}” (${m.kind === 'pronoun' ? 'pronoun' : m.kind === 'nominal' ? 'description' : 'name'})`,
          a.sentiment ? `sentiment here ${signed(a.sentiment.score)} (${a.sentiment.label})` : null].filter(Boolean).join('\n'),
      },
    }, ...quoted(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) out.push(...quoted(at, text.length));
  return out;
}

function actorList(article, paragraphs) {
  if (!article.actors.length) return empty('No actors recognised.');
  const light = (id) => paragraphs.querySelectorAll('.mention').forEach((el) => el.classList.toggle('lit', el.dataset.actor === id));
  return h('ul', { className: 'actor-list' }, article.actors.map((a) => {
    const chip = actorChip(a, count(a.mentions));
    chip.addEventListener('mouseenter', () => light(a.id));
    chip.addEventListener('mouseleave', () => light(null));
    chip.addEventListener('focus', () => light(a.id));
    chip.addEventListener('blur', () => light(null));
    return h('li', {}, chip, h('span', { className: 'meta' }, ` ${typeLabel(a.type)}${a.country ? ' · ' + a.country : ''} · ${a.paragraphs} ¶`));
  }));
}
