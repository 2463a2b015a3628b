package zwnj

//go:generate go run ./internal/gen -dict ../../../tools/lexicon/node_modules/dictionary-fa -version 2.0.0 -extra extra_words.txt -out .
