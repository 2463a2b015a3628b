package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"khabar/pipeline"
	"khabar/store"
)

// exporters make, for a writer, a function that writes one event, and is
// called with nil once at the end.
var exporters = map[string]func(*bufio.Writer) func(*store.EventRow) error{
	"plover": ploverWriter,
	"gdelt":  gdeltWriter,
	"csv":    csvWriter,
}

// ploverEvent is one event in PLOVER's field names.
type ploverEvent struct {
	ID             string   `json:"id"`
	Date           string   `json:"date"`
	EventType      string   `json:"event_type"`
	Mode           string   `json:"mode"`
	Actor          string   `json:"actor"`
	ActorName      string   `json:"actor_name"`
	Recipient      string   `json:"recipient"`
	RecipientName  string   `json:"recipient_name"`
	CAMEO          string   `json:"cameo"`
	QuadCode       int      `json:"quad_code"`
	Goldstein      float64  `json:"goldstein"`
	EventText      string   `json:"event_text"`
	Trigger        string   `json:"trigger"`
	Language       string   `json:"language"`
	NumArticles    int      `json:"num_articles"`
	SourceArticles []string `json:"source_articles"`
}

func ploverWriter(w *bufio.Writer) func(*store.EventRow) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return func(e *store.EventRow) error {
		if e == nil {
			return nil
		}
		srcs := make([]string, len(e.Sources))
		for i, s := range e.Sources {
			srcs[i] = s.Article
		}
		return enc.Encode(ploverEvent{
			ID: e.ID, Date: e.Date, EventType: e.Type, Mode: e.Mode,
			Actor: partyCodes(e.Actor), ActorName: partyNames(e.Actor),
			Recipient: partyCodes(e.Recipient), RecipientName: partyNames(e.Recipient),
			CAMEO: e.CAMEO, QuadCode: e.QuadCode, Goldstein: e.Goldstein, EventText: e.EventText, Trigger: e.Trigger,
			Language: e.Lang, NumArticles: e.Mentions, SourceArticles: srcs,
		})
	}
}

// gdeltColumns are the 61 columns of a GDELT 2.0 event file, in order.
var gdeltColumns = strings.Fields(`GlobalEventID Day MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL`)

func gdeltWriter(w *bufio.Writer) func(*store.EventRow) error {
	header := false
	return func(e *store.EventRow) error {
		if !header {
			header = true
			if _, err := w.WriteString(strings.Join(gdeltColumns, "\t") + "\n"); err != nil {
				return err
			}
		}
		if e == nil {
			return nil
		}
		row := make(map[string]string, 20)
		if id, err := strconv.ParseUint(strings.TrimPrefix(e.ID, "ev:"), 16, 64); err == nil {
			row["GlobalEventID"] = strconv.FormatUint(id, 10)
		}
		if t, err := time.Parse("2006-01-02", e.Date); err == nil {
			row["Day"] = t.Format("20060102")
			row["MonthYear"] = t.Format("200601")
			row["Year"] = t.Format("2006")
			row["FractionDate"] = fmt.Sprintf("%.4f", float64(t.Year())+float64(t.YearDay())/365)
		} else if len(e.Date) >= 4 {
			row["Year"] = e.Date[:4]
			if len(e.Date) >= 7 {
				row["MonthYear"] = e.Date[:4] + e.Date[5:7]
			}
		}
		for i, ps := range [][]pipeline.Party{e.Actor, e.Recipient} {
			if len(ps) == 0 {
				continue
			}
			n := strconv.Itoa(i + 1)
			row["Actor"+n+"Code"] = ps[0].Code + ps[0].Sector
			row["Actor"+n+"Name"] = strings.ToUpper(ps[0].Name)
			if isCountryCode(ps[0].Code) {
				row["Actor"+n+"CountryCode"] = ps[0].Code
			}
			row["Actor"+n+"Type1Code"] = ps[0].Sector
		}
		row["EventCode"] = e.CAMEO
		if len(e.CAMEO) >= 3 {
			row["EventBaseCode"] = e.CAMEO[:3]
		}
		if len(e.CAMEO) >= 2 {
			row["EventRootCode"] = e.CAMEO[:2]
		}
		row["QuadClass"] = strconv.Itoa(e.QuadCode)
		row["GoldsteinScale"] = strconv.FormatFloat(e.Goldstein, 'f', 1, 64)
		row["NumMentions"] = strconv.Itoa(e.Mentions)
		row["NumArticles"] = strconv.Itoa(e.Mentions)
		if len(e.Sources) > 0 {
			row["SOURCEURL"] = e.Sources[0].URL
			if row["SOURCEURL"] == "" {
				row["SOURCEURL"] = e.Sources[0].Article
			}
		}
		for i, c := range gdeltColumns {
			if i > 0 {
				w.WriteByte('\t')
			}
			w.WriteString(strings.NewReplacer("\t", " ", "\n", " ").Replace(row[c]))
		}
		_, err := w.WriteString("\n")
		return err
	}
}

// isCountryCode reports whether code looks like ISO 3166-1 alpha-3.
func isCountryCode(code string) bool {
	return len(code) == 3 && strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

func csvWriter(w *bufio.Writer) func(*store.EventRow) error {
	cw := csv.NewWriter(w)
	header := false
	return func(e *store.EventRow) error {
		if !header {
			header = true
			cw.Write([]string{"id", "date", "type", "mode", "cameo", "quad_code", "goldstein", "actor", "actor_name",
				"recipient", "recipient_name", "mentions", "trigger", "event_text", "lang", "first_source"})
		}
		if e == nil {
			cw.Flush()
			return cw.Error()
		}
		first := ""
		if len(e.Sources) > 0 {
			first = e.Sources[0].Article
		}
		return cw.Write([]string{e.ID, e.Date, e.Type, e.Mode, e.CAMEO, strconv.Itoa(e.QuadCode),
			strconv.FormatFloat(e.Goldstein, 'f', -1, 64), partyCodes(e.Actor), partyNames(e.Actor),
			partyCodes(e.Recipient), partyNames(e.Recipient), strconv.Itoa(e.Mentions), e.Trigger, e.EventText, e.Lang, first})
	}
}

// partyNames joins the names of parties with ";".
func partyNames(ps []pipeline.Party) string {
	c := make([]string, len(ps))
	for i, p := range ps {
		c[i] = p.Name
	}
	return strings.Join(c, ";")
}
