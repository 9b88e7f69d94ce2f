package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// What the generator learns from aws-cdk-lib's *.generated.js: the facts the
// jsii assembly does not carry (CloudFormation names and their order,
// attribute names, tag managers, how the reference of a resource is made, the
// ARN templates of the static factories).

// cfnEntry is one property of a convert*ToCloudFormation function: the
// CloudFormation name and the jsii property it comes from, in render order.
type cfnEntry struct {
	Cfn  string
	Prop string
}

// jsFile indexes one generated.js file.
type jsFile struct {
	src      string
	converts map[string][]cfnEntry // "CfnBucketProps" -> entries
}

var convertRe = regexp.MustCompile(`function convert(\w+)ToCloudFormation\(properties\)\{`)
var convertBodyRe = regexp.MustCompile(`^return cdk\(\)\.canInspect\(properties\)\?\(\w+Validator\(properties\)\.assertSuccess\(\),\{(.*)\}\):properties$`)
var convertEntryRe = regexp.MustCompile(`^(\w+|"[^"]*"):(?s:.*)\(properties\.(\w+)\)$`)

func indexJS(src string) (*jsFile, error) {
	f := &jsFile{src: src, converts: map[string][]cfnEntry{}}
	for _, m := range convertRe.FindAllStringSubmatchIndex(src, -1) {
		name := src[m[2]:m[3]]
		open := m[1] - 1
		end := matchBrace(src, open)
		if end < 0 {
			return nil, fmt.Errorf("convert%sToCloudFormation: unbalanced braces", name)
		}
		body := src[open+1 : end]
		bm := convertBodyRe.FindStringSubmatch(body)
		if bm == nil {
			return nil, fmt.Errorf("convert%sToCloudFormation: unexpected body %.200q", name, body)
		}
		entries := []cfnEntry{}
		if bm[1] != "" {
			for _, e := range splitTop(bm[1]) {
				em := convertEntryRe.FindStringSubmatch(e)
				if em == nil {
					return nil, fmt.Errorf("convert%sToCloudFormation: unexpected entry %.200q", name, e)
				}
				key := em[1]
				if strings.HasPrefix(key, `"`) {
					key, _ = strconv.Unquote(key)
				}
				entries = append(entries, cfnEntry{Cfn: key, Prop: em[2]})
			}
		}
		f.converts[name] = entries
	}
	return f, nil
}

// skipString returns the index just past the JS string literal starting at i.
func skipString(s string, i int) int {
	q := s[i]
	for k := i + 1; k < len(s); k++ {
		switch s[k] {
		case '\\':
			k++
		case q:
			return k + 1
		}
	}
	return len(s)
}

// matchBrace returns the index of the bracket closing the one at open.
func matchBrace(s string, open int) int {
	depth := 0
	for k := open; k < len(s); k++ {
		switch s[k] {
		case '"', '\'', '`':
			k = skipString(s, k) - 1
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// splitTop splits s at commas outside brackets and strings.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case '"', '\'', '`':
			k = skipString(s, k) - 1
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:k])
				start = k + 1
			}
		}
	}
	return append(out, s[start:])
}

// classBody returns the source of the class whose jsii fqn is fqn.
func (f *jsFile) classBody(fqn string) (string, error) {
	marker := `static[JSII_RTTI_SYMBOL_1]={fqn:"` + fqn + `",`
	i := strings.Index(f.src, marker)
	if i < 0 {
		return "", fmt.Errorf("%s: class not found", fqn)
	}
	start := strings.LastIndex(f.src[:i], "class ")
	open := strings.Index(f.src[start:], "{") + start
	end := matchBrace(f.src, open)
	if end < 0 || open > i {
		return "", fmt.Errorf("%s: class body not found", fqn)
	}
	// deprecation warnings wrap statements and getters of deprecated classes
	return deprecationRe.ReplaceAllString(f.src[open:end+1], ""), nil
}

var deprecationRe = regexp.MustCompile(`try\{jsiiDeprecationWarnings\(\)[^}]*\}catch\(error\)\{throw [^}]*\}`)

// jsAttr is an attribute getter: get attrArn(){...getAtt("Arn", hint)...}.
type jsAttr struct {
	Name string // CloudFormation attribute name
	As   string // String, List, Number or "" (the Reference itself)
	Hint string // STRING, STRING_LIST, NUMBER or ""
}

var attrRe = regexp.MustCompile(`get (attr\w+)\(\)\{return (?:cdk\(\)\.Token\.as(String|List|Number)\()?this\.getAtt\("([^"]+)"(?:,cdk\(\)\.ResolutionTypeHint\.(\w+))?\)`)

// jsTags is the tag manager a taggable L1 creates.
type jsTags struct {
	Field    string // tags (ITaggable) or cdkTagManager (ITaggableV2)
	TagType  string // STANDARD, MAP, ...
	Initial  string // props field holding the initial tags, "" for none
	PropName string // tagPropertyName
}

var tagsRe = regexp.MustCompile(`this\.(tags|cdkTagManager)=new\(cdk\(\)\)\.TagManager\(cdk\(\)\.TagType\.(\w+),"([^"]+)",(?:props\.(\w+)|void 0),\{tagPropertyName:"(\w+)"\}\)`)

// jsRefField is how a field of the resource's reference is computed.
type jsRefField struct {
	Field  string
	Kind   string // ref, attr, prop, select
	Name   string // attr getter or prop name
	Index  int    // for select: Fn.select(Index, Fn.split("|", this.ref))
	Source string // the JS expression, for error messages
}

var refGetterRe = regexp.MustCompile(`get (\w+Ref)\(\)\{return\{`)
var selectRe = regexp.MustCompile(`^cdk\(\)\.Fn\.select\((\d+),cdk\(\)\.Fn\.split\("\|",this\.ref\)\)$`)

// jsStatic is one static factory (fromXxx) or arnForXxx method.
type jsStatic struct {
	Name     string
	Kind     string // fromArn, fromArnOnly, fromInterpolated, fromValue, arnForRef, arnForTemplate
	Template string
	Param    string          // the jsii parameter holding the value
	Ref      []jsStaticField // reference fields of the imported resource
	Vars     []jsTemplateVar // interpolation variables
	Result   string          // arnForRef: the reference field returned
}

type jsStaticField struct {
	Field string
	From  string // param, arn, var:<name>
}

type jsTemplateVar struct {
	Name string
	From string // partition, region, account (of the scope's stack), env.region, env.account, ref:<field>, param
}

var staticStartRe = regexp.MustCompile(`static (from\w+|arnFor\w+)\(([\w,]*)\)\{`)
var deprecationTryRe = regexp.MustCompile(`^try\{jsiiDeprecationWarnings\(\)[^}]*\}catch\(error\)\{throw [^}]*\}`)

var (
	reFromArn     = regexp.MustCompile(`^class Import extends cdk\(\)\.Resource\{(\w+);constructor\(scope2,id2,arn2\)\{super\(scope2,id2,\{environmentFromArn:arn2\}\);const variables=new\(cfn_parse\(\)\)\.TemplateString\("([^"]*)"\)\.parse\(arn2\);this\.\w+=\{(.*)\}\}\}return new Import\(scope,id,arn\)$`)
	reFromArnOnly = regexp.MustCompile(`^class Import extends cdk\(\)\.Resource\{(\w+);constructor\(scope2,id2,arn2\)\{super\(scope2,id2,\{environmentFromArn:arn2\}\),this\.\w+=\{(.*)\}\}\}return new Import\(scope,id,arn\)$`)
	reFromInterp  = regexp.MustCompile(`^class Import extends cdk\(\)\.Resource\{(\w+);constructor\(scope2,id2,(\w+)2\)\{const arn=new\(cfn_parse\(\)\)\.TemplateString\("([^"]*)"\)\.interpolate\(\{(.*?)\}\);super\(scope2,id2,\{environmentFromArn:arn\}\),this\.\w+=\{(.*)\}\}\}return new Import\(scope,id,\w+\)$`)
	reFromValue   = regexp.MustCompile(`^class Import extends cdk\(\)\.Resource\{(\w+);constructor\(scope2,id2,(\w+)2\)\{super\(scope2,id2\),this\.\w+=\{(.*)\}\}\}return new Import\(scope,id,\w+\)$`)
	reArnForRef   = regexp.MustCompile(`^return resource\.(\w+)\.(\w+)$`)
	reArnForTmpl  = regexp.MustCompile(`^return new\(cfn_parse\(\)\)\.TemplateString\("([^"]*)"\)\.interpolate\(\{(.*)\}\)$`)
)

// jsClass is everything the generator reads from one L1 class.
type jsClass struct {
	Attrs       map[string]jsAttr // by getter name (attrArn)
	Tags        *jsTags
	RefName     string // getter name (bucketRef)
	Ref         []jsRefField
	HasRef      bool
	Statics     map[string]*jsStatic
	Stateful    bool   // validates that an L2 parent set a removal policy
	StatefulMsg string // the message when it did not
	// Transform is set when the constructor adds REQUIRED_TRANSFORM to the stack.
	Transform      bool
	TransformValue string
	// RefProps are props that accept a reference (string | IRoleRef) and are
	// turned into the string at construction.
	RefProps []jsRefProp
}

// jsRefProp is a property of the `string | IXxxRef` kind: at construction
// the reference is replaced by one of its fields.
type jsRefProp struct {
	Prop string
	List bool
	Desc string      // the possible types, for the error message
	Alts [][2]string // (reference getter, field) pairs, tried in order
}

func parseClass(body string) (*jsClass, error) {
	c := &jsClass{Attrs: map[string]jsAttr{}, Statics: map[string]*jsStatic{}}
	for _, m := range attrRe.FindAllStringSubmatch(body, -1) {
		c.Attrs[m[1]] = jsAttr{Name: m[3], As: m[2], Hint: m[4]}
	}
	if m := tagsRe.FindStringSubmatch(body); m != nil {
		c.Tags = &jsTags{Field: m[1], TagType: m[2], Initial: m[4], PropName: m[5]}
	}
	if loc := refGetterRe.FindStringSubmatchIndex(body); loc != nil {
		c.HasRef = true
		c.RefName = body[loc[2]:loc[3]]
		open := loc[1] - 1
		end := matchBrace(body, open)
		inner := body[open+1 : end]
		if inner != "" {
			for _, e := range splitTop(inner) {
				k, v, _ := strings.Cut(e, ":")
				f := jsRefField{Field: k, Source: v}
				switch {
				case v == "this.ref":
					f.Kind = "ref"
				case strings.HasPrefix(v, "this.attr"):
					f.Kind, f.Name = "attr", strings.TrimPrefix(v, "this.")
				case selectRe.MatchString(v):
					f.Kind = "select"
					f.Index, _ = strconv.Atoi(selectRe.FindStringSubmatch(v)[1])
				case regexp.MustCompile(`^this\.\w+$`).MatchString(v):
					f.Kind, f.Name = "prop", strings.TrimPrefix(v, "this.")
				default:
					return nil, fmt.Errorf("%s: unknown reference field %q", c.RefName, e)
				}
				c.Ref = append(c.Ref, f)
			}
		}
	}
	if err := c.parseConstructor(body); err != nil {
		return nil, err
	}
	if m := regexp.MustCompile(`static REQUIRED_TRANSFORM="([^"]*)"`).FindStringSubmatch(body); m != nil {
		c.TransformValue = m[1]
	}
	for _, loc := range staticStartRe.FindAllStringSubmatchIndex(body, -1) {
		name := body[loc[2]:loc[3]]
		open := loc[1] - 1
		end := matchBrace(body, open)
		inner := deprecationTryRe.ReplaceAllString(body[open+1:end], "")
		s, err := parseStatic(name, inner)
		if err != nil {
			return nil, err
		}
		c.Statics[name] = s
	}
	return c, nil
}

func parseStatic(name, b string) (*jsStatic, error) {
	s := &jsStatic{Name: name}
	refFields := func(obj string) ([]jsStaticField, error) {
		var out []jsStaticField
		for _, e := range splitTop(obj) {
			k, v, _ := strings.Cut(e, ":")
			f := jsStaticField{Field: k}
			switch {
			case v == "arn2" || v == "arn":
				f.From = "arn"
			case strings.HasPrefix(v, "variables."):
				f.From = "var:" + strings.TrimPrefix(v, "variables.")
			case strings.HasSuffix(v, "2") && regexp.MustCompile(`^\w+$`).MatchString(v):
				f.From = "param"
			default:
				return nil, fmt.Errorf("static %s: unknown reference field %q", name, e)
			}
			out = append(out, f)
		}
		return out, nil
	}
	vars := func(obj string) ([]jsTemplateVar, error) {
		var out []jsTemplateVar
		for _, e := range splitTop(obj) {
			k, v, _ := strings.Cut(e, ":")
			tv := jsTemplateVar{Name: k}
			switch {
			case v == "cdk().Stack.of(scope2).partition" || v == "cdk().Stack.of(resource).partition":
				tv.From = "partition"
			case v == "cdk().Stack.of(scope2).region":
				tv.From = "region"
			case v == "cdk().Stack.of(scope2).account":
				tv.From = "account"
			case v == "resource.env.region":
				tv.From = "env.region"
			case v == "resource.env.account":
				tv.From = "env.account"
			case regexp.MustCompile(`^resource\.\w+Ref\.\w+$`).MatchString(v):
				tv.From = "ref:" + v[strings.LastIndex(v, ".")+1:]
			case regexp.MustCompile(`^\w+2$`).MatchString(v):
				tv.From = "param"
			default:
				return nil, fmt.Errorf("static %s: unknown template variable %q", name, e)
			}
			out = append(out, tv)
		}
		return out, nil
	}
	var err error
	switch {
	case reFromArn.MatchString(b):
		m := reFromArn.FindStringSubmatch(b)
		s.Kind, s.Template, s.Param = "fromArn", m[2], "arn"
		s.Ref, err = refFields(m[3])
	case reFromArnOnly.MatchString(b):
		m := reFromArnOnly.FindStringSubmatch(b)
		s.Kind, s.Param = "fromArnOnly", "arn"
		s.Ref, err = refFields(m[2])
	case reFromInterp.MatchString(b):
		m := reFromInterp.FindStringSubmatch(b)
		s.Kind, s.Param, s.Template = "fromInterpolated", m[2], m[3]
		if s.Vars, err = vars(m[4]); err == nil {
			s.Ref, err = refFields(m[5])
		}
	case reFromValue.MatchString(b):
		m := reFromValue.FindStringSubmatch(b)
		s.Kind, s.Param = "fromValue", m[2]
		s.Ref, err = refFields(m[3])
	case reArnForRef.MatchString(b):
		m := reArnForRef.FindStringSubmatch(b)
		s.Kind, s.Result = "arnForRef", m[2]
	case reArnForTmpl.MatchString(b):
		m := reArnForTmpl.FindStringSubmatch(b)
		s.Kind, s.Template = "arnForTemplate", m[1]
		s.Vars, err = vars(m[2])
	default:
		return nil, fmt.Errorf("static %s: unknown body %.300q", name, b)
	}
	return s, err
}

var (
	ctorRe        = regexp.MustCompile(`constructor\(scope,id,props(?:=\{\})?\)\{`)
	ctorAssignRe  = regexp.MustCompile(`^this\._(\w+)=props\.(\w+)$`)
	ctorRefRe     = regexp.MustCompile(`^this\._(\w+)=((?:cdk\(\)\.getRefProperty\(props\.\w+\?\.\w+,"\w+"\)\?\?)+)cdk\(\)\.ensureStringOrUndefined\(props\.(\w+),"\w+","([^"]*)"\)$`)
	ctorRefListRe = regexp.MustCompile(`^this\._(\w+)=cdk\(\)\.mapArrayInPlace\(props\.(\w+),item=>((?:cdk\(\)\.getRefProperty\(item\?\.\w+,"\w+"\)\?\?)+)cdk\(\)\.ensureStringOrUndefined\(item,"\w+","([^"]*)"\)\)$`)
	statefulRe    = regexp.MustCompile(`^this\.node\.scope!=null&&cdk\(\)\.Resource\.isResource\(this\.node\.scope\)&&this\.node\.addValidation\(\{validate:\(\)=>this\.cfnOptions\.deletionPolicy===void 0\?\["([^"]*)"\]:\[\]\}\)$`)
	getRefRe      = regexp.MustCompile(`getRefProperty\((?:props\.\w+|item)\?\.(\w+),"(\w+)"\)`)
)

// parseConstructor reads the statements of an L1 constructor; anything the
// generator does not know about is an error, so a new aws-cdk-lib behaviour
// cannot slip through unnoticed.
func (c *jsClass) parseConstructor(body string) error {
	loc := ctorRe.FindStringIndex(body)
	if loc == nil {
		return fmt.Errorf("constructor not found")
	}
	open := loc[1] - 1
	end := matchBrace(body, open)
	src := body[open+1 : end]
	// drop the jsii deprecation check
	src = regexp.MustCompile(`try\{jsiiDeprecationWarnings\(\)[^}]*\}catch\(error\)\{throw [^}]*\}`).ReplaceAllString(src, "")
	for _, stmt := range splitStatements(src) {
		for _, part := range splitTop(stmt) {
			switch {
			case part == "":
			case strings.HasPrefix(part, "super(scope,id,{type:"):
			case strings.HasPrefix(part, "cdk().requireProperty(props,"):
			case ctorAssignRe.MatchString(part):
			case tagsRe.MatchString(part) || strings.HasPrefix(part, "this._tagsRaw=props.") || regexp.MustCompile(`^this\._\w+Raw=props\.\w+$`).MatchString(part):
			case regexp.MustCompile(`^this\.stack\.addTransform\(\w+\.REQUIRED_TRANSFORM\)$`).MatchString(part):
				c.Transform = true
			case statefulRe.MatchString(part):
				c.Stateful = true
				c.StatefulMsg = statefulRe.FindStringSubmatch(part)[1]
			case ctorRefRe.MatchString(part):
				m := ctorRefRe.FindStringSubmatch(part)
				c.RefProps = append(c.RefProps, jsRefProp{Prop: m[3], Desc: m[4], Alts: refAlts(m[2])})
			case ctorRefListRe.MatchString(part):
				m := ctorRefListRe.FindStringSubmatch(part)
				c.RefProps = append(c.RefProps, jsRefProp{Prop: m[2], List: true, Desc: m[4], Alts: refAlts(m[3])})
			default:
				return fmt.Errorf("constructor: unknown statement %.200q", part)
			}
		}
	}
	return nil
}

func refAlts(chain string) [][2]string {
	var out [][2]string
	for _, m := range getRefRe.FindAllStringSubmatch(chain, -1) {
		out = append(out, [2]string{m[1], m[2]})
	}
	return out
}

// splitStatements splits JS at semicolons outside brackets and strings.
func splitStatements(s string) []string {
	var out []string
	depth, start := 0, 0
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case '"', '\'', '`':
			k = skipString(s, k) - 1
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ';':
			if depth == 0 {
				out = append(out, s[start:k])
				start = k + 1
			}
		}
	}
	return append(out, s[start:])
}
