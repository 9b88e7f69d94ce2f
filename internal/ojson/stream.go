package ojson

// Streamer is a value that writes itself through an Encoder instead of
// being built as Objects first: a large document read once (tree.json,
// the manifest) costs no intermediate tree.
type Streamer interface {
	StreamJSON(e *Encoder) error
}

// Encoder writes one object at a time into the output of the Marshal
// call that met a Streamer. The caller gives keys in JavaScript's order
// (see OrderKeys) and never an undefined value.
type Encoder struct {
	w     *writer
	depth int
	open  []bool // per open object: whether it has an entry yet
}

// BeginObject opens an object.
func (e *Encoder) BeginObject() {
	e.w.b.WriteByte('{')
	e.open = append(e.open, false)
	e.depth++
}

// Key starts the entry k of the innermost open object.
func (e *Encoder) Key(k string) { e.KeyJoin("", k) }

// KeyJoin starts the entry keyed prefix+k, without making that string.
func (e *Encoder) KeyJoin(prefix, k string) {
	e.next()
	if prefix == "" {
		e.w.writeString(k)
	} else {
		e.w.writeString2(prefix, k)
	}
	e.w.b.WriteByte(':')
	if e.w.indent != "" {
		e.w.b.WriteByte(' ')
	}
}

// next separates an entry or element from the one before it.
func (e *Encoder) next() {
	n := len(e.open) - 1
	if e.open[n] {
		e.w.b.WriteByte(',')
	}
	e.open[n] = true
	if e.w.indent != "" {
		e.w.newline(e.depth)
	}
}

// BeginArray opens an array; Elem starts each element.
func (e *Encoder) BeginArray() {
	e.w.b.WriteByte('[')
	e.open = append(e.open, false)
	e.depth++
}

// Elem starts the next element of the innermost open array.
func (e *Encoder) Elem() { e.next() }

// EndArray closes the innermost open array.
func (e *Encoder) EndArray() { e.end(']') }

// String writes a string value.
func (e *Encoder) String(s string) { e.w.writeString(s) }

// Value writes any value Marshal takes.
func (e *Encoder) Value(v interface{}) error { return e.w.write(v, e.depth) }

// EndObject closes the innermost open object.
func (e *Encoder) EndObject() { e.end('}') }

func (e *Encoder) end(c byte) {
	n := len(e.open) - 1
	had := e.open[n]
	e.open = e.open[:n]
	e.depth--
	if had && e.w.indent != "" {
		e.w.newline(e.depth)
	}
	e.w.b.WriteByte(c)
}

// OrderKeys puts distinct keys, given in insertion order, in the order
// JSON.stringify writes them: array indices first, ascending. It returns
// keys itself when that is already the order.
func OrderKeys(keys []string) []string { return orderKeys(keys) }
