package zwnjeval

// align maps each gold character to the output character it matches, or
// -1, by a longest common subsequence. Equal sequences map one to one
// without the quadratic table.
func align(gold, out []rune) []int {
	m := make([]int, len(gold))
	if equalRunes(gold, out) {
		for i := range m {
			m[i] = i
		}
		return m
	}
	n, k := len(gold), len(out)
	// lcs[i][j]: LCS length of gold[i:] and out[j:].
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, k+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := k - 1; j >= 0; j-- {
			switch {
			case gold[i] == out[j]:
				lcs[i][j] = lcs[i+1][j+1] + 1
			case lcs[i+1][j] >= lcs[i][j+1]:
				lcs[i][j] = lcs[i+1][j]
			default:
				lcs[i][j] = lcs[i][j+1]
			}
		}
	}
	i, j := 0, 0
	for i < n {
		switch {
		case j < k && gold[i] == out[j]:
			m[i] = j
			i++
			j++
		case j < k && lcs[i][j+1] > lcs[i+1][j]:
			j++
		default:
			m[i] = -1
			i++
		}
	}
	return m
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
