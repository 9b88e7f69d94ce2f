package cfnyaml

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// Value is a JSON value decoded with object key order kept.
// It is one of: nil, bool, json.Number, string, []Value, *Object.
type Value = interface{}

// Object is a JSON object whose keys keep the order they were written in.
type Object struct {
	Keys   []string
	Values map[string]Value
}

// Get returns the value under key, or nil.
func (o *Object) Get(key string) Value {
	if o == nil {
		return nil
	}
	return o.Values[key]
}

// Decode reads one JSON document keeping object key order.
func Decode(data []byte) (Value, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("cfnyaml: trailing data after JSON document")
	}
	return v, nil
}

func decodeValue(dec *json.Decoder) (Value, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			obj := &Object{Values: map[string]Value{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("cfnyaml: object key is %T, want string", kt)
				}
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				if _, dup := obj.Values[key]; !dup {
					obj.Keys = append(obj.Keys, key)
				}
				obj.Values[key] = v
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return obj, nil
		case '[':
			list := []Value{}
			for dec.More() {
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				list = append(list, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return list, nil
		}
		return nil, fmt.Errorf("cfnyaml: unexpected delimiter %v", t)
	default:
		return tok, nil
	}
}
