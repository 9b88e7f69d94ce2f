package awslogs

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// QueryStringProps are the clauses of a CloudWatch Logs Insights query.
type QueryStringProps struct {
	Display          *string    `field:"optional" json:"display" yaml:"display"`
	Fields           *[]*string `field:"optional" json:"fields" yaml:"fields"`
	Filter           *string    `field:"optional" json:"filter" yaml:"filter"`
	FilterStatements *[]*string `field:"optional" json:"filterStatements" yaml:"filterStatements"`
	Limit            *float64   `field:"optional" json:"limit" yaml:"limit"`
	Parse            *string    `field:"optional" json:"parse" yaml:"parse"`
	ParseStatements  *[]*string `field:"optional" json:"parseStatements" yaml:"parseStatements"`
	Sort             *string    `field:"optional" json:"sort" yaml:"sort"`
	Stats            *string    `field:"optional" json:"stats" yaml:"stats"`
	StatsStatements  *[]*string `field:"optional" json:"statsStatements" yaml:"statsStatements"`
}

// QueryString is a CloudWatch Logs Insights query, rendered one command per
// line joined with "\n| ".
type QueryString interface {
	HasStatsAndStatsStatements() *bool
	StatsStatementsLength() *float64
	ToString() *string
}

type queryString struct {
	fields                    []*string
	parse, filter, stats      []*string
	sort, display             *string
	limit                     *float64
	statsLen                  *float64
	hasStatsAndStatsStatement bool
}

// NewQueryString makes a query; the *Statements lists win over the single
// clause of the same command.
func NewQueryString(props *QueryStringProps) QueryString {
	if props == nil {
		props = &QueryStringProps{}
	}
	q := &queryString{sort: props.Sort, display: props.Display, limit: props.Limit}
	if props.Fields != nil {
		q.fields = *props.Fields
	}
	if props.StatsStatements != nil {
		n := float64(len(*props.StatsStatements))
		q.statsLen = &n
	}
	q.hasStatsAndStatsStatement = props.StatsStatements != nil && props.Stats != nil
	pick := func(list *[]*string, one *string) []*string {
		if list != nil {
			return *list
		}
		if one != nil {
			return []*string{one}
		}
		return nil
	}
	q.parse = pick(props.ParseStatements, props.Parse)
	q.filter = pick(props.FilterStatements, props.Filter)
	q.stats = pick(props.StatsStatements, props.Stats)
	return q
}

// NewQueryString_Override initialises a type embedding QueryString.
func NewQueryString_Override(q QueryString, props *QueryStringProps) {
	l2.Override(q, NewQueryString(props))
}

func (q *queryString) HasStatsAndStatsStatements() *bool {
	b := q.hasStatsAndStatsStatement
	return &b
}

func (q *queryString) StatsStatementsLength() *float64 { return q.statsLen }

func (q *queryString) ToString() *string {
	var lines []string
	add := func(cmd string, stmt *string) {
		if stmt != nil && *stmt != "" {
			lines = append(lines, cmd+" "+*stmt)
		}
	}
	if len(q.fields) > 0 {
		parts := make([]string, len(q.fields))
		for i, f := range q.fields {
			parts[i] = deref(f)
		}
		add("fields", str(strings.Join(parts, ", ")))
	}
	for _, s := range q.parse {
		add("parse", s)
	}
	for _, s := range q.filter {
		add("filter", s)
	}
	for _, s := range q.stats {
		add("stats", s)
	}
	add("sort", q.sort)
	if q.limit != nil {
		add("limit", str(jsNumber(q.limit)))
	}
	add("display", q.display)
	return str(strings.Join(lines, "\n| "))
}

// QueryDefinitionProps are the props of NewQueryDefinition.
type QueryDefinitionProps struct {
	QueryDefinitionName *string                           `field:"required" json:"queryDefinitionName" yaml:"queryDefinitionName"`
	QueryString         QueryString                       `field:"required" json:"queryString" yaml:"queryString"`
	LogGroups           *[]interfacesawslogs.ILogGroupRef `field:"optional" json:"logGroups" yaml:"logGroups"`
}

// QueryDefinition is a saved CloudWatch Logs Insights query
// (AWS::Logs::QueryDefinition).
type QueryDefinition interface {
	awscdk.Resource
	QueryDefinitionId() *string
}

type queryDefinition struct {
	awscdk.Resource
	id *string
}

func (q *queryDefinition) QueryDefinitionId() *string { return q.id }

// NewQueryDefinition creates a query definition.
func NewQueryDefinition(scope constructs.Construct, id *string, props *QueryDefinitionProps) QueryDefinition {
	props = l2.Inject(*QueryDefinition_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.QueryString == nil {
		l2.RequireProps(scope, id, "QueryDefinition", "QueryDefinitionName", "QueryString")
	}
	q := &queryDefinition{}
	q.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.QueryDefinitionName})
	host.Set(q.Resource, q)
	if n := props.QueryString.StatsStatementsLength(); n != nil && *n > 2 {
		l2.Throw(q, "CloudWatch Logs Insights only supports up to two stats commands in a single query, received %s.", jsNumber(n))
	}
	if b := props.QueryString.HasStatsAndStatsStatements(); b != nil && *b {
		awscdk.Annotations_Of(q).AddWarningV2(str("QueryDefinitionStatsWarning"), str("Both stats and statsStatements properties are provided. The stats property is deprecated and will be ignored in favor of statsStatements."))
	}
	groups := []interface{}{}
	if props.LogGroups != nil {
		for _, g := range *props.LogGroups {
			groups = append(groups, g.LogGroupRef().LogGroupName)
		}
	}
	res := NewCfnQueryDefinition(q, str("Resource"), &CfnQueryDefinitionProps{
		Name:          props.QueryDefinitionName,
		QueryString:   props.QueryString.ToString(),
		LogGroupNames: &groups,
	})
	q.id = res.AttrQueryDefinitionId()
	return q
}

// NewQueryDefinition_Override initialises a type embedding QueryDefinition.
func NewQueryDefinition_Override(q QueryDefinition, scope constructs.Construct, id *string, props *QueryDefinitionProps) {
	l2.Override(q, NewQueryDefinition(scope, id, props))
}
