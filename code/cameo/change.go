package cameo

// defaults is the general code of each PLOVER type: the code an event
// takes when its type is changed and nothing more specific is known.
var defaults = map[string]string{
	"AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060",
	"AID": "070", "CONCEDE": "080", "RETREAT": "084", "REQUEST": "020",
	"ACCUSE": "112", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
	"MOBILIZE": "150", "SANCTION": "160", "COERCE": "170", "ASSAULT": "190",
}

// Default returns the general code of a PLOVER type ("AGREE" → "030"), or
// "" for an unknown type.
func Default(ploverType string) string { return defaults[ploverType] }

// intent maps a cooperative code's 3-digit prefix to the code of the
// intent to do it; the 4-digit codes of 06 and 07 have 4-digit intents.
var intent = map[string]string{
	"040": "036", "041": "036", "042": "036", "043": "036", "044": "036",
	"045": "039", "046": "036",
	"050": "032", "051": "032", "052": "032", "053": "032", "054": "032",
	"055": "032", "056": "032", "057": "030",
	"060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033",
	"080": "035", "081": "0351", "082": "0352", "083": "034", "084": "0353",
	"085": "0354", "086": "0355", "087": "0356",
}

// Intent returns the code of the intent, promise or agreement to do what
// code says (PLOVER: a promise to do X is AGREE): 061 → 0311, 042 → 036,
// 057 → 030. A code that is already an intent (03) is returned as it is;
// any other code gets the general intent, 030.
func Intent(code string) string {
	if len(code) >= 2 && code[:2] == "03" {
		return code
	}
	if len(code) >= 3 {
		if c, ok := intent[code[:3]]; ok {
			return c
		}
	}
	if len(code) == 2 {
		if c, ok := intent[code+"0"]; ok {
			return c
		}
	}
	return "030"
}

// refusal maps a code's 3-digit prefix to the code of refusing it.
var refusal = map[string]string{
	"030": "120", "031": "121", "032": "120", "033": "122", "034": "123",
	"035": "124", "036": "125", "037": "127", "038": "126", "039": "126",
	"040": "125", "041": "125", "042": "125", "043": "125", "044": "125", "045": "126", "046": "125",
	"060": "121", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
	"070": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
	"080": "124", "081": "1241", "082": "1242", "083": "123", "084": "1243",
	"085": "1244", "086": "1245", "087": "1246",
}

// Refusal returns the code of refusing what code says: 036 → 125 (reject
// a proposal to meet), 061 → 1211, 084 → 1243; "120" when no refusal is
// more specific.
func Refusal(code string) string {
	if len(code) >= 3 {
		if c, ok := refusal[code[:3]]; ok {
			return c
		}
	}
	return "120"
}

// threat maps a conflict code's 2- or 3-digit prefix to the code of
// threatening it.
var threat = map[string]string{
	"14": "133", "15": "138", "16": "131", "162": "1311", "163": "1312", "161": "1313",
	"164": "134", "165": "135", "166": "136",
	"17": "137", "172": "132", "191": "1381", "192": "1382",
	"18": "1383", "19": "1384", "20": "1385",
}

// Threat returns the code of threatening what a conflict code says:
// 190 → 1384, 163 → 1312, 173 → 137; "130" for any other code.
func Threat(code string) string {
	if len(code) >= 3 {
		if c, ok := threat[code[:3]]; ok {
			return c
		}
	}
	if len(code) >= 2 {
		if c, ok := threat[code[:2]]; ok {
			return c
		}
	}
	return "130"
}

// ForType returns code when its PLOVER type is ploverType, and otherwise
// the general code of ploverType: the code of an event whose type the
// coder changed without a rule more specific.
func ForType(code, ploverType string) string {
	if c := nearest(code); c != nil && c.Type == ploverType {
		return code
	}
	return Default(ploverType)
}

// appeal maps a code's 3-digit prefix to the code of asking for it.
var appeal = map[string]string{
	"031": "021", "032": "022", "033": "023", "034": "024", "035": "025", "036": "026",
	"037": "027", "038": "028", "039": "028",
	"040": "026", "041": "026", "042": "026", "043": "026", "044": "026", "045": "028", "046": "026",
	"050": "022", "051": "022", "052": "022", "053": "022", "054": "022", "057": "027",
	"060": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
	"070": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
	"080": "025", "081": "0251", "082": "0252", "083": "024", "084": "0253",
	"085": "0254", "086": "0255", "087": "0256",
}

// Appeal returns the code of asking someone to do what code says: 087 →
// 0256 (appeal for de-escalation), 073 → 0233; "020" when no appeal is
// more specific.
func Appeal(code string) string {
	if len(code) >= 3 {
		if c, ok := appeal[code[:3]]; ok {
			return c
		}
	}
	return "020"
}
