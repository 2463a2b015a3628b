package amounts

// addEnglish puts the English words into l; keys are lower-case.
func addEnglish(l lexicon) {
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
		"sixteen", "seventeen", "eighteen", "nineteen"} {
		l.add(fNumber, float64(i), w)
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		l.add(fNumber, float64(20+10*i), w)
	}
	l.add(fNumber|fHundred, 100, "hundred")
	l.addList(fOneCounter, "person man woman child soldier civilian")
	l.add(fScale, 12, "dozen")
	l.add(fScale, 1e3, "thousand")
	l.add(fScale, 1e5, "lakh")
	l.add(fScale, 1e6, "million", "mn")
	l.add(fScale, 1e7, "crore")
	l.add(fScale, 1e9, "billion", "bn", "bln")
	l.add(fScale, 1e12, "trillion", "tn")
	l.add(fScaleAbbr, 1e3, "k")
	l.add(fScaleAbbr, 1e6, "m")
	l.add(fScaleAbbr, 1e9, "b")
	l.addList(fArticle, "a an")
	l.addList(fPercent, "percent pc pct percentage")

	l.addList(fMonth, `january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec`)
	l.addList(fWeekday, "monday tuesday wednesday thursday friday saturday sunday")
	l.addList(fDuration, `year years yr yrs month months week weeks day days hour hours hr hrs minute minutes
		min mins second seconds sec secs decade decades century centuries night nights weekend weekends`)
	l.addList(fAgePrev, "aged age")
	l.addList(fMeasure, `km kms kilometre kilometres kilometer kilometers metre metres meter meters cm mm
		centimetre centimetres centimeter centimeters millimetre millimetres mile miles feet foot ft inch
		inches kg kgs kilogram kilograms kilo kilos gram grams tonne tonnes ton tons lb lbs litre litres
		liter liters gallon gallons hectare hectares acre acres degree degrees magnitude richter mw gw kw
		kwh megawatt megawatts gigawatt gigawatts barrel barrels bpd knot knots mph kph celsius fahrenheit`)
	l.addList(fMeasurePrev, "magnitude")
	l.addList(fOrdSuffix, "th st nd rd")
	l.addList(fFraction, "third thirds quarter quarters half halves fifth fifths")
	l.addList(fLabelPrev, `no number article section chapter resolution page paragraph clause grade level
		phase round flight route gate platform version model code verse item table figure room highway
		interstate ward category class type stage episode volume vol part act amendment rule bill
		proposition channel channels`)
	l.addList(fYearPrev, "year")
	l.addList(fYearCue, "in since from until till by during the before after circa")
	l.addList(fYearMark, "bc bce")
	l.addList(fTimeMark, "am pm gmt utc o'clock")
	l.addList(fQtyCue, "only just plus minus least most exactly about nearly almost around some approximately roughly over under than")
	l.addList(fVague, "several few many dozens hundreds thousands millions")
	l.addList(fDeterminer, "the these those both its their his her our my your every each this that which no")
	l.addList(fConnector, "to or through and")
	l.addList(fAnd, "and")
	l.addList(fStop, `of the a an and or to in on at by for from with were was are is be been being have has
		had more than that which who whom per as into about over under after before since its their his
		her it they we he she out up down off also not no all other others each said says this these
		those there here when where while if but so than then would will could should may might can through`)
	l.addList(fCounter, `people person persons man men woman women child children soldier soldiers troops
		civilian civilians officer officers policeman policemen vote votes times`)
	l.addList(fEnPlural, "people police personnel staff children men women cattle sheep fish aircraft crew youth")
	l.addList(fNotThing, "fold odd")
}
