package awslogs

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/tokens"
)

// IFilterPattern is a CloudWatch Logs filter pattern.
type IFilterPattern interface {
	LogPatternString() *string
}

// JsonPattern is a filter pattern over JSON log events; the FilterPattern_*
// JSON builders return one.
type JsonPattern interface {
	IFilterPattern
	JsonPatternString() *string
}

// FilterPattern carries the pattern builders (FilterPattern_*).
type FilterPattern interface{}

type filterPattern struct{}

// NewFilterPattern makes a FilterPattern value; the builders are the statics.
func NewFilterPattern() FilterPattern { return &filterPattern{} }

type literalPattern struct{ s string }

func (p *literalPattern) LogPatternString() *string { return str(p.s) }

type jsonPattern struct{ s string }

func (p *jsonPattern) JsonPatternString() *string { return str(p.s) }
func (p *jsonPattern) LogPatternString() *string  { return str("{ " + p.s + " }") }

// NewJsonPattern_Override initialises a type embedding JsonPattern (a
// subclass of aws-cdk-lib's abstract JsonPattern) with the given JSON
// pattern string.
func NewJsonPattern_Override(j JsonPattern, jsonPatternString *string) {
	l2.Override[JsonPattern](j, &jsonPattern{s: deref(jsonPatternString)})
}

// FilterPattern_Literal uses the pattern string as given.
func FilterPattern_Literal(logPatternString *string) IFilterPattern {
	return &literalPattern{deref(logPatternString)}
}

// FilterPattern_AllEvents matches every event (the empty pattern).
func FilterPattern_AllEvents() IFilterPattern { return &literalPattern{""} }

// FilterPattern_AllTerms matches events containing every term.
func FilterPattern_AllTerms(terms ...*string) IFilterPattern {
	return textPattern([][]*string{terms})
}

// FilterPattern_AnyTerm matches events containing any one of the terms.
func FilterPattern_AnyTerm(terms ...*string) IFilterPattern {
	groups := make([][]*string, len(terms))
	for i, t := range terms {
		groups[i] = []*string{t}
	}
	return textPattern(groups)
}

// FilterPattern_AnyTermGroup matches events containing every term of any one group.
func FilterPattern_AnyTermGroup(termGroups ...*[]*string) IFilterPattern {
	groups := make([][]*string, len(termGroups))
	for i, g := range termGroups {
		if g != nil {
			groups[i] = *g
		}
	}
	return textPattern(groups)
}

// textPattern renders term groups: one group as its quoted terms, several
// as alternatives each prefixed with "?".
func textPattern(groups [][]*string) IFilterPattern {
	clauses := make([]string, len(groups))
	for i, g := range groups {
		quoted := make([]string, len(g))
		for j, t := range g {
			quoted[j] = quoteTerm(deref(t))
		}
		clauses[i] = strings.Join(quoted, " ")
	}
	if len(clauses) == 1 {
		return &literalPattern{clauses[0]}
	}
	for i := range clauses {
		clauses[i] = "?" + clauses[i]
	}
	return &literalPattern{strings.Join(clauses, " ")}
}

// FilterPattern_StringValue compares a JSON field with a string ("=" or "!=").
func FilterPattern_StringValue(jsonField *string, comparison *string, value *string) JsonPattern {
	op := stringOperator(deref(comparison))
	return &jsonPattern{deref(jsonField) + " " + op + " " + quoteTerm(deref(value))}
}

// FilterPattern_NumberValue compares a JSON field with a number.
func FilterPattern_NumberValue(jsonField *string, comparison *string, value *float64) JsonPattern {
	op := numberOperator(deref(comparison))
	return &jsonPattern{deref(jsonField) + " " + op + " " + jsNumber(value)}
}

// FilterPattern_RegexValue matches a JSON field against a regular expression.
func FilterPattern_RegexValue(jsonField *string, comparison *string, value *string) JsonPattern {
	return &jsonPattern{deref(jsonField) + " " + deref(comparison) + " %" + deref(value) + "%"}
}

// FilterPattern_IsNull matches events whose JSON field is null.
func FilterPattern_IsNull(jsonField *string) JsonPattern {
	return &jsonPattern{deref(jsonField) + " IS NULL"}
}

// FilterPattern_NotExists matches events without the JSON field.
func FilterPattern_NotExists(jsonField *string) JsonPattern {
	return &jsonPattern{deref(jsonField) + " NOT EXISTS"}
}

// FilterPattern_Exists matches events with the JSON field.
func FilterPattern_Exists(jsonField *string) JsonPattern {
	return FilterPattern_StringValue(jsonField, str("="), str("*"))
}

// FilterPattern_BooleanValue matches a boolean JSON field.
func FilterPattern_BooleanValue(jsonField *string, value *bool) JsonPattern {
	if value != nil && *value {
		return &jsonPattern{deref(jsonField) + " IS TRUE"}
	}
	return &jsonPattern{deref(jsonField) + " IS FALSE"}
}

// FilterPattern_All matches events matching every pattern.
func FilterPattern_All(patterns ...JsonPattern) JsonPattern {
	if len(patterns) == 0 {
		diag.Panic("", "Must supply at least one pattern, or use allEvents() to match all events.")
	}
	return aggregate("&&", patterns)
}

// FilterPattern_Any matches events matching any pattern.
func FilterPattern_Any(patterns ...JsonPattern) JsonPattern {
	if len(patterns) == 0 {
		diag.Panic("", "Must supply at least one pattern")
	}
	return aggregate("||", patterns)
}

func aggregate(op string, patterns []JsonPattern) JsonPattern {
	if len(patterns) == 1 {
		return patterns[0]
	}
	clauses := make([]string, len(patterns))
	for i, p := range patterns {
		clauses[i] = "(" + deref(p.JsonPatternString()) + ")"
	}
	return &jsonPattern{strings.Join(clauses, " "+op+" ")}
}

// FilterPattern_SpaceDelimited matches space-delimited events by columns.
func FilterPattern_SpaceDelimited(columns ...*string) SpaceDelimitedTextPattern {
	return SpaceDelimitedTextPattern_Construct(&columns)
}

// ColumnRestriction restricts one column of a space-delimited pattern.
type ColumnRestriction struct {
	Comparison  *string  `field:"required" json:"comparison" yaml:"comparison"`
	NumberValue *float64 `field:"optional" json:"numberValue" yaml:"numberValue"`
	StringValue *string  `field:"optional" json:"stringValue" yaml:"stringValue"`
}

// SpaceDelimitedTextPattern matches space-delimited log events column by
// column; each Where* returns a new pattern.
type SpaceDelimitedTextPattern interface {
	IFilterPattern
	WhereNumber(columnName *string, comparison *string, value *float64) SpaceDelimitedTextPattern
	WhereString(columnName *string, comparison *string, value *string) SpaceDelimitedTextPattern
}

type spaceDelimited struct {
	columns      []string
	restrictions map[string][]*ColumnRestriction
}

const ellipsis = "..."

var columnName = regexp.MustCompile(`^[a-zA-Z0-9_-]+$`)

// NewSpaceDelimitedTextPattern makes a pattern from columns and restrictions
// as given (SpaceDelimitedTextPattern_Construct validates the columns).
func NewSpaceDelimitedTextPattern(columns *[]*string, restrictions *map[string]*[]*ColumnRestriction) SpaceDelimitedTextPattern {
	p := &spaceDelimited{restrictions: map[string][]*ColumnRestriction{}}
	if columns != nil {
		for _, c := range *columns {
			p.columns = append(p.columns, deref(c))
		}
	}
	if restrictions != nil {
		for k, v := range *restrictions {
			if v != nil {
				p.restrictions[k] = append([]*ColumnRestriction(nil), (*v)...)
			}
		}
	}
	return p
}

// SpaceDelimitedTextPattern_Construct makes a pattern of the given columns.
func SpaceDelimitedTextPattern_Construct(columns *[]*string) SpaceDelimitedTextPattern {
	p := NewSpaceDelimitedTextPattern(columns, nil).(*spaceDelimited)
	n := 0
	for _, c := range p.columns {
		if c != ellipsis && !columnName.MatchString(c) {
			diag.Panic("", "Invalid column name: %s", c)
		}
		if c == ellipsis {
			n++
		}
	}
	if n > 1 {
		diag.Panic("", "Can use at most one '...' column")
	}
	return p
}

// checkColumn rejects a restriction on "..." or on a column not in p.
func (p *spaceDelimited) checkColumn(column string) {
	if column == ellipsis {
		diag.Panic("", "Can't use '...' in a restriction")
	}
	for _, c := range p.columns {
		if c == column {
			return
		}
	}
	diag.Panic("", "Column in restrictions that is not in columns: %s", column)
}

func (p *spaceDelimited) where(column string, r *ColumnRestriction) SpaceDelimitedTextPattern {
	q := &spaceDelimited{columns: p.columns, restrictions: map[string][]*ColumnRestriction{}}
	for k, v := range p.restrictions {
		q.restrictions[k] = append([]*ColumnRestriction(nil), v...)
	}
	q.restrictions[column] = append(q.restrictions[column], r)
	return q
}

func (p *spaceDelimited) WhereString(column *string, comparison *string, value *string) SpaceDelimitedTextPattern {
	p.checkColumn(deref(column))
	op := stringOperator(deref(comparison))
	return p.where(deref(column), &ColumnRestriction{Comparison: str(op), StringValue: value})
}

func (p *spaceDelimited) WhereNumber(column *string, comparison *string, value *float64) SpaceDelimitedTextPattern {
	p.checkColumn(deref(column))
	op := numberOperator(deref(comparison))
	return p.where(deref(column), &ColumnRestriction{Comparison: str(op), NumberValue: value})
}

func (p *spaceDelimited) LogPatternString() *string {
	parts := make([]string, len(p.columns))
	for i, c := range p.columns {
		rs := p.restrictions[c]
		if len(rs) == 0 {
			parts[i] = c
			continue
		}
		exprs := make([]string, len(rs))
		for j, r := range rs {
			exprs[j] = renderRestriction(c, r)
		}
		parts[i] = strings.Join(exprs, " && ")
	}
	return str("[" + strings.Join(parts, ", ") + "]")
}

func renderRestriction(column string, r *ColumnRestriction) string {
	if r.NumberValue != nil {
		return column + " " + deref(r.Comparison) + " " + jsNumber(r.NumberValue)
	}
	if deref(r.StringValue) != "" {
		return column + " " + deref(r.Comparison) + " " + quoteTerm(*r.StringValue)
	}
	diag.Panic("", "Invalid restriction")
	return ""
}

// quoteTerm double-quotes a term, escaping backslashes and quotes.
func quoteTerm(t string) string {
	return `"` + strings.ReplaceAll(strings.ReplaceAll(t, `\`, `\\`), `"`, `\"`) + `"`
}

func stringOperator(op string) string {
	if op == "==" {
		op = "="
	}
	if op != "=" && op != "!=" {
		diag.Panic("", "Invalid comparison operator ('%s'), must be either '=' or '!='", op)
	}
	return op
}

func numberOperator(op string) string {
	if op == "==" {
		op = "="
	}
	switch op {
	case "=", "!=", "<", "<=", ">", ">=":
		return op
	}
	diag.Panic("", "Invalid comparison operator ('%s'), must be one of =, !=, <, <=, >, >=", op)
	return ""
}

// jsNumber writes a number as JavaScript's String(n) does.
func jsNumber(f *float64) string {
	if f == nil {
		return "undefined"
	}
	return tokens.FormatNumber(*f)
}

// NewFilterPattern_Override initialises a type embedding FilterPattern.
func NewFilterPattern_Override(f FilterPattern) { l2.Override(f, NewFilterPattern()) }

// NewSpaceDelimitedTextPattern_Override initialises a type embedding SpaceDelimitedTextPattern.
func NewSpaceDelimitedTextPattern_Override(p SpaceDelimitedTextPattern, columns *[]*string, restrictions *map[string]*[]*ColumnRestriction) {
	l2.Override(p, NewSpaceDelimitedTextPattern(columns, restrictions))
}
