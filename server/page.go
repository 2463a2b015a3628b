package server

import (
	"embed"
	"io/fs"
	"net/http"
)

// web holds the page: index.html, its modules and styles, and the
// vendored libraries (web/vendor, see tools/web/vendor.sh).
//
//go:embed web
var web embed.FS

// Page returns the page's files, rooted at index.html's folder.
func Page() fs.FS {
	sub, err := fs.Sub(web, "web")
	if err != nil {
		panic("server: embedded web folder missing: " + err.Error())
	}
	return sub
}

// pageHandler serves the page's files to GET and HEAD.
func pageHandler() http.Handler {
	files := http.FileServerFS(Page())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, r.Method+" is not allowed here", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}
