// Package collate compares strings the way JavaScript's
// String.prototype.localeCompare does under Node's default ICU collation,
// for the ASCII range aws-cdk-lib sorts (tag keys, construct paths):
// punctuation before digits before letters, letters compared without case
// first, lower case before upper case on a tie.
package collate

// order of ASCII punctuation and symbols in ICU's root collation.
const punct = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"

func weight(c byte) (class int, primary int) {
	switch {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		return 0, int(c)
	case c >= '0' && c <= '9':
		return 2, int(c)
	case c >= 'a' && c <= 'z':
		return 3, int(c - 'a')
	case c >= 'A' && c <= 'Z':
		return 3, int(c - 'A')
	}
	for i := 0; i < len(punct); i++ {
		if punct[i] == c {
			return 1, i
		}
	}
	return 4, int(c)
}

// Compare returns -1, 0 or 1 as a sorts before, with or after b.
func Compare(a, b string) int {
	// primary level: class and letter identity
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		ca, pa := weight(a[i])
		cb, pb := weight(b[i])
		if ca != cb {
			return sign(ca - cb)
		}
		if pa != pb {
			return sign(pa - pb)
		}
	}
	if len(a) != len(b) {
		return sign(len(a) - len(b))
	}
	// tertiary level: lower case first
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			la := a[i] >= 'a' && a[i] <= 'z'
			if la {
				return -1
			}
			return 1
		}
	}
	return 0
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}
