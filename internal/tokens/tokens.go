package tokens

import (
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

const (
	beginString = "${Token["
	beginList   = "#{Token["
	endMarker   = "]}"
	anyMarker   = "Token["
	// numberPattern matches a number token printed by Go's %v or strconv 'g'.
	numberPattern = `-1\.\d{10,16}e\+289`
	markerBits    = 0xFBFF0000
)

var (
	stringTokenRe = regexp.MustCompile(`\$\{Token\[([a-zA-Z0-9:._-]+)\]\}|(` + numberPattern + `)`)
	listTokenRe   = regexp.MustCompile(`#\{Token\[([a-zA-Z0-9:._-]+)\]\}`)
	invalidKeyRe  = regexp.MustCompile(`[^a-zA-Z0-9:._-]`)
)

// Map is the registry of tokens: which key stands for which object.
type Map struct {
	mu      sync.Mutex
	counter int64
	strings map[string]interface{}
	numbers map[int64]interface{}
	// reverse caches so the same object always gets the same encoding.
	strOf  map[interface{}]string
	listOf map[interface{}]string
	numOf  map[interface{}]float64
}

// Global is the process-wide token map, as aws-cdk-lib keeps one per process.
var Global = NewMap()

// NewMap returns an empty registry.
func NewMap() *Map {
	return &Map{
		strings: map[string]interface{}{}, numbers: map[int64]interface{}{},
		strOf: map[interface{}]string{}, listOf: map[interface{}]string{}, numOf: map[interface{}]float64{},
	}
}

// comparable reports whether x can be a map key (tokens are usually
// pointers; values holding maps or slices are not cached).
func comparable(x interface{}) bool {
	t := reflect.TypeOf(x)
	return t != nil && t.Comparable() && t.Kind() != reflect.Interface && !hasInterfaceFields(t)
}

func hasInterfaceFields(t reflect.Type) bool {
	if t.Kind() != reflect.Struct {
		return false
	}
	for i := 0; i < t.NumField(); i++ {
		if k := t.Field(i).Type.Kind(); k == reflect.Interface || (k == reflect.Struct && hasInterfaceFields(t.Field(i).Type)) {
			return true
		}
	}
	return false
}

func (m *Map) newKey(token interface{}, hint string) string {
	if hint == "" {
		hint = "TOKEN"
	}
	key := invalidKeyRe.ReplaceAllString(hint, ".") + "." + strconv.FormatInt(m.counter, 10)
	m.counter++
	m.strings[key] = token
	return key
}

// RegisterString returns the string encoding of token.
func (m *Map) RegisterString(token interface{}, hint string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := comparable(token)
	if c {
		if s, ok := m.strOf[token]; ok {
			return s
		}
	}
	s := beginString + m.newKey(token, hint) + endMarker
	if c {
		m.strOf[token] = s
	}
	return s
}

// RegisterList returns the list encoding of token: a one-element list.
func (m *Map) RegisterList(token interface{}, hint string) []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := comparable(token)
	if c {
		if s, ok := m.listOf[token]; ok {
			return []string{s}
		}
	}
	s := beginList + m.newKey(token, hint) + endMarker
	if c {
		m.listOf[token] = s
	}
	return []string{s}
}

// RegisterNumber returns the number encoding of token.
func (m *Map) RegisterNumber(token interface{}) float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := comparable(token)
	if c {
		if f, ok := m.numOf[token]; ok {
			return f
		}
	}
	n := m.counter
	m.counter++
	f := EncodeNumber(n)
	m.numbers[n] = token
	m.strings[FormatNumber(f)] = token
	if c {
		m.numOf[token] = f
	}
	return f
}

// Lookup returns the object registered under key.
func (m *Map) Lookup(key string) (interface{}, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t, ok := m.strings[key]
	return t, ok
}

// LookupNumber returns the object a number token stands for.
func (m *Map) LookupNumber(f float64) (interface{}, bool) {
	n, ok := DecodeNumber(f)
	if !ok {
		return nil, false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	t, ok := m.numbers[n]
	return t, ok
}

// EncodeNumber makes the double that stands for token number n.
func EncodeNumber(n int64) float64 {
	lo := uint64(uint32(n))
	hi := uint64((uint32(n>>32) & 0xFFFF) | markerBits)
	return math.Float64frombits(hi<<32 | lo)
}

// DecodeNumber returns the token number of f, if f is a number token.
func DecodeNumber(f float64) (int64, bool) {
	b := math.Float64bits(f)
	hi := uint32(b >> 32)
	if hi&0xFFFF0000 != markerBits {
		return 0, false
	}
	return int64(uint32(b)) + int64(hi&0xFFFF)<<32, true
}

// IsNumberToken reports whether f encodes a token.
func IsNumberToken(f float64) bool { _, ok := DecodeNumber(f); return ok }

// FormatNumber prints a float the way JavaScript's String(number) does.
func FormatNumber(f float64) string {
	if math.IsNaN(f) {
		return "NaN"
	}
	if math.IsInf(f, 1) {
		return "Infinity"
	}
	if math.IsInf(f, -1) {
		return "-Infinity"
	}
	if f == 0 {
		return "0"
	}
	a := math.Abs(f)
	if a >= 1e21 || a < 1e-6 {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		// JavaScript writes 1e+21 and 1e-7: no zero padding of the exponent.
		mant, exp, _ := strings.Cut(s, "e")
		sign := exp[:1]
		exp = strings.TrimLeft(exp[1:], "0")
		if exp == "" {
			exp = "0"
		}
		return mant + "e" + sign + exp
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// Fragment is a piece of a string: a literal, or a token object.
type Fragment struct {
	Literal string
	Token   interface{}
	IsToken bool
}

// ContainsTokens reports whether s holds any string or number token marker.
func ContainsTokens(s string) bool {
	if !strings.Contains(s, anyMarker) && !(len(s) >= 16 && strings.Contains(s, "e+289")) {
		return false
	}
	return stringTokenRe.MatchString(s)
}

// IsListToken reports whether s is (or contains) a list token marker.
func IsListToken(s string) bool {
	return strings.Contains(s, beginList) && listTokenRe.MatchString(s)
}

// Split breaks s into literals and the tokens its markers stand for.
// Unknown keys are returned as an error.
func (m *Map) Split(s string) ([]Fragment, error) {
	return m.split(s, stringTokenRe)
}

// SplitList breaks a list-token string into fragments.
func (m *Map) SplitList(s string) ([]Fragment, error) {
	return m.split(s, listTokenRe)
}

func (m *Map) split(s string, re *regexp.Regexp) ([]Fragment, error) {
	var out []Fragment
	rest := 0
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		if loc[0] > rest {
			out = append(out, Fragment{Literal: s[rest:loc[0]]})
		}
		var key string
		if loc[2] >= 0 {
			key = s[loc[2]:loc[3]]
		} else {
			key = s[loc[4]:loc[5]]
		}
		tok, ok := m.Lookup(key)
		if !ok {
			// A number-looking literal that is not ours stays literal.
			if loc[2] < 0 {
				out = append(out, Fragment{Literal: key})
				rest = loc[1]
				continue
			}
			return nil, &UnknownTokenError{Key: key}
		}
		out = append(out, Fragment{Token: tok, IsToken: true})
		rest = loc[1]
	}
	if rest < len(s) {
		out = append(out, Fragment{Literal: s[rest:]})
	}
	return out, nil
}

// UnknownTokenError is returned for a marker no object was registered under.
type UnknownTokenError struct{ Key string }

func (e *UnknownTokenError) Error() string { return "unrecognized token key: " + e.Key }
