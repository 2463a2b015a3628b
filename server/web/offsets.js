// offsets.js turns khabar's byte offsets (into the UTF-8 body) into
// JavaScript string indices (UTF-16 code units) and splits a body into
// marked pieces for highlighting.

// byteIndex maps every UTF-8 byte offset of text to the UTF-16 index of the
// character that starts there. An offset inside a character (which khabar
// never reports, but a broken record might) maps to the start of the next
// character, so spans never split a character.
export function byteIndex(text) {
  const index = [];
  let u16 = 0;
  for (const ch of text) { // for…of walks code points, not code units
    const cp = ch.codePointAt(0);
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    index.push(u16);
    for (let i = 1; i < bytes; i++) index.push(-1);
    u16 += ch.length;
  }
  index.push(u16); // the end of the text
  for (let i = index.length - 2; i >= 0; i--) {
    if (index[i] < 0) index[i] = index[i + 1];
  }
  return (offset) => index[Math.max(0, Math.min(offset, index.length - 1))];
}

// pieces splits text[start:end) (UTF-16 indices) at the edges of marks and
// returns [{start, end, marks}] covering the whole range in order, where
// marks lists every mark ({start, end, ...}, UTF-16 indices) that covers
// the piece. Marks may overlap and nest.
export function pieces(start, end, marks) {
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.end <= start || m.start >= end) continue;
    cuts.add(Math.max(m.start, start));
    cuts.add(Math.min(m.end, end));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const a = edges[i], b = edges[i + 1];
    if (a === b) continue;
    out.push({ start: a, end: b, marks: marks.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}
