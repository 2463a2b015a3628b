// Tests of server/web/offsets.js, the byte-offset conversion of the page:
//   node --test tools/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byteIndex, pieces } from '../../server/web/offsets.js';

// span returns text[start:end) where start and end are UTF-8 byte offsets.
function span(text, start, end) {
  const at = byteIndex(text);
  return text.slice(at(start), at(end));
}

test('byte offsets of Persian, Latin, emoji and half-space text', () => {
  const text = 'ab ایران 😀 می‌کنیم';
  const bytes = new TextEncoder().encode(text);
  const find = (s) => {
    // byte offset of s in text, found on the bytes
    const needle = new TextEncoder().encode(s);
    outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
      for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
      return i;
    }
    return -1;
  };
  for (const s of ['ab', 'ایران', '😀', 'می‌کنیم']) { // Latin, Persian (2-byte), emoji (4-byte, surrogate pair), ZWNJ (3-byte)
    const start = find(s);
    assert.equal(span(text, start, start + new TextEncoder().encode(s).length), s);
  }
  assert.equal(byteIndex(text)(bytes.length), text.length); // the end maps to the end
});

test('an offset inside a character moves to the next character', () => {
  assert.equal(byteIndex('ای')(1), 1); // the second byte of ا
});

test('pieces split at overlapping marks', () => {
  const got = pieces(0, 10, [{ start: 1, end: 5, k: 'a' }, { start: 3, end: 8, k: 'b' }])
    .map((p) => [p.start, p.end, p.marks.map((m) => m.k).join('')]);
  assert.deepEqual(got, [[0, 1, ''], [1, 3, 'a'], [3, 5, 'ab'], [5, 8, 'b'], [8, 10, '']]);
});

test('marks outside the range are ignored and clipped', () => {
  const got = pieces(4, 6, [{ start: 0, end: 5, k: 'a' }, { start: 7, end: 9, k: 'z' }])
    .map((p) => [p.start, p.end, p.marks.map((m) => m.k).join('')]);
  assert.deepEqual(got, [[4, 5, 'a'], [5, 6, '']]);
});
