package watch

import (
	"context"
	"fmt"
	"net"
	"net/netip"
)

// pageRequest marks the context of a request for an item's page, so that
// its redirects are checked as the page itself is (Config.PrivatePages).
type pageRequest struct{}

// sharedAddrSpace is 100.64.0.0/10, the carrier-grade NAT range: inside
// a provider's network, never on the public web.
var sharedAddrSpace = netip.MustParsePrefix("100.64.0.0/10")

// publicAddr reports whether a is an address on the public internet: not
// loopback, private, link-local, shared (CGNAT), unspecified or
// multicast.
func publicAddr(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsValid() && !a.IsLoopback() && !a.IsPrivate() && !a.IsLinkLocalUnicast() &&
		!a.IsLinkLocalMulticast() && !a.IsInterfaceLocalMulticast() && !a.IsMulticast() &&
		!a.IsUnspecified() && !sharedAddrSpace.Contains(a)
}

// checkPublic refuses a host that is, or resolves to, an address off the
// public internet: a feed from the web must not send the watcher to the
// machines around it (its loopback, its network, a cloud's metadata
// service at 169.254.169.254). It is checked before the request and at
// each redirect; a name that resolves to another address between the
// check and the connection (DNS rebinding) is not caught here.
func checkPublic(ctx context.Context, host string) error {
	if a, err := netip.ParseAddr(host); err == nil {
		if !publicAddr(a) {
			return fmt.Errorf("%w: %s", ErrPrivate, host)
		}
		return nil
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil // the request itself reports a name that does not resolve
	}
	for _, a := range addrs {
		if !publicAddr(a) {
			return fmt.Errorf("%w: %s is %s", ErrPrivate, host, a)
		}
	}
	return nil
}
