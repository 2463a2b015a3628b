package storetest

import (
	"fmt"
	"strings"

	"khabar/article"
	"khabar/pipeline"
)

// result builds a pipeline.Result for an invented article: one sentence
// per line of body, the id computed as the pipeline does.
func result(date, lang, body string, events ...pipeline.Event) pipeline.Result {
	a := article.Article{ID: pipeline.ID(body), Source: "test/" + date + ".txt", Line: 1, Date: date, Lang: lang, Title: firstWords(body), Body: body}
	if lang == "fa" {
		a.Variant = "fa-AF"
	}
	r := pipeline.Result{KhabarVersion: pipeline.Version, Coded: pipeline.Codes(lang), Article: a, Sentences: []pipeline.Sentence{}, Entities: []pipeline.Entity{},
		Amounts: []pipeline.Amount{}, Quotes: []pipeline.Quote{}, Events: []pipeline.Event{}}
	start := 0
	for i, line := range strings.SplitAfter(body, "\n") {
		r.Sentences = append(r.Sentences, pipeline.Sentence{Index: i, Start: start, End: start + len(strings.TrimRight(line, "\n"))})
		start += len(line)
	}
	for i, e := range events {
		e.ID = fmt.Sprintf("v%d", i+1)
		e.End = min(len(body), 10)
		if e.Context == nil {
			e.Context = []string{}
		}
		if e.Amounts == nil {
			e.Amounts = []string{}
		}
		r.Events = append(r.Events, e)
	}
	return r
}

func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(4, len(f))], " ")
}

// event builds an event of type typ on date from actor to recipient.
func event(typ, cameo, date, actor, recipient string) pipeline.Event {
	e := pipeline.Event{Type: typ, CAMEO: cameo, Date: date, DatePrecision: "day", QuadCode: 1, Goldstein: 2.5, Trigger: "met", EventText: "met", Confidence: 0.8}
	if actor != "" {
		e.Actor = []pipeline.Party{{Code: actor, Name: actor + " name", Sector: "GOV"}}
	} else {
		e.Actor = []pipeline.Party{}
	}
	if recipient != "" {
		e.Recipient = []pipeline.Party{{Code: recipient, Name: recipient + " name"}}
	} else {
		e.Recipient = []pipeline.Party{}
	}
	return e
}

// longStory is an invented article long enough for near-duplicate
// detection.
const longStory = "The foreign minister of Kazakhstan met his Uzbek counterpart in Tashkent on Monday to sign an agreement on water sharing along the Syr Darya river, officials said.\n" +
	"Under the agreement the upstream reservoirs will release more water during the summer months, when cotton and wheat fields in the south need it most, and less in winter, when floods have damaged villages along the banks.\n" +
	"Farmers in the region have complained for years that the river runs dry before it reaches the old sea bed, and environmental groups welcomed the deal as a first step.\n" +
	"The two ministers also discussed a railway line that would link the capitals, trade in electricity, and border crossings that were closed during the pandemic and never fully reopened.\n" +
	"A joint commission is to meet in Astana in the autumn to set quotas for the following season and to publish the measurements of every gauge."

// injections are hostile strings tried in every filter.
var injections = []string{
	`'; DROP TABLE articles; --`,
	`" OR 1=1 --`,
	`x' OR '1'='1`,
	`USA' UNION SELECT id FROM articles --`,
	`NEAR(a b) OR *`,
	`\`,
	`%_%`,
	`2025-01-01' OR 1=1`,
	`) OR (1=1`,
	"\x00",
	`رئیس'; DELETE FROM events; --`,
}
