package assets

import "unicode/utf8"

// decodeLikeJS turns b into the UTF-8 bytes of the string JavaScript's
// Buffer.toString("utf8") yields for it: every maximal ill-formed
// subsequence becomes one U+FFFD, as the WHATWG UTF-8 decoder specifies.
// Go's own decoder replaces byte by byte, which would hash differently.
func decodeLikeJS(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	const repl = "\uFFFD"
	i := 0
	for i < len(b) {
		c := b[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		var need int
		lower, upper := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c >= 0xE0 && c <= 0xEF:
			need = 2
			if c == 0xE0 {
				lower = 0xA0
			} else if c == 0xED {
				upper = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 3
			if c == 0xF0 {
				lower = 0x90
			} else if c == 0xF4 {
				upper = 0x8F
			}
		default:
			out = append(out, repl...)
			i++
			continue
		}
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lower || b[j] > upper {
				ok = false
				break
			}
			lower, upper = 0x80, 0xBF
			j++
		}
		if !ok {
			// The bytes consumed so far form one maximal subpart; the
			// offending byte is looked at again.
			out = append(out, repl...)
			i = j
			continue
		}
		out = append(out, b[i:j]...)
		i = j
	}
	return out
}
