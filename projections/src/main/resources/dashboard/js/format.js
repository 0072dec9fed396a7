// Formatting shared by every page: numbers, dates, tone colours, links.

/** GDELT tone is roughly -10..+10 (percent of words); the scale saturates at ±5. */
const TONE_SATURATION = 4;

/** A colour on a diverging scale: red-orange (negative) through grey to blue (positive). */
export function toneColor(tone) {
  const t = Math.max(-1, Math.min(1, (Number(tone) || 0) / TONE_SATURATION));
  const mix = (a, b, f) => Math.round(a + (b - a) * f);
  const grey = [150, 156, 166];
  const end = t < 0 ? [200, 62, 40] : [33, 102, 172];
  // A square root so that the common, small tones (around ±1) are already told apart.
  const f = Math.sqrt(Math.abs(t));
  return `rgb(${mix(grey[0], end[0], f)}, ${mix(grey[1], end[1], f)}, ${mix(grey[2], end[2], f)})`;
}

export function toneLabel(tone) {
  const t = Number(tone) || 0;
  if (t <= -0.5) return 'negative';
  if (t >= 0.5) return 'positive';
  return 'neutral';
}

export function signed(value, digits = 2) {
  const v = Number(value) || 0;
  return (v > 0 ? '+' : v < 0 ? '−' : '') + Math.abs(v).toFixed(digits);
}

export function count(n) {
  return new Intl.NumberFormat('en').format(Number(n) || 0);
}

export function dateTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC',
  }) + ' UTC';
}

export function actorHref(id) {
  return `#/actor/${encodeURIComponent(id)}`;
}

export function articleHref(id, paragraph) {
  return `#/article/${encodeURIComponent(id)}` + (paragraph ? `?p=${paragraph}` : '');
}

export function articleTitle(article) {
  if (article.title) return article.title;
  const id = String(article.id || article.articleId || '');
  return `Untitled article ${id.length > 22 ? id.slice(0, 19) + '…' : id}`;
}

/** Only http and https addresses become links: an article's url is whatever its sender wrote (javascript:, data:). */
export function isWebLink(url) {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch (e) {
    return false;
  }
}

export function typeLabel(type) {
  return type ? type.charAt(0) + type.slice(1).toLowerCase() : 'Unknown type';
}
