package lexicon

//go:generate go run ./internal/gencountries
