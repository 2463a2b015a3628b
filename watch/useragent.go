package watch

import (
	"runtime/debug"
	"strings"
)

// UserAgent returns the User-Agent khabar sends: its name and version, what
// it does, and contact (an e-mail address or a URL where site owners can
// reach whoever runs it), e.g.
//
//	khabar/v0.4.0 (news event extraction; contact: ops@example.org)
//
// An empty contact says that none was given.
func UserAgent(contact string) string {
	contact = strings.Join(strings.Fields(contact), " ")
	if contact == "" {
		contact = "none given"
	}
	return "khabar/" + Version() + " (news event extraction; contact: " + contact + ")"
}

// Version is the version of the khabar binary: its module version when
// built from a tagged release, else the first 12 digits of the commit it
// was built from, else "dev".
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; strings.HasPrefix(v, "v") {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return s.Value[:12]
		}
	}
	return "dev"
}
