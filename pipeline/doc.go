// Package pipeline composes khabar's stages into one call, Extract, that
// every command and the server use: find the language, normalize the body,
// hash it into the article id, split sentences and tokens, and mark repeated
// sentences. Later stages (entities, amounts, events, quotes) join here.
//
// A Pipeline holds only read-only tables once made and is safe for
// concurrent use.
package pipeline
