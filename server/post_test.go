package server

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

const testToken = "test-token-0123456789abcdef"

// newArticle is an invented article in JSON Lines, not among the demo ones.
const newArticle = `{"id":"t1","date":"2025-11-20","title":"هرات و مشهد","text":"وزیر خارجهٔ افغانستان روز پنجشنبه در مشهد با استاندار خراسان رضوی دیدار کرد و دو طرف دربارهٔ تجارت مرزی گفتگو کردند.","lang":"fa-AF"}` + "\n"

// TestPostOff: without a token, submitting is refused and nothing changes.
func TestPostOff(t *testing.T) {
	ts, _ := testServer(t, nil)
	status, body := do(t, ts, "POST", "/api/articles", testToken, strings.NewReader(newArticle))
	if status != http.StatusForbidden {
		t.Fatalf("status %d, want 403: %s", status, body)
	}
	errorOf(t, "post off", body)
}

// TestPost submits articles with and without the token, too large and
// malformed, and checks what was stored.
func TestPost(t *testing.T) {
	ts, st := testServer(t, func(c *Config) {
		c.Token = testToken
		c.MaxBodyBytes = 2000
		c.MaxArticles = 2
	})
	ctx := context.Background()
	before, _ := st.Stats(ctx)
	for _, tc := range []struct {
		name   string
		token  string
		body   string
		status int
	}{
		// no Authorization header
		{"no token", "", newArticle, 401},
		// a wrong token
		{"wrong token", "test-token-0123456789abcdeX", newArticle, 401},
		// a body over MaxBodyBytes
		{"too large", testToken, strings.Repeat(newArticle, 6), 413},
		// more articles than MaxArticles
		{"too many", testToken, strings.Repeat(newArticle, 3), 413},
		// a malformed JSON line after a good one
		{"bad line", testToken, newArticle + "{\"text\": \n", 400},
		// an impossible date
		{"bad date", testToken, strings.Replace(newArticle, "2025-11-20", "2025-13-45", 1), 400},
		// an empty body
		{"empty", testToken, "", 400},
	} {
		status, body := do(t, ts, "POST", "/api/articles", tc.token, strings.NewReader(tc.body))
		if status != tc.status {
			t.Errorf("%s: status %d, want %d: %s", tc.name, status, tc.status, body)
			continue
		}
		errorOf(t, tc.name, body)
	}
	if after, _ := st.Stats(ctx); !reflect.DeepEqual(before, after) {
		t.Fatalf("refused submissions changed the database:\nbefore %+v\nafter  %+v", before, after)
	}

	// The right token stores the article, once.
	var got submitted
	status, body := do(t, ts, "POST", "/api/articles", testToken, strings.NewReader(newArticle))
	if status != http.StatusCreated || json.Unmarshal(body, &got) != nil || got.Stored != 1 || len(got.IDs) != 1 {
		t.Fatalf("submitting: status %d: %s", status, body)
	}
	status, body = do(t, ts, "POST", "/api/articles", testToken, strings.NewReader(newArticle))
	if status != http.StatusOK || json.Unmarshal(body, &got) != nil || got.Duplicates != 1 {
		t.Errorf("submitting again: status %d: %s", status, body)
	}
	status, body = get(t, ts, "/api/articles/"+got.IDs[0])
	if status != http.StatusOK || !strings.Contains(string(body), "مشهد") {
		t.Errorf("the submitted article: status %d: %.200s", status, body)
	}
	if after, _ := st.Stats(ctx); after.Articles != before.Articles+1 {
		t.Errorf("articles %d after submitting, want %d", after.Articles, before.Articles+1)
	}
}
