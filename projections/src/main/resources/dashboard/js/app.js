// The dashboard's shell: hash routes, one page at a time, each given a signal that aborts its requests and
// timers when the reader moves on.
import { h, fill } from './dom.js';
import { api } from './api.js';
import * as overview from './pages/overview.js';
import * as actor from './pages/actor.js';
import * as article from './pages/article.js';
import * as network from './pages/network.js';
import * as search from './pages/search.js';
import { installTooltips } from './tooltip.js';

const ROUTES = [
  { pattern: /^\/?$/, page: overview, name: 'overview' },
  { pattern: /^\/actor\/([^/]+)$/, page: actor, name: 'actor' },
  { pattern: /^\/article\/([^/]+)$/, page: article, name: 'article' },
  { pattern: /^\/network$/, page: network, name: 'network' },
  { pattern: /^\/search$/, page: search, name: 'search' },
];

const main = document.getElementById('main');
let current = null;

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  return { path, query };
}

function route() {
  if (current) current.abort();
  const controller = new AbortController();
  current = controller;
  const cleanups = [];
  controller.signal.addEventListener('abort', () => cleanups.forEach((fn) => fn()), { once: true });

  const { path, query } = parseHash();
  const match = ROUTES.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m);
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (match && a.dataset.nav === match.r.name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  main.dataset.page = match ? match.r.name : 'not-found';
  main.dataset.route = location.hash || '#/';
  main.dataset.state = 'loading';
  fill(main, h('p', { className: 'loading' }, 'Loading…'));
  if (!match) {
    notFound(`There is no page at ${path}.`);
    return;
  }
  const page = {
    signal: controller.signal,
    onCleanup: (fn) => cleanups.push(fn),
    every: (ms, fn) => {
      const timer = setInterval(fn, ms);
      cleanups.push(() => clearInterval(timer));
    },
    ready: () => { if (current === controller) main.dataset.state = 'ready'; },
    title: (text) => { document.title = text ? `${text} · Newsflow` : 'Newsflow'; },
  };
  const params = match.m.slice(1).map(decodeURIComponent);
  Promise.resolve()
    .then(() => match.r.page.render(main, params, query, page))
    .catch((e) => {
      if (controller.signal.aborted) return;
      showError(e);
    });
}

function notFound(text) {
  document.title = 'Not found · Newsflow';
  fill(main, h('section', { className: 'card' }, h('h1', {}, 'Not found'), h('p', {}, text),
    h('p', {}, h('a', { href: '#/' }, 'Back to the overview'))));
  main.dataset.state = 'ready';
}

function showError(e) {
  if (e && e.status === 404) {
    notFound(e.message);
    return;
  }
  const retry = e && e.status === 503
    ? 'The projections are not ready yet (starting or rebalancing); this page retries by itself.'
    : null;
  fill(main, h('section', { className: 'card error', role: 'alert' },
    h('h1', {}, 'Cannot show this page'),
    h('p', {}, e && e.message ? e.message : String(e)),
    retry && h('p', {}, retry)));
  main.dataset.state = 'error';
  if (e && e.status === 503) {
    const timer = setTimeout(route, 2000);
    current.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }
}

function installSearch() {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-input');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
  });
  // Actor names as suggestions; the list is refreshed on focus so new actors show up.
  const list = document.getElementById('actor-names');
  let loaded = 0;
  input.addEventListener('focus', async () => {
    if (Date.now() - loaded < 30000) return;
    loaded = Date.now();
    try {
      const page = await api.actors('mentions', 100);
      fill(list, page.items.map((a) => h('option', { value: a.name })));
    } catch (e) {
      loaded = 0;
    }
  });
}

window.addEventListener('hashchange', () => {
  route();
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
});
installSearch();
installTooltips();
route();
