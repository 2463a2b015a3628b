package main

import (
	"strconv"

	"github.com/spf13/cobra"

	"khabar/store"
)

// eventFilterFlags are the filters that search, events and export share.
type eventFilterFlags struct {
	dsn                   string
	actor, recipient, typ string
	from, to, lang        string
	limit                 int
	jsonOut               bool
}

// add registers the flags; recipient only where it applies.
func (f *eventFilterFlags) add(cmd *cobra.Command, recipient bool) {
	fl := cmd.Flags()
	fl.StringVar(&f.dsn, "db", store.DefaultPath, "the database: a SQLite file, or postgres://… for PostgreSQL")
	fl.StringVar(&f.actor, "actor", "", "keep events whose actor has this code (USA, KAZ, …)")
	if recipient {
		fl.StringVar(&f.recipient, "recipient", "", "keep events whose recipient has this code")
	}
	fl.StringVar(&f.typ, "type", "", "keep events of this PLOVER type (AGREE, CONSULT, ACCUSE, …)")
	fl.StringVar(&f.from, "from", "", "earliest date, YYYY-MM-DD")
	fl.StringVar(&f.to, "to", "", "latest date, YYYY-MM-DD")
	fl.StringVar(&f.lang, "lang", "", "keep articles (or events reported in articles) in this language: fa, en, …")
}

// eventQuery returns the filters as a store.EventQuery.
func (f *eventFilterFlags) eventQuery(q string) store.EventQuery {
	return store.EventQuery{Actor: f.actor, Recipient: f.recipient, Type: f.typ, From: f.from, To: f.to, Lang: f.lang, Q: q, Limit: f.limit}
}

// totalText writes a list's total: "1000 or more" when the store stopped
// counting (store.MaxTotal).
func totalText(total int, capped bool) string {
	if capped {
		return strconv.Itoa(total) + " or more"
	}
	return strconv.Itoa(total)
}
