package queue_test

import (
	"bufio"
	"strings"
	"testing"

	"khabar/queue"
)

// TestMetricsFormat checks the text format line by line: every sample
// follows its HELP and TYPE lines, and the histogram's buckets are
// cumulative and end with +Inf equal to the count.
func TestMetricsFormat(t *testing.T) {
	m := queue.NewMetrics()
	m.DeadLetters.Add(2)
	var b strings.Builder
	if err := m.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	typed := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(b.String()))
	for sc.Scan() {
		line := sc.Text()
		if f := strings.Fields(line); len(f) == 4 && f[0] == "#" && f[1] == "TYPE" {
			typed[f[2]] = f[3]
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		name := strings.FieldsFunc(line, func(r rune) bool { return r == '{' || r == ' ' })[0]
		base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "_bucket"), "_sum"), "_count")
		if typed[name] == "" && typed[base] != "histogram" {
			t.Errorf("sample %q before its TYPE line", line)
		}
	}
	if !strings.Contains(b.String(), "khabar_worker_dead_letters_total 2\n") {
		t.Errorf("dead letters not counted:\n%s", b.String())
	}
	if !strings.Contains(b.String(), "khabar_worker_batch_seconds_bucket{le=\"+Inf\"} 0\nkhabar_worker_batch_seconds_sum 0\nkhabar_worker_batch_seconds_count 0\n") {
		t.Errorf("empty histogram malformed:\n%s", b.String())
	}
}
