package code

// english is the English word table.
var english = language{
	places: places(
		"with", "with", "alongside", "with", "to", "to", "toward", "to", "towards", "to", "into", "to",
		"from", "from", "by", "by", "against", "against", "between", "between", "among", "between",
		"in", "in", "at", "in", "inside", "in", "on", "on", "onto", "on", "for", "for",
		"about", "other", "over", "other", "under", "other", "through", "other", "via", "other",
		"during", "other", "after", "other", "before", "other", "since", "other", "despite", "other",
		"amid", "other", "including", "other", "without", "other", "like", "other", "per", "other",
		"according to", "other", "as", "other", "than", "other", "across", "other",
		"throughout", "other", "near", "near", "off", "other", "upon", "on", "within", "in",
	),
	boundaries: words("that", "which", "who", "whom", "whose", "where", "while", "whereas", "because",
		"although", "though", "but", "however", "if", "unless", "so", "saying", "adding", "when", "after", "whether"),
	conditional: words("if", "unless", "whether", "until"),
	conj:        words("and", "or", "&"),
	verbs: words("said", "says", "say", "saying", "told", "added", "stated", "noted", "announced",
		"reported", "reports", "stressed", "insisted", "argued", "argue", "believe", "believes", "maintains", "estimates"),
	aux: words("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
		"shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "not", "never",
		"also", "already", "still", "reportedly", "allegedly", "just", "now", "then", "ever", "n't", "'s",
		"jointly", "again", "later", "formally", "officially", "repeatedly", "long", "finally", "to"),
	intent: [][]string{
		{"hope", "to"}, {"hopes", "to"}, {"hoped", "to"}, {"hoping", "to"}, {"plan", "to"}, {"plans", "to"},
		{"planned", "to"}, {"planning", "to"}, {"intend", "to"}, {"intends", "to"}, {"intended", "to"},
		{"aim", "to"}, {"aims", "to"}, {"expects", "to"}, {"expected", "to"}, {"seek", "to"}, {"seeks", "to"},
		{"want", "to"}, {"wants", "to"}, {"ready", "to"}, {"willing", "to"}, {"prepared", "to"},
		{"decided", "to"}, {"decide", "to"}, {"is", "set", "to"}, {"are", "set", "to"}, {"was", "set", "to"},
		{"is", "to"}, {"are", "to"}, {"hope"}, {"hopes"}, {"hoping"}, {"ready", "for"},
	},
	request: [][]string{
		{"tell"}, {"tells"}, {"told"}, {"telling"},
	},
}
