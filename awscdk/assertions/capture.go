package assertions

import (
	"fmt"
	"reflect"
)

// Capture is a matcher that records the values it matches, so a test can
// read them back (AsString, AsObject, ...) after an assertion such as
// Template.HasResourceProperties. Next steps through the values when the
// pattern matched more than once.
type Capture interface {
	Matcher
	// The value captured, as a list.
	AsArray() *[]interface{}
	// The value captured, as a boolean.
	AsBoolean() *bool
	// The value captured, as a number.
	AsNumber() *float64
	// The value captured, as a JSON object.
	AsObject() *map[string]interface{}
	// The value captured, as a string.
	AsString() *string
	// Moves to the next value captured; false when there is none.
	Next() *bool

	state() *capture
}

type capture struct {
	pattern  interface{}
	captured []interface{}
	idx      int
}

// NewCapture returns a capture; a non-nil pattern must also match (a plain
// object pattern is matched with Match_ObjectLike).
func NewCapture(pattern interface{}) Capture {
	return &capture{pattern: fromGo(pattern)}
}

// NewCapture_Override initializes c, a struct that embeds Capture.
func NewCapture_Override(c Capture, pattern interface{}) {
	setEmbedded(c, reflect.TypeOf((*Capture)(nil)).Elem(), func() interface{} { return NewCapture(pattern) })
}

// Capture_IsMatcher reports whether x is a Matcher.
func Capture_IsMatcher(x interface{}) *bool { return Matcher_IsMatcher(x) }

func (c *capture) state() *capture { return c }

func (c *capture) Name() *string                       { return strp("Capture") }
func (c *capture) Test(actual interface{}) MatchResult { return c.test(fromGo(actual)) }

func (c *capture) test(actual interface{}) *matchResult {
	r := newResult(actual)
	if actual == nil || isUndefined(actual) {
		return r.record(c, "Can only capture non-nullish values. Found "+jsString(actual))
	}
	if !isUndefined(c.pattern) {
		var m Matcher
		if pm, ok := c.pattern.(Matcher); ok {
			m = pm
		} else {
			m = &objectMatch{name: "objectLike", pattern: c.pattern, partial: true}
		}
		if in := test(m, actual); in.failed {
			return in
		}
	}
	r.recordCapture(c, actual)
	return r
}

func (c *capture) Next() *bool {
	ok := c.idx < len(c.captured)-1
	if ok {
		c.idx++
	}
	return &ok
}

func (c *capture) current(want string) interface{} {
	if len(c.captured) == 0 {
		panic(assertionError("No value captured"))
	}
	v := c.captured[c.idx]
	if getType(v) != want {
		s, _ := stringify(v, "  ")
		panic(assertionError(fmt.Sprintf("Captured value is expected to be %s but found %s. Value is %s", want, getType(v), s)))
	}
	return v
}

func (c *capture) AsString() *string {
	s := c.current("string").(string)
	return &s
}

func (c *capture) AsNumber() *float64 {
	f := c.current("number").(float64)
	return &f
}

func (c *capture) AsBoolean() *bool {
	b := c.current("boolean").(bool)
	return &b
}

func (c *capture) AsArray() *[]interface{} {
	a := toGo(c.current("array")).([]interface{})
	return &a
}

func (c *capture) AsObject() *map[string]interface{} {
	v := c.current("object")
	if v == nil {
		// typeof null is "object" in aws-cdk-lib too; there is no map to return.
		return nil
	}
	m := toGo(v).(map[string]interface{})
	return &m
}
