// Package zwnjeval measures how well a normalizer restores Persian
// half-spaces (ZWNJ, U+200C).
//
// It takes gold sentences (the "# text =" lines of a CoNLL-U treebank such
// as PerDT), makes two damaged inputs from each — every ZWNJ deleted, and
// every ZWNJ replaced by a space — runs the normalizer on both, and
// compares the boundaries between letters: for each pair of adjacent gold
// characters that are neither white space nor ZWNJ, the boundary is none,
// space or ZWNJ. The output is aligned to the gold by its characters (a
// normalizer may also unify letters), so a boundary is compared even when
// other text around it changed.
//
// The report gives precision, recall and F1 of ZWNJ boundaries for each
// input, and the share of the gold boundaries without ZWNJ that the
// normalizer changed (a space it removed, a ZWNJ it inserted between two
// letters that had none). Functions here are pure; Report values are plain
// data and safe to share.
//
// Its tests score zwnj.Default on the PerDT treebank against the targets,
// and measure how many Persian names of khabar's actor lexicon the
// restorer changes (restored from their half-space-free and spaced forms),
// with and without the names given to it by zwnj.Restorer.WithWords.
package zwnjeval
