// article.js shows one article with its entities and event triggers
// highlighted in the text and every event linked to its sentence.
import { api } from './api.js';
import { byteIndex, pieces } from './offsets.js';

const RTL = new Set(['fa', 'ps', 'ar', 'ur']);

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

function partyNames(list) {
  return (list || []).map((p) => p.code).join(', ') || '—';
}

// marksOf turns the article's entities and event triggers (byte offsets)
// into marks with UTF-16 offsets.
function marksOf(a, at) {
  const marks = [];
  for (const e of a.entities || []) {
    const where = [e.canonical, e.country].filter(Boolean).join(' · ');
    marks.push({ start: at(e.start), end: at(e.end), cls: 'ent ent-' + e.type, title: e.type + (where ? ': ' + where : '') });
  }
  (a.events || []).forEach((ev, i) => {
    if (ev.end > ev.start) {
      marks.push({ start: at(ev.start), end: at(ev.end), cls: 'trigger', title: ev.type + ' (' + ev.cameo + ')', event: i });
    }
  });
  return marks;
}

// markedText appends body[start:end) (UTF-16) to parent, each marked piece
// in a span with the classes and titles of the marks that cover it.
function markedText(parent, body, start, end, marks) {
  for (const p of pieces(start, end, marks)) {
    const text = body.slice(p.start, p.end);
    if (!p.marks.length) {
      parent.append(text);
      continue;
    }
    const span = el('span', {
      class: p.marks.map((m) => m.cls).join(' '),
      title: p.marks.map((m) => m.title).join('\n'),
      text,
    });
    const ev = p.marks.find((m) => m.event !== undefined);
    if (ev) span.dataset.event = ev.event;
    parent.append(span);
  }
}

function renderBody(a) {
  const body = a.body;
  const at = byteIndex(body);
  const marks = marksOf(a, at);
  const div = el('div', { class: 'body', dir: RTL.has(a.lang) ? 'rtl' : 'ltr', lang: a.lang });
  let pos = 0;
  for (const s of a.sentences || []) {
    const start = at(s.start), end = at(s.end);
    if (start > pos) markedText(div, body, pos, start, marks);
    const span = el('span', { class: 'sentence', id: 's-' + s.index });
    if (s.duplicate_of !== null && s.duplicate_of !== undefined) {
      span.classList.add('duplicate');
      span.title = 'repeats sentence ' + s.duplicate_of;
    }
    markedText(span, body, start, end, marks);
    div.append(span);
    pos = Math.max(pos, end);
  }
  if (pos < body.length) markedText(div, body, pos, body.length, marks);
  return div;
}

function renderEvents(a) {
  const list = el('ol', { class: 'article-events' });
  (a.events || []).forEach((ev, i) => {
    const li = el('li', { 'data-event': i });
    li.append(el('span', { class: 'type', text: ev.type }), ' ');
    li.append(partyNames(ev.actor) + ' → ' + partyNames(ev.recipient) + ' ');
    li.append(el('q', { dir: 'auto', text: ev.trigger }), ' ');
    if (ev.date) li.append(el('span', { class: 'muted', text: ev.date + ' ' }));
    li.append(el('a', { href: '#', class: 'to-sentence', 'data-sentence': ev.sentence, text: 'sentence ' + (ev.sentence + 1) }));
    list.append(li);
  });
  if (!list.children.length) list.append(el('li', { class: 'muted', text: 'no events coded' }));
  return list;
}

function flashSentence(root, index) {
  const s = root.querySelector('#s-' + Number(index));
  if (!s) return;
  for (const old of root.querySelectorAll('.sentence.current')) old.classList.remove('current');
  s.classList.add('current');
  s.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// showArticle fetches article id and shows it in root, scrolled to
// sentence when it is not null.
export async function showArticle(section, root, id, sentence) {
  const a = await api('articles/' + encodeURIComponent(id), {});
  const dir = RTL.has(a.lang) ? 'rtl' : 'ltr';
  const head = el('header', { dir });
  head.append(el('h2', { lang: a.lang, text: a.title || a.id }));
  head.append(el('p', { class: 'muted', dir: 'ltr', text: [a.date || 'undated', a.variant || a.lang, a.source].filter(Boolean).join(' · ') }));
  const legend = el('p', { class: 'legend' },
    el('span', { class: 'ent ent-PER', text: 'person' }), ' ',
    el('span', { class: 'ent ent-ORG', text: 'organisation' }), ' ',
    el('span', { class: 'ent ent-LOC', text: 'place' }), ' ',
    el('span', { class: 'ent ent-EVT', text: 'named event' }), ' ',
    el('span', { class: 'trigger', text: 'event trigger' }));
  root.replaceChildren(head, legend, renderBody(a), el('h3', { text: 'Events' }), renderEvents(a));
  root.querySelectorAll('a.to-sentence').forEach((link) => link.addEventListener('click', (e) => {
    e.preventDefault();
    flashSentence(root, link.dataset.sentence);
  }));
  section.hidden = false;
  if (sentence !== null && !Number.isNaN(sentence)) flashSentence(root, sentence);
  else section.scrollIntoView({ block: 'start' });
}

export function hideArticle(section) {
  section.hidden = true;
}
