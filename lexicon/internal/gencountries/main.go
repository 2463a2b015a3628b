package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
)

// xtextModule and xtextVersion name the CLDR source written in the header.
// main checks the version against the binary's build information.
const (
	xtextModule  = "golang.org/x/text"
	xtextVersion = "v0.44.0"
)

func main() {
	out := flag.String("o", "data/countries.gen.txt", "file to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gencountries:", err)
		os.Exit(1)
	}
}

// run checks the linked x/text version, builds the records and writes them
// to path.
func run(path string) error {
	if err := checkXTextVersion(); err != nil {
		return err
	}
	countries, err := listCountries()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := writeRecords(&buf, countries); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// checkXTextVersion reports an error when the binary links another x/text
// than the header names, so that the header never lies about its source.
func checkXTextVersion() error {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return nil // no build information (not built as a module): nothing to check
	}
	for _, dep := range info.Deps {
		if dep.Path != xtextModule {
			continue
		}
		v := dep.Version
		if dep.Replace != nil {
			v = dep.Replace.Version
		}
		if v != xtextVersion {
			return fmt.Errorf("linked %s %s, but the header says %s: update xtextVersion", xtextModule, v, xtextVersion)
		}
	}
	return nil
}
