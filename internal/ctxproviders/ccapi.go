package ctxproviders

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudcontrol"
	cctypes "github.com/aws/aws-sdk-go-v2/service/cloudcontrol/types"
	"github.com/aws/smithy-go"
)

// cloudControlAPI is the part of the Cloud Control API client the
// cc-api-provider uses.
type cloudControlAPI interface {
	GetResource(context.Context, *cloudcontrol.GetResourceInput, ...func(*cloudcontrol.Options)) (*cloudcontrol.GetResourceOutput, error)
	ListResources(context.Context, *cloudcontrol.ListResourcesInput, ...func(*cloudcontrol.Options)) (*cloudcontrol.ListResourcesOutput, error)
}

// Field is one member of an Object.
type Field struct {
	Key   string
	Value interface{}
}

// Object is a JSON object that keeps its members' order: cc-api-provider
// values list the properties asked for in the order asked, then
// "Identifier", and a property that is itself an object keeps the order
// Cloud Control gave it, as the CDK CLI writes them to cdk.context.json.
type Object []Field

// Get returns the value of member k.
func (o Object) Get(k string) (interface{}, bool) {
	for _, f := range o {
		if f.Key == k {
			return f.Value, true
		}
	}
	return nil, false
}

// set replaces member k's value where it is, or appends it.
func (o Object) set(k string, v interface{}) Object {
	for i, f := range o {
		if f.Key == k {
			o[i].Value = v
			return o
		}
	}
	return append(o, Field{k, v})
}

// MarshalJSON writes the members in order, without HTML escaping.
func (o Object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := enc.Encode(f.Key); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1) // Encode's newline
		b.WriteByte(':')
		if err := enc.Encode(f.Value); err != nil {
			return nil, err
		}
		b.Truncate(b.Len() - 1)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// decodeOrdered reads one JSON value, objects as Object.
func decodeOrdered(d *json.Decoder) (interface{}, error) {
	t, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch t {
	case json.Delim('{'):
		o := Object{}
		for d.More() {
			k, err := d.Token()
			if err != nil {
				return nil, err
			}
			v, err := decodeOrdered(d)
			if err != nil {
				return nil, err
			}
			o = o.set(k.(string), v)
		}
		_, err := d.Token()
		return o, err
	case json.Delim('['):
		l := []interface{}{}
		for d.More() {
			v, err := decodeOrdered(d)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		_, err := d.Token()
		return l, err
	}
	return t, nil
}

func parseProperties(s *string) (interface{}, error) {
	src := aws.ToString(s)
	if src == "" {
		src = "{}"
	}
	return decodeOrdered(json.NewDecoder(strings.NewReader(src)))
}

// ccResource is one resource Cloud Control described.
type ccResource struct {
	identifier string
	properties interface{}
}

func newCCResource(d cctypes.ResourceDescription) (ccResource, error) {
	props, err := parseProperties(d.Properties)
	if err != nil {
		return ccResource{}, err
	}
	id := "*MISSING*"
	if d.Identifier != nil {
		id = *d.Identifier
	}
	return ccResource{identifier: id, properties: props}, nil
}

// errNoResults marks the failures ignoreErrorOnMissingContext turns into
// the dummy value.
var errNoResults = errors.New("no results")

// ccAPI answers cc-api-provider lookups (awsrds DatabaseInstance.fromLookup
// and DatabaseCluster.fromLookup): a list with one object per resource
// found, holding the properties asked for (dotted paths kept as keys) and
// the resource's "Identifier".
//
// orderedDummy is the dummy value as the manifest wrote it, when known: it
// is what a lookup that may fail caches, in the manifest's member order.
func ccAPI(ctx context.Context, c cloudControlAPI, raw map[string]interface{}, orderedDummy interface{}, fail func(string, ...interface{}) error) (interface{}, error) {
	p := props(raw)
	exact := p.str("exactIdentifier")
	match, hasMatch := raw["propertyMatch"].(map[string]interface{})
	if exact != "" && hasMatch {
		return nil, fail("Provider protocol error: specify either exactIdentifier or propertyMatch, but not both (got %s)", quoted(raw))
	}
	dummy, hasDummy := raw["dummyValue"]
	if p.bool("ignoreErrorOnMissingContext") && !hasDummy {
		return nil, fail("Provider protocol error: if ignoreErrorOnMissingContext is set, a dummyValue must be supplied (got %s)", quoted(raw))
	}
	if hasDummy && !listOfObjects(dummy) {
		b, _ := json.Marshal(dummy)
		return nil, fail("Provider protocol error: dummyValue must be an array of objects (got %s)", b)
	}
	typeName := p.str("typeName")
	var found []ccResource
	var err error
	switch {
	case exact != "":
		found, err = ccGet(ctx, c, typeName, exact, fail)
	case hasMatch:
		found, err = ccList(ctx, c, typeName, match, p.str("expectedMatchCount"), raw["resourceModel"], fail)
	default:
		return nil, fail("Provider protocol error: neither exactIdentifier nor propertyMatch is specified in %s.", quoted(raw))
	}
	if err != nil {
		if errors.Is(err, errNoResults) && p.bool("ignoreErrorOnMissingContext") {
			if orderedDummy != nil && sameJSON(orderedDummy, dummy) {
				return orderedDummy, nil
			}
			return dummy, nil
		}
		var pe *Error
		if errors.As(err, &pe) {
			return nil, pe
		}
		return nil, err
	}
	var want []string
	for _, v := range list(raw["propertiesToReturn"]) {
		if s, ok := v.(string); ok {
			want = append(want, s)
		}
	}
	out := []interface{}{}
	for _, r := range found {
		o := Object{}
		for _, path := range want {
			v, err := jsonPath(r.properties, path)
			if err != nil {
				return nil, fail("%s", err.Error())
			}
			o = o.set(path, v)
		}
		out = append(out, o.set("Identifier", r.identifier))
	}
	return out, nil
}

func ccGet(ctx context.Context, c cloudControlAPI, typeName, id string, fail func(string, ...interface{}) error) ([]ccResource, error) {
	out, err := c.GetResource(ctx, &cloudcontrol.GetResourceInput{TypeName: aws.String(typeName), Identifier: aws.String(id)})
	if err != nil {
		var nf *cctypes.ResourceNotFoundException
		var ae smithy.APIError
		if errors.As(err, &nf) || (errors.As(err, &ae) && ae.ErrorCode() == "ResourceNotFoundException") {
			return nil, noResults(fail("No resource of type %s with identifier: %s", typeName, id))
		}
		return nil, fail("Encountered CC API error while getting %s resource %s\n%s", typeName, id, causeMessage(err))
	}
	if out.ResourceDescription == nil {
		return nil, fail("Unexpected CloudControl API behavior: returned empty response")
	}
	r, err := newCCResource(*out.ResourceDescription)
	if err != nil {
		return nil, fail("Encountered CC API error while getting %s resource %s\n%s", typeName, id, err.Error())
	}
	return []ccResource{r}, nil
}

func ccList(ctx context.Context, c cloudControlAPI, typeName string, match map[string]interface{}, expect string, model interface{}, fail func(string, ...interface{}) error) ([]ccResource, error) {
	matchJSON, _ := json.Marshal(match)
	wrap := func(err error) error {
		return fail("Encountered CC API error while listing %s resources matching %s\n%s", typeName, matchJSON, causeMessage(err))
	}
	in := &cloudcontrol.ListResourcesInput{TypeName: aws.String(typeName), MaxResults: aws.Int32(100)}
	if model != nil {
		b, _ := json.Marshal(model)
		in.ResourceModel = aws.String(string(b))
	}
	var found []ccResource
	for {
		out, err := c.ListResources(ctx, in)
		if err != nil {
			return nil, wrap(err)
		}
		for _, d := range out.ResourceDescriptions {
			r, err := newCCResource(d)
			if err != nil {
				return nil, wrap(err)
			}
			ok := true
			for _, path := range sortedKeys(match) {
				actual, err := jsonPath(r.properties, path)
				if err != nil {
					// A resource without the property fails the lookup, as
					// in the CDK CLI, rather than not matching.
					return nil, wrap(err)
				}
				if !strictEqual(actual, match[path]) {
					ok = false
					break
				}
			}
			if ok {
				found = append(found, r)
			}
		}
		if (expect == "at-most-one" || expect == "exactly-one") && len(found) > 1 {
			atLeast := ""
			if out.NextToken != nil {
				atLeast = "at least "
			}
			return nil, fail("Found %s%d resources matching %s; expected %s. Please narrow the search criteria", atLeast, len(found), matchJSON, matchCountText(expect))
		}
		if out.NextToken == nil {
			break
		}
		in.NextToken = out.NextToken
	}
	if (expect == "at-least-one" || expect == "exactly-one") && len(found) == 0 {
		return nil, noResults(fail("Could not find any resources matching %s; expected %s.", matchJSON, matchCountText(expect)))
	}
	return found, nil
}

type noResultsError struct{ error }

func (e noResultsError) Is(target error) bool { return target == errNoResults }
func (e noResultsError) Unwrap() error        { return e.error }

func noResults(err error) error { return noResultsError{err} }

func matchCountText(e string) string {
	switch e {
	case "at-least-one":
		return "at least one"
	case "at-most-one":
		return "at most one"
	case "exactly-one":
		return "exactly one"
	case "any":
		return "any number"
	}
	return e
}

// causeMessage is an error's own message: the service's for an AWS error.
func causeMessage(err error) string {
	var ae smithy.APIError
	if errors.As(err, &ae) && ae.ErrorMessage() != "" {
		return ae.ErrorMessage()
	}
	return err.Error()
}

// jsonPath follows a dotted path through decoded properties; a missing
// step fails with the CDK CLI's message.
func jsonPath(v interface{}, path string) (interface{}, error) {
	for _, step := range strings.Split(path, ".") {
		var next interface{}
		found := false
		switch x := v.(type) {
		case Object:
			next, found = x.Get(step)
		case []interface{}:
			if i, err := strconv.Atoi(step); err == nil && i >= 0 && i < len(x) && strconv.Itoa(i) == step {
				next, found = x[i], true
			}
		case nil:
			return nil, fmt.Errorf("Cannot read properties of null (reading '%s')", step)
		}
		if !found {
			return nil, fmt.Errorf("Cannot read field %s. %s is not found.", path, step)
		}
		v = next
	}
	return v, nil
}

// strictEqual compares a property with the value a propertyMatch asks for
// as JavaScript's === does: objects and arrays never equal.
func strictEqual(actual, expected interface{}) bool {
	switch actual.(type) {
	case Object, []interface{}:
		return false
	}
	switch expected.(type) {
	case map[string]interface{}, []interface{}:
		return false
	}
	if a, ok := number(actual); ok {
		e, ok := number(expected)
		return ok && a == e
	}
	return actual == expected
}

func listOfObjects(v interface{}) bool {
	l, ok := v.([]interface{})
	if !ok {
		return false
	}
	for _, e := range l {
		if _, ok := e.(map[string]interface{}); !ok {
			return false
		}
	}
	return true
}
