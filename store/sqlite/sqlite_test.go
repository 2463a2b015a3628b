package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"khabar/store"
	"khabar/store/sqlite"
	"khabar/store/storetest"
)

func TestSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "khabar.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenAndIntegrity(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.db")
	ctx := context.Background()
	for range 2 { // the second open finds the schema migrated
		s, err := store.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if err := sqlite.IntegrityCheck(ctx, s); err != nil {
			t.Error(err)
		}
		st, _ := s.Stats(ctx)
		if st.SchemaVersion != 7 || st.Backend != "sqlite" {
			t.Errorf("Stats = %+v", st)
		}
		s.Close()
	}
}
