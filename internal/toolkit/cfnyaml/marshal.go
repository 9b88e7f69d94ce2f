package cfnyaml

import (
	"bytes"
	"encoding/json"
)

// Obj builds an Object from alternating keys and values, keeping order:
// Obj("Type", "AWS::S3::Bucket", "Properties", Obj(...)).
func Obj(kv ...Value) *Object {
	o := &Object{Values: map[string]Value{}}
	for i := 0; i+1 < len(kv); i += 2 {
		k := kv[i].(string)
		if _, dup := o.Values[k]; !dup {
			o.Keys = append(o.Keys, k)
		}
		o.Values[k] = kv[i+1]
	}
	return o
}

// Set adds or replaces a key (new keys go last).
func (o *Object) Set(key string, v Value) {
	if _, ok := o.Values[key]; !ok {
		o.Keys = append(o.Keys, key)
	}
	o.Values[key] = v
}

// MarshalJSON writes the object with its keys in order, without HTML
// escaping ("<" stays "<", as templates and the CDK CLI have it).
func (o *Object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	b.WriteByte('{')
	for i, k := range o.Keys {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := enc.Encode(k); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1) // Encode's newline
		b.WriteByte(':')
		if err := enc.Encode(o.Values[k]); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
