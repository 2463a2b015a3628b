// Package drivers registers every store implementation with store.Open;
// import it for its side effect:
//
//	import _ "khabar/store/drivers"
package drivers

import (
	_ "khabar/store/postgres" // postgres:// and postgresql://
	_ "khabar/store/sqlite"   // file paths
)
