package triggers

import "testing"

// TestFormIndexLookup checks lookups in a small index: a key found, a key
// absent, a prefix that is no key, and two keys that share one hash (made
// to collide by hand, as a 64-bit hash almost never does).
func TestFormIndexLookup(t *testing.T) {
	forms := map[string][]formRef{
		"توافقکرد": {{entry: 1}},
		"امضاکرد":  {{entry: 2}, {entry: 3, form: Form{Negated: true}}},
	}
	ix := newFormIndex(forms, map[uint64]bool{})
	if got := ix.lookup([]byte("امضاکرد")); len(got) != 2 || got[0].entry != 2 {
		t.Errorf("امضاکرد: %v", got)
	}
	for _, k := range []string{"امضا", "دیدارکرد", ""} {
		if got := ix.lookup([]byte(k)); got != nil {
			t.Errorf("%q: %v, want nothing", k, got)
		}
	}
	// a second key under the hash of توافقکرد
	h := hashKey([]byte("توافقکرد"))
	ix.more = map[uint64][]int32{h: {int32(len(ix.groups))}}
	ix.groups = append(ix.groups, formGroup{hash: h, keyOff: int32(len(ix.blob)), keyLen: int32(len("x")), first: int32(len(ix.refs)), n: 1})
	ix.blob = append(ix.blob, "x"...)
	ix.refs = append(ix.refs, formRef{entry: 9})
	if got := ix.lookupHashed(h, []byte("x")); len(got) != 1 || got[0].entry != 9 {
		t.Errorf("colliding key: %v", got)
	}
	if got := ix.lookupHashed(h, []byte("توافقکرد")); len(got) != 1 || got[0].entry != 1 {
		t.Errorf("first key of the hash: %v", got)
	}
	if got := ix.lookupHashed(h, []byte("y")); got != nil {
		t.Errorf("a third key under the hash: %v", got)
	}
}
