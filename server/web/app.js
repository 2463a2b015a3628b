// app.js drives the khabar page: search, the events table with its
// filters, the timeline, the actor network and the article view. Every
// piece of data is put into the page with textContent, never as HTML.
import { api, errorMessage } from './api.js';
import { showArticle, hideArticle } from './article.js';
import { drawTimeline } from './timeline.js';
import { drawNetwork } from './network.js';

// The 16 PLOVER event types, in the order of the PLOVER specification.
const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT'];

// RTL are the languages written right to left.
const RTL = new Set(['fa', 'ps', 'ar', 'ur']);

const $ = (id) => document.getElementById(id);
const FILTERS = ['actor', 'recipient', 'type', 'from', 'to', 'q'];
let next = ''; // cursor of the next page of events

// filters reads the filter form.
function filters() {
  const f = {};
  for (const name of FILTERS) f[name] = $('f-' + name).value.trim();
  f.actor = f.actor.toUpperCase();
  f.recipient = f.recipient.toUpperCase();
  return f;
}

function showError(err) {
  const p = $('error');
  p.textContent = err ? errorMessage(err) : '';
  p.hidden = !err;
}

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

function parties(list) {
  const td = el('td');
  (list || []).forEach((p, i) => {
    if (i) td.append(', ');
    td.append(el('abbr', { title: p.name || p.code, text: p.code }));
  });
  return td;
}

function eventRow(ev) {
  const tr = el('tr', { class: 'quad-' + ev.quad_code });
  tr.append(el('td', { text: ev.date || '?', class: 'nowrap' }));
  tr.append(el('td', {}, el('span', { class: 'type', title: 'CAMEO ' + ev.cameo, text: ev.type })));
  tr.append(parties(ev.actor), parties(ev.recipient));
  const rtl = RTL.has(ev.lang);
  const what = el('td', { dir: rtl ? 'rtl' : 'ltr', lang: ev.lang || 'und', class: 'what' });
  what.append(el('span', { text: ev.event_text || ev.trigger }));
  const src = (ev.sources || [])[0];
  if (src) {
    what.append(' ', el('a', {
      href: '#article=' + encodeURIComponent(src.article) + '&s=' + src.sentence,
      // dir=ltr isolates the date, which an RTL row would otherwise reorder.
      class: 'source', dir: 'ltr', title: 'open the article at this sentence', text: '→ ' + (src.date || 'article'),
    }));
  }
  tr.append(what, el('td', { text: String(ev.mentions), class: 'num' }));
  return tr;
}

async function loadEvents(append) {
  const body = $('events').tBodies[0];
  const params = filters();
  if (append) params.cursor = next;
  try {
    const page = await api('events', params);
    if (!append) body.replaceChildren();
    if (!page.items.length && !append) {
      body.append(el('tr', {}, el('td', { colspan: 6, class: 'muted', text: 'no events match' })));
    }
    for (const ev of page.items) body.append(eventRow(ev));
    next = page.next;
    $('events-more').hidden = !next;
    $('events-total').textContent = '(' + page.total + (page.total_capped ? '+' : '') + ')';
    showError(null);
  } catch (err) {
    showError(err);
  }
}

async function loadSearch(q) {
  const section = $('results-section');
  if (!q) {
    section.hidden = true;
    return;
  }
  try {
    const page = await api('search', { q, limit: 20 });
    const list = $('results');
    list.replaceChildren();
    for (const hit of page.items) {
      const li = el('li', { dir: hit.lang === 'fa' ? 'rtl' : 'ltr', lang: hit.lang });
      li.append(el('a', { href: '#article=' + encodeURIComponent(hit.id), text: hit.title || hit.id }));
      li.append(' ', el('span', { class: 'muted', dir: 'ltr', text: hit.date }));
      li.append(el('div', { class: 'snippet', text: hit.snippet }));
      list.append(li);
    }
    $('results-q').textContent = q;
    $('results-total').textContent = '(' + page.total + (page.total_capped ? '+' : '') + ')';
    section.hidden = false;
  } catch (err) {
    showError(err);
  }
}

// refresh reloads everything the filters drive.
function refresh() {
  const f = filters();
  loadEvents(false);
  loadSearch(f.q);
  drawTimeline($('timeline'), f, $('t-interval').value).catch(showError);
  drawNetwork($('network'), f, (code) => {
    $('f-actor').value = code;
    refresh();
  }).catch(showError);
}

async function loadActors() {
  const page = await api('actors', { limit: 200 });
  const list = $('actor-codes');
  for (const a of page.items) list.append(el('option', { value: a.code, label: a.code + ' · ' + a.name }));
}

async function loadStats() {
  const s = await api('stats', {});
  $('stats').textContent = `${s.articles} articles, ${s.events} events` +
    (s.first_date ? `, ${s.first_date} – ${s.last_date}` : '');
}

// route opens the article the location hash names (#article=ID&s=N).
function route() {
  const h = new URLSearchParams(location.hash.slice(1));
  const id = h.get('article');
  if (!id) {
    hideArticle($('article-section'));
    return;
  }
  const s = h.has('s') ? Number(h.get('s')) : null;
  showArticle($('article-section'), $('article'), id, s).catch(showError);
}

function init() {
  const type = $('f-type');
  for (const t of TYPES) type.append(el('option', { value: t, text: t }));
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    $('f-q').value = $('search-q').value.trim();
    refresh();
  });
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    $('search-q').value = $('f-q').value;
    refresh();
  });
  $('filters').addEventListener('reset', () => setTimeout(() => {
    $('search-q').value = '';
    refresh();
  }));
  $('events-more').addEventListener('click', () => loadEvents(true));
  $('t-interval').addEventListener('change', () => {
    drawTimeline($('timeline'), filters(), $('t-interval').value).catch(showError);
  });
  $('article-close').addEventListener('click', () => { location.hash = ''; });
  window.addEventListener('hashchange', route);
  loadStats().catch(showError);
  loadActors().catch(showError);
  refresh();
  route();
}

init();
