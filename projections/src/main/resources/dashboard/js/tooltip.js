// One shared tooltip for anything carrying data-tip-title (and optionally data-tip-body, lines split by \n):
// shown on hover and on keyboard focus, hidden on leave, blur and Escape.

const tip = () => document.getElementById('tooltip');
let anchor = null;

function show(el) {
  const t = tip();
  anchor = el;
  t.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = el.dataset.tipTitle;
  t.append(title);
  for (const line of (el.dataset.tipBody || '').split('\n').filter(Boolean)) {
    const p = document.createElement('span');
    p.textContent = line;
    t.append(p);
  }
  t.hidden = false;
  el.setAttribute('aria-describedby', 'tooltip');
  place(el);
}

function place(el) {
  const t = tip();
  const r = el.getBoundingClientRect();
  const w = t.offsetWidth;
  const hgt = t.offsetHeight;
  let left = r.left + r.width / 2 - w / 2;
  left = Math.max(8, Math.min(left, window.innerWidth - w - 8));
  let top = r.top - hgt - 8;
  if (top < 8) top = r.bottom + 8;
  t.style.left = `${left + window.scrollX}px`;
  t.style.top = `${top + window.scrollY}px`;
}

function hide() {
  if (anchor) anchor.removeAttribute('aria-describedby');
  anchor = null;
  tip().hidden = true;
}

export function installTooltips() {
  const target = (e) => (e.target instanceof Element ? e.target.closest('[data-tip-title]') : null);
  document.addEventListener('mouseover', (e) => { const el = target(e); if (el && el !== anchor) show(el); });
  document.addEventListener('mouseout', (e) => {
    const el = target(e);
    if (el && el === anchor && !(e.relatedTarget instanceof Node && el.contains(e.relatedTarget))) hide();
  });
  document.addEventListener('focusin', (e) => { const el = target(e); if (el) show(el); });
  document.addEventListener('focusout', (e) => { if (target(e) === anchor) hide(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  window.addEventListener('hashchange', hide);
}
