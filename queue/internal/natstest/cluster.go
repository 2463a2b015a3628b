package natstest

import (
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Cluster is a set of in-process NATS servers with JetStream.
type Cluster struct {
	t       testing.TB
	opts    []func() *server.Options
	servers []*server.Server
	// URL lists every node's client URL, separated by commas.
	URL string
}

// Start starts n nodes (1 for a lone server, 3 for a cluster that can
// keep streams with 3 replicas) and waits until JetStream has a leader.
// The servers stop when the test ends.
func Start(t testing.TB, n int) *Cluster {
	t.Helper()
	dir := t.TempDir()
	clientPorts, routePorts := freePorts(t, n), freePorts(t, n)
	var routes []*url.URL
	for _, p := range routePorts {
		routes = append(routes, &url.URL{Scheme: "nats", Host: fmt.Sprintf("127.0.0.1:%d", p)})
	}
	c := &Cluster{t: t}
	var urls []string
	for i := range n {
		i := i
		c.opts = append(c.opts, func() *server.Options {
			o := &server.Options{
				ServerName: fmt.Sprintf("n%d", i+1),
				Host:       "127.0.0.1",
				Port:       clientPorts[i],
				JetStream:  true,
				StoreDir:   filepath.Join(dir, fmt.Sprintf("n%d", i+1)),
				NoLog:      true,
				NoSigs:     true,
				// Small limits: tests store little.
				JetStreamMaxMemory: 64 << 20,
				JetStreamMaxStore:  1 << 30,
			}
			if n > 1 {
				o.Cluster = server.ClusterOpts{Name: "khabar-test", Host: "127.0.0.1", Port: routePorts[i]}
				o.Routes = routes
			}
			return o
		})
		urls = append(urls, fmt.Sprintf("nats://127.0.0.1:%d", clientPorts[i]))
	}
	c.URL = strings.Join(urls, ",")
	c.servers = make([]*server.Server, n)
	for i := range n {
		c.startNode(i)
	}
	t.Cleanup(func() {
		for _, s := range c.servers {
			if s != nil {
				s.Shutdown()
				s.WaitForShutdown()
			}
		}
	})
	for i := range n {
		if !c.servers[i].ReadyForConnections(10 * time.Second) {
			t.Fatalf("natstest: node %d not ready", i+1)
		}
	}
	c.WaitLeader()
	return c
}

func (c *Cluster) startNode(i int) {
	s, err := server.NewServer(c.opts[i]())
	if err != nil {
		c.t.Fatalf("natstest: node %d: %v", i+1, err)
	}
	go s.Start()
	c.servers[i] = s
}

// WaitLeader waits up to 20 s until one running node is the JetStream
// meta leader.
func (c *Cluster) WaitLeader() {
	c.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		for _, s := range c.servers {
			if s != nil && s.Running() && s.JetStreamIsLeader() {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	c.t.Fatalf("natstest: no JetStream leader after 20 s")
}

// Stop shuts node i down (0-based), keeping its store for Restart.
func (c *Cluster) Stop(i int) {
	s := c.servers[i]
	c.servers[i] = nil
	s.Shutdown()
	s.WaitForShutdown()
}

// Restart starts node i again on its ports and store.
func (c *Cluster) Restart(i int) {
	c.t.Helper()
	c.startNode(i)
	if !c.servers[i].ReadyForConnections(10 * time.Second) {
		c.t.Fatalf("natstest: node %d not ready after restart", i+1)
	}
}

// freePorts returns n loopback TCP ports that were free a moment ago.
func freePorts(t testing.TB, n int) []int {
	var ls []net.Listener
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("natstest: finding a free port: %v", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}
