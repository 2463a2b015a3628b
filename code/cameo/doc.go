// Package cameo is the table of CAMEO event codes: every 2-, 3- and
// 4-digit code with its name, Goldstein conflict-cooperation score, quad
// class and the PLOVER type, mode and contexts it maps to (data/cameo.txt,
// embedded). It also tells the code an event takes when the coder changes
// its type: the intent to do it (a promise is AGREE, 03x), the refusal of
// it (REJECT, 12x) and the threat of it (THREATEN, 13x).
//
// The table is read once, on first use, and never changes: every function
// is safe for concurrent use.
package cameo
