// Pieces several pages share.
import { h } from '../dom.js';
import { toneColor, toneLabel, signed, actorHref, typeLabel } from '../format.js';

/** A tone value with its colour and its word, so the colour is never the only cue. */
export function toneBadge(tone, prefix = '') {
  return h('span', {
    className: 'tone-badge', style: `--tone:${toneColor(tone)}`,
    title: 'GDELT-style tone: positive minus negative words, in percent of all words',
  }, h('span', { className: 'dot', 'aria-hidden': 'true' }), `${prefix}${signed(tone)} ${toneLabel(tone)}`);
}

export function actorChip(actor, extra) {
  return h('a', {
    className: 'chip', href: actorHref(actor.id),
    dataset: { tipTitle: actor.name, tipBody: [actor.role, [actor.type && typeLabel(actor.type), actor.country].filter(Boolean).join(' · ')].filter(Boolean).join('\n') },
  }, actor.name, extra !== undefined && h('span', { className: 'chip-count' }, extra));
}

export function inlineError(e) {
  return h('p', { className: 'inline-error', role: 'status' }, `Not available right now: ${e && e.message ? e.message : e}`);
}

export function definitionList(pairs) {
  return h('dl', { className: 'facts' }, pairs.filter(([, v]) => v !== undefined && v !== null).map(([k, v]) =>
    h('div', {}, h('dt', {}, k), h('dd', {}, v))));
}
