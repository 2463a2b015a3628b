package postgres_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"khabar/store"
	"khabar/store/postgres"
	"khabar/store/storetest"
)

// TestSuite runs the shared suite in a fresh schema per case, dropped
// after; it needs KHABAR_TEST_POSTGRES, e.g.
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable.
func TestSuite(t *testing.T) {
	dsn := os.Getenv("KHABAR_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("KHABAR_TEST_POSTGRES is not set")
	}
	n := 0
	storetest.Run(t, func(t *testing.T) store.Store {
		n++
		schema := fmt.Sprintf("khabar_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, n)
		return OpenFresh(t, dsn, schema)
	})
}

// OpenFresh creates schema, opens a store in it, and drops it when t ends.
func OpenFresh(t *testing.T, dsn, schema string) store.Store {
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connecting to %s: %v", dsn, err)
	}
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+pgx.Identifier{schema}.Sanitize()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(ctx, "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE"); err != nil {
			t.Errorf("dropping %s: %v", schema, err)
		}
		admin.Close(ctx)
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	return s
}
