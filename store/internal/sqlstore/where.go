package sqlstore

import "strings"

// where gathers the conditions and arguments of a query.
type where struct {
	conds []string
	args  []any
	// with is a WITH clause the conditions refer to, and withArgs its
	// arguments; bind puts them first.
	with     string
	withArgs []any
}

// bind returns a statement made of q (which holds the conditions) after
// w's WITH clause, and its arguments: the WITH clause's, then args.
func (w *where) bind(q string, args ...any) (string, []any) {
	return w.with + q, append(append([]any(nil), w.withArgs...), args...)
}

// add appends a condition with ? placeholders and its arguments.
func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// addIf adds cond with v when v is not "".
func (w *where) addIf(v, cond string) {
	if v != "" {
		w.add(cond, v)
	}
}

// sql returns " WHERE c1 AND c2 …", or "".
func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// clone returns a copy that can be extended without changing w.
func (w *where) clone() *where {
	return &where{conds: append([]string(nil), w.conds...), args: append([]any(nil), w.args...), with: w.with, withArgs: w.withArgs}
}
