package awsstepfunctionstasks

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// GlueStartCrawlerRun starts a run of an AWS Glue crawler.
type GlueStartCrawlerRun interface {
	awsstepfunctions.TaskStateBase
}

// NewGlueStartCrawlerRun builds the task at scope/id.
func NewGlueStartCrawlerRun(scope constructs.Construct, id *string, props *GlueStartCrawlerRunProps) GlueStartCrawlerRun {
	return newGlueStartCrawlerRun(scope, id, props)
}

// NewGlueStartCrawlerRun_Override initializes t, a Go type embedding GlueStartCrawlerRun, as the task.
func NewGlueStartCrawlerRun_Override(t GlueStartCrawlerRun, scope constructs.Construct, id *string, props *GlueStartCrawlerRunProps) {
	l2.Override[GlueStartCrawlerRun](t, newGlueStartCrawlerRun(scope, id, props))
}

// GlueStartCrawlerRun_JsonPath builds the task with JSONPath fields.
func GlueStartCrawlerRun_JsonPath(scope constructs.Construct, id *string, props *GlueStartCrawlerRunJsonPathProps) GlueStartCrawlerRun {
	if props == nil {
		return newGlueStartCrawlerRun(scope, id, nil)
	}
	p := &GlueStartCrawlerRunProps{}
	copyFields(p, props)
	return newGlueStartCrawlerRun(scope, id, p)
}

// GlueStartCrawlerRun_Jsonata builds the task with JSONata fields: its query language is JSONata.
func GlueStartCrawlerRun_Jsonata(scope constructs.Construct, id *string, props *GlueStartCrawlerRunJsonataProps) GlueStartCrawlerRun {
	if props == nil {
		return newGlueStartCrawlerRun(scope, id, nil)
	}
	p := &GlueStartCrawlerRunProps{}
	copyFields(p, props)
	p.QueryLanguage = awsstepfunctions.QueryLanguage_JSONATA
	return newGlueStartCrawlerRun(scope, id, p)
}

// GlueStartCrawlerRun_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func GlueStartCrawlerRun_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// GlueStartCrawlerRun_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func GlueStartCrawlerRun_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// GlueStartCrawlerRun_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func GlueStartCrawlerRun_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// GlueStartCrawlerRun_IsConstruct reports whether x is a construct.
func GlueStartCrawlerRun_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// GlueStartCrawlerRun_PrefixStates prefixes the names of the states under root.
func GlueStartCrawlerRun_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// GlueStartCrawlerRunProps configures a GlueStartCrawlerRun task.
type GlueStartCrawlerRunProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	CrawlerName        *string                             `field:"required" json:"crawlerName" yaml:"crawlerName"`
}

// GlueStartCrawlerRunJsonPathProps configures a GlueStartCrawlerRun task with JSONPath fields.
type GlueStartCrawlerRunJsonPathProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                             `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                             `field:"optional" json:"outputPath" yaml:"outputPath"`
	ResultPath         *string                             `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}             `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	CrawlerName        *string                             `field:"required" json:"crawlerName" yaml:"crawlerName"`
}

// GlueStartCrawlerRunJsonataProps configures a GlueStartCrawlerRun task with JSONata fields.
type GlueStartCrawlerRunJsonataProps struct {
	Comment            *string                             `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage      `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                             `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials       `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                     `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout            `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout            `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                     `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}             `field:"optional" json:"assign" yaml:"assign"`
	Outputs            interface{}                         `field:"optional" json:"outputs" yaml:"outputs"`
	CrawlerName        *string                             `field:"required" json:"crawlerName" yaml:"crawlerName"`
}

func newGlueStartCrawlerRun(scope constructs.Construct, id *string, props *GlueStartCrawlerRunProps) GlueStartCrawlerRun {
	required(scope, id, "GlueStartCrawlerRun", props, "CrawlerName")
	t := newTask(scope, id, props)
	// aws-cdk-lib checks no pattern here.
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	t.policies = []awsiam.PolicyStatement{statement([]string{"glue:StartCrawler", "glue:GetCrawler"},
		awscdk.Stack_Of(t).FormatArn(&awscdk.ArnComponents{Service: str("glue"), Resource: str("crawler"), ResourceName: props.CrawlerName}))}
	t.Hook.Render = func(top string) interface{} {
		return t.render(top, integrationResourceArn("aws-sdk:glue", "startCrawler", pattern), obj("Name", props.CrawlerName))
	}
	return t
}
