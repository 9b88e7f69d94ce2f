package cfnvalidate

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"
)

// schemaSource names the schemas the table was made from.
const schemaSource = "cfn-lint 1.51.0 (us-east-1)"

// schemaData is the per-resource-type schema table gen writes: a header
// line, then "<type>\t<JSON>" per line, sorted. It is data rather than Go
// literals because the literals took every synthesizing program seconds
// of cold build; the lines are decoded only for the types a template uses.
//
//go:embed schemas.txt
var schemaData string

// schemaIndex maps each resource type to its JSON, slices of schemaData,
// built once per process on first use and never changed after.
var schemaIndex = sync.OnceValue(func() map[string]string {
	idx := make(map[string]string, 1600)
	rest := schemaData
	for rest != "" {
		line, tail, _ := strings.Cut(rest, "\n")
		rest = tail
		if line == "" || line[0] == '#' {
			continue
		}
		if typ, js, ok := strings.Cut(line, "\t"); ok {
			idx[typ] = js
		}
	}
	return idx
})

// decodedSchemas memoizes schemaFor per resource type: a pure function of
// the embedded table, so every App may share what any App decoded (values
// are never changed after they are stored). Without it every resource of
// every synth decoded its type's JSON again.
var decodedSchemas sync.Map // type -> decodedSchema

type decodedSchema struct {
	s  resourceSchema
	ok bool
}

// schemaFor returns the rules of a resource type, if the schemas have any.
func schemaFor(typ string) (resourceSchema, bool) {
	if d, ok := decodedSchemas.Load(typ); ok {
		return d.(decodedSchema).s, d.(decodedSchema).ok
	}
	s, ok := decodeSchema(typ)
	decodedSchemas.Store(typ, decodedSchema{s, ok})
	return s, ok
}

func decodeSchema(typ string) (resourceSchema, bool) {
	js, ok := schemaIndex()[typ]
	if !ok {
		return resourceSchema{}, false
	}
	var line struct {
		Required []string `json:"r"`
		Props    map[string]struct {
			Enum      []interface{} `json:"e"`
			Min       *float64      `json:"min"`
			Max       *float64      `json:"max"`
			MinLength int           `json:"ml"`
		} `json:"p"`
	}
	if err := json.Unmarshal([]byte(js), &line); err != nil {
		// Unreachable: gen writes the file and TestSchemaTable decodes
		// every line.
		return resourceSchema{}, false
	}
	s := resourceSchema{required: line.Required}
	if len(line.Props) > 0 {
		s.props = make(map[string]propRule, len(line.Props))
		for name, p := range line.Props {
			s.props[name] = propRule{enum: p.Enum, min: p.Min, max: p.Max, minLength: p.MinLength}
		}
	}
	return s, true
}
