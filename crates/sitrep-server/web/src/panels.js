// Each panel loads on its own: a spinner while its request runs, its own
// error in place of stale results, and the page marked ready when no panel
// is loading (the end-to-end test waits on that).
import { friendly } from './api.js';
import { clear, h } from './dom.js';

const generations = {};

// Runs `load(current)` for the panel `name`; `current()` says whether a
// newer load of the same panel has started (then the result is dropped).
// On failure the message replaces `errorEl`, and `stale` elements are
// emptied: results of an earlier filter must not stand under it.
export async function panel(name, load, errorEl, ...stale) {
  const mine = (generations[name] = (generations[name] || 0) + 1);
  const current = () => generations[name] === mine;
  const section = document.querySelector(`[data-panel=${name}]`);
  section.classList.add('loading');
  section.setAttribute('aria-busy', 'true');
  document.body.classList.add('loading');
  try {
    await load(current);
  } catch (err) {
    if (current() && errorEl) {
      clear(errorEl, h('p', { class: 'error', 'data-testid': 'panel-error' }, friendly(err)));
      for (const el of stale) clear(el);
    }
  } finally {
    if (current()) {
      section.classList.remove('loading');
      section.removeAttribute('aria-busy');
    }
    if (!document.querySelector('[data-panel].loading')) {
      document.body.classList.remove('loading');
      document.body.dataset.ready = 'true';
    }
  }
}
