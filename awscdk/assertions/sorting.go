package assertions

import "sort"

// compareKeys orders two sort keys (numbers and strings) as aws-cdk-lib's
// sortKeyComparator: element by element, numbers by value, strings by
// localeCompare; on a tie the longer key first.
func compareKeys(a, b []interface{}) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		switch x := a[i].(type) {
		case float64:
			if y, ok := b[i].(float64); ok && x != y {
				if x < y {
					return -1
				}
				return 1
			}
		case string:
			if y, ok := b[i].(string); ok {
				if d := localeCompare(x, y); d != 0 {
					return d
				}
			}
		}
	}
	return len(b) - len(a)
}

func sortStable[T any](xs []T, cmp func(a, b T) int) {
	sort.SliceStable(xs, func(i, j int) bool { return cmp(xs[i], xs[j]) < 0 })
}

// asciiOrder lists the printable ASCII characters in the order of the
// Unicode root collation that JavaScript's localeCompare uses: whitespace,
// punctuation and symbols, digits, then letters (case ignored at first).
const asciiOrder = "\t\n\v\f\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ"

var collation = func() [128]int {
	var t [128]int
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(asciiOrder); i++ {
		t[asciiOrder[i]] = i
	}
	return t
}()

// primary is a character's weight with case ignored; tertiary breaks ties
// with lower case first.
func weights(r rune) (primary, tertiary int) {
	if r < 128 && collation[r] >= 0 {
		w := collation[r]
		if r >= 'A' && r <= 'Z' {
			return w - 1, 1
		}
		return w, 0
	}
	return 1000 + int(r), 0
}

// localeCompare approximates String.prototype.localeCompare under the root
// locale, which is exact for the ASCII logical ids and construct paths the
// assertions compare.
func localeCompare(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	tie := 0
	for i := 0; i < len(ra) && i < len(rb); i++ {
		pa, ta := weights(ra[i])
		pb, tb := weights(rb[i])
		if pa != pb {
			if pa < pb {
				return -1
			}
			return 1
		}
		if tie == 0 && ta != tb {
			tie = ta - tb
		}
	}
	if len(ra) != len(rb) {
		if len(ra) < len(rb) {
			return -1
		}
		return 1
	}
	if tie < 0 {
		return -1
	}
	if tie > 0 {
		return 1
	}
	return 0
}
