package ojson

import (
	"encoding/json"
	"strconv"
)

// Decode parses JSON, objects as *Object in document order, numbers as
// float64, as encoding/json's tokenizer reads it. Well-formed documents
// (every template Strata reads back) are parsed here in one pass over the
// bytes; anything else (a malformed document, a number out of range, a
// nesting too deep) goes through encoding/json, which reports it.
func Decode(b []byte) (interface{}, error) {
	d := decoder{b: b}
	d.space()
	if v, ok := d.value(0); ok {
		return v, nil
	}
	return decodeSlow(b)
}

// decoder is Decode's position in its input.
type decoder struct {
	b []byte
	i int
}

// maxDepth is encoding/json's limit on nesting.
const maxDepth = 10000

func (d *decoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// value parses the value at d.i and the space after it; ok is false when
// the input is not what this fast path handles.
func (d *decoder) value(depth int) (interface{}, bool) {
	if d.i >= len(d.b) || depth > maxDepth {
		return nil, false
	}
	var v interface{}
	switch c := d.b[d.i]; {
	case c == '{':
		d.i++
		d.space()
		o := New()
		if d.i < len(d.b) && d.b[d.i] == '}' {
			d.i++
			v = o
			break
		}
		for {
			if d.i >= len(d.b) || d.b[d.i] != '"' {
				return nil, false
			}
			k, ok := d.str()
			if !ok {
				return nil, false
			}
			d.space()
			if d.i >= len(d.b) || d.b[d.i] != ':' {
				return nil, false
			}
			d.i++
			d.space()
			ev, ok := d.value(depth + 1)
			if !ok {
				return nil, false
			}
			o.Set(k, ev)
			if d.i >= len(d.b) {
				return nil, false
			}
			if d.b[d.i] == ',' {
				d.i++
				d.space()
				continue
			}
			if d.b[d.i] != '}' {
				return nil, false
			}
			d.i++
			break
		}
		v = o
	case c == '[':
		d.i++
		d.space()
		arr := []interface{}{}
		if d.i < len(d.b) && d.b[d.i] == ']' {
			d.i++
			v = arr
			break
		}
		for {
			ev, ok := d.value(depth + 1)
			if !ok {
				return nil, false
			}
			arr = append(arr, ev)
			if d.i >= len(d.b) {
				return nil, false
			}
			if d.b[d.i] == ',' {
				d.i++
				d.space()
				continue
			}
			if d.b[d.i] != ']' {
				return nil, false
			}
			d.i++
			break
		}
		v = arr
	case c == '"':
		s, ok := d.str()
		if !ok {
			return nil, false
		}
		v = s
	case c == '-' || (c >= '0' && c <= '9'):
		f, ok := d.number()
		if !ok {
			return nil, false
		}
		v = f
	case d.literal("true"):
		v = true
	case d.literal("false"):
		v = false
	case d.literal("null"):
		v = nil
	default:
		return nil, false
	}
	d.space()
	return v, true
}

func (d *decoder) literal(word string) bool {
	if len(d.b)-d.i >= len(word) && string(d.b[d.i:d.i+len(word)]) == word {
		d.i += len(word)
		return true
	}
	return false
}

// str parses the string at d.i. Plain ASCII is taken as it is; a string
// with escapes or other bytes is unquoted by encoding/json, so invalid
// UTF-8 and lone surrogates read as it reads them.
func (d *decoder) str() (string, bool) {
	start := d.i
	d.i++
	plain := true
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			if plain {
				return string(d.b[start+1 : d.i-1]), true
			}
			var s string
			if json.Unmarshal(d.b[start:d.i], &s) != nil {
				return "", false
			}
			return s, true
		case c == '\\':
			plain = false
			d.i += 2
			continue
		case c < 0x20:
			return "", false
		case c >= 0x80:
			plain = false
		}
		d.i++
	}
	return "", false
}

// number parses the number at d.i, in JSON's grammar, as a float64.
func (d *decoder) number() (float64, bool) {
	start := d.i
	if d.b[d.i] == '-' {
		d.i++
	}
	digits := func() int {
		n := 0
		for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.i < len(d.b) && d.b[d.i] == '0' {
		d.i++
	} else if digits() == 0 {
		return 0, false
	}
	if d.i < len(d.b) && d.b[d.i] == '.' {
		d.i++
		if digits() == 0 {
			return 0, false
		}
	}
	if d.i < len(d.b) && (d.b[d.i] == 'e' || d.b[d.i] == 'E') {
		d.i++
		if d.i < len(d.b) && (d.b[d.i] == '+' || d.b[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(string(d.b[start:d.i]), 64)
	if err != nil {
		return 0, false
	}
	return f, true
}
