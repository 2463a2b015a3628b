// Package gold reads khabar's gold files and scores predictions against
// them exactly as ../shared/eval/FORMAT.md says: per article, predictions
// and gold are compared as sets, and counts are summed over articles
// (micro-average).
//
//   - Events: the key (type, {actor, recipient}), the pair unordered; an
//     event with several actors or recipients gives one key per pair;
//     duplicate keys count once. A predicted key that matches an optional
//     gold event is neither rewarded nor punished. Dyads are the same keys
//     without the type. Dates: the share of matched events whose date
//     agrees with the gold date at the gold's precision.
//   - Entities: (type, name), a predicted entity matching a gold one when
//     its canonical name or one of its surface texts equals any gold name
//     after folding (case, Persian letters, spaces and half-spaces).
//   - Amounts: (kind, value, unit), values equal within 0.5%.
//   - Quotes: the speaker, matched like entity names.
//
// The package scores what the output contract holds (Prediction mirrors
// the JSON of ../shared/contract/OUTPUT.md), so it reads `khabar extract`
// output from any source. Its functions are pure and safe for concurrent
// use.
package gold
