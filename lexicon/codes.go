package lexicon

import (
	"golang.org/x/text/language"
)

// OrgCodes are the actor codes of international organisations
// (../shared/eval/FORMAT.md).
var OrgCodes = map[string]bool{
	"UN": true, "EU": true, "NATO": true, "SCO": true, "CIS": true, "CSTO": true, "EAEU": true,
	"ASEAN": true, "AU": true, "ARABLEAGUE": true, "OIC": true, "OPEC": true, "IMF": true,
	"WORLDBANK": true, "WTO": true, "ICJ": true, "ICC": true, "IAEA": true, "WHO": true, "GCC": true,
}

// Sectors are the sector codes an entry may have.
var Sectors = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "BUS": true, "MED": true,
	"JRN": true, "OPP": true, "REB": true, "CVL": true, "IGO": true, "EDU": true, "REL": true,
	"HLH": true, "NGO": true, "INS": true, "SPY": true, "ELI": true, "PTY": true,
}

// Offices are the office names an office line may have.
var Offices = map[string]bool{
	"head-of-state": true, "head-of-government": true, "foreign-minister": true,
	"defence-minister": true, "finance-minister": true, "trade-minister": true,
	"interior-minister": true, "economy-minister": true, "energy-minister": true,
	"deputy-head-of-government": true, "secretary-general": true, "president": true,
	"commander": true, "spokesperson": true, "leader": true, "other": true,
}

// kinds are the id prefixes and the entity types they allow.
var kinds = map[string][]string{
	"country": {LOC}, "igo": {ORG}, "per": {PER}, "org": {ORG}, "loc": {LOC}, "evt": {EVT}, "agent": {ORG},
}

// ValidCode reports whether code is an ISO 3166-1 alpha-3 country code or
// an organisation code.
func ValidCode(code string) bool {
	if OrgCodes[code] {
		return true
	}
	if len(code) != 3 {
		return false
	}
	r, err := language.ParseRegion(code)
	return err == nil && r.ISO3() == code && r.IsCountry()
}
