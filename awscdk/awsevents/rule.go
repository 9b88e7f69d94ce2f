package awsevents

import (
	"fmt"
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// IRule is an EventBridge rule, defined in this app or imported.
type IRule interface {
	awscdk.IResource
	interfacesawsevents.IRuleRef
	RuleArn() *string
	RuleName() *string
}

// IRuleTarget is something a rule can send events to.
type IRuleTarget interface {
	// Bind returns the target's configuration for rule; id is the rule's
	// generated id for it (Target0, Target1, …).
	Bind(rule interfacesawsevents.IRuleRef, id *string) *RuleTargetConfig
}

// RuleTargetConfig is a target's configuration, as IRuleTarget.Bind returns it.
type RuleTargetConfig struct {
	Arn                    *string                                 `field:"required" json:"arn" yaml:"arn"`
	AppSyncParameters      *CfnRule_AppSyncParametersProperty      `field:"optional" json:"appSyncParameters" yaml:"appSyncParameters"`
	BatchParameters        *CfnRule_BatchParametersProperty        `field:"optional" json:"batchParameters" yaml:"batchParameters"`
	DeadLetterConfig       *CfnRule_DeadLetterConfigProperty       `field:"optional" json:"deadLetterConfig" yaml:"deadLetterConfig"`
	EcsParameters          *CfnRule_EcsParametersProperty          `field:"optional" json:"ecsParameters" yaml:"ecsParameters"`
	HttpParameters         *CfnRule_HttpParametersProperty         `field:"optional" json:"httpParameters" yaml:"httpParameters"`
	Input                  RuleTargetInput                         `field:"optional" json:"input" yaml:"input"`
	KinesisParameters      *CfnRule_KinesisParametersProperty      `field:"optional" json:"kinesisParameters" yaml:"kinesisParameters"`
	RedshiftDataParameters *CfnRule_RedshiftDataParametersProperty `field:"optional" json:"redshiftDataParameters" yaml:"redshiftDataParameters"`
	RetryPolicy            *CfnRule_RetryPolicyProperty            `field:"optional" json:"retryPolicy" yaml:"retryPolicy"`
	Role                   awsiam.IRole                            `field:"optional" json:"role" yaml:"role"`
	RunCommandParameters   *CfnRule_RunCommandParametersProperty   `field:"optional" json:"runCommandParameters" yaml:"runCommandParameters"`
	SqsParameters          *CfnRule_SqsParametersProperty          `field:"optional" json:"sqsParameters" yaml:"sqsParameters"`
	// The resource the target is, for rules across accounts and regions.
	TargetResource constructs.IConstruct `field:"optional" json:"targetResource" yaml:"targetResource"`
}

// RuleProps are the props of NewRule.
type RuleProps struct {
	// Where the rule goes when it targets a resource in another stack (unsupported in Strata yet).
	CrossStackScope constructs.Construct `field:"optional" json:"crossStackScope" yaml:"crossStackScope"`
	Description     *string              `field:"optional" json:"description" yaml:"description"`
	EventPattern    *EventPattern        `field:"optional" json:"eventPattern" yaml:"eventPattern"`
	RuleName        *string              `field:"optional" json:"ruleName" yaml:"ruleName"`
	// Default: true.
	Enabled *bool `field:"optional" json:"enabled" yaml:"enabled"`
	// Default: the account's default event bus.
	EventBus interfacesawsevents.IEventBusRef `field:"optional" json:"eventBus" yaml:"eventBus"`
	Role     interfacesawsiam.IRoleRef        `field:"optional" json:"role" yaml:"role"`
	Schedule Schedule                         `field:"optional" json:"schedule" yaml:"schedule"`
	Targets  *[]IRuleTarget                   `field:"optional" json:"targets" yaml:"targets"`
}

// OnEventOptions are the options of the OnEvent-style helpers of other packages.
type OnEventOptions struct {
	CrossStackScope constructs.Construct `field:"optional" json:"crossStackScope" yaml:"crossStackScope"`
	Description     *string              `field:"optional" json:"description" yaml:"description"`
	EventPattern    *EventPattern        `field:"optional" json:"eventPattern" yaml:"eventPattern"`
	RuleName        *string              `field:"optional" json:"ruleName" yaml:"ruleName"`
	Target          IRuleTarget          `field:"optional" json:"target" yaml:"target"`
}

// Rule is an EventBridge rule (AWS::Events::Rule).
type Rule interface {
	awscdk.Resource
	IRule
	RuleRef() *interfacesawsevents.RuleReference
	AddEventPattern(eventPattern *EventPattern)
	AddTarget(target IRuleTarget)
	ValidateRule() *[]*string
}

type rule struct {
	awscdk.Resource
	resource CfnRule
	pattern  *ojson.Object
	schedule *string
	targets  []*CfnRule_TargetProperty
	arnMemo  *string
	nameMemo *string
}

// Rule_PROPERTY_INJECTION_ID is the id property injectors use for Rule.
func Rule_PROPERTY_INJECTION_ID() *string { return jsii.String("aws-cdk-lib.aws-events.Rule") }

// NewRule creates an EventBridge rule.
func NewRule(scope constructs.Construct, id *string, props *RuleProps) Rule {
	props = l2.Inject(*Rule_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &RuleProps{}
	}
	r := &rule{pattern: ojson.New()}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.RuleName})
	host.Set(r.Resource, r)
	if props.CrossStackScope != nil {
		l2.AddError(r, "crossStackScope is not supported by Strata yet")
	}
	if props.EventBus != nil && props.Schedule != nil {
		l2.Throw(r, "Cannot associate rule with 'eventBus' when using 'schedule'")
	}
	if props.Schedule != nil {
		r.schedule = props.Schedule.ExpressionString()
		if b, ok := props.Schedule.(interface{ bind(constructs.IConstruct) }); ok {
			b.bind(r)
		}
	}
	state := "ENABLED"
	if props.Enabled != nil && !*props.Enabled {
		state = "DISABLED"
	}
	cfn := &CfnRuleProps{
		Name:               r.PhysicalName(),
		Description:        props.Description,
		State:              jsii.String(state),
		ScheduleExpression: r.schedule,
		EventPattern:       awscdk.Lazy_Any(anyProducer(func() interface{} { return renderPattern(r.pattern) }), nil),
	}
	if props.EventBus != nil {
		cfn.EventBusName = props.EventBus.EventBusRef().EventBusName
	}
	if props.Role != nil {
		cfn.RoleArn = props.Role.RoleRef().RoleArn
	}
	r.resource = NewCfnRule(r, jsii.String("Resource"), cfn)
	r.AddEventPattern(props.EventPattern)
	if props.Targets != nil {
		for _, t := range *props.Targets {
			r.AddTarget(t)
		}
	}
	r.Node().AddValidation(l2.Validation(func() []string { return strs(r.ValidateRule()) }))
	return r
}

func (r *rule) RuleArn() *string {
	if r.arnMemo == nil {
		r.arnMemo = r.GetResourceArnAttribute(r.resource.AttrArn(), &awscdk.ArnComponents{
			Service: jsii.String("events"), Resource: jsii.String("rule"), ResourceName: r.PhysicalName(),
		})
	}
	return r.arnMemo
}

func (r *rule) RuleName() *string {
	if r.nameMemo == nil {
		r.nameMemo = r.GetResourceNameAttribute(r.resource.Ref())
	}
	return r.nameMemo
}

func (r *rule) RuleRef() *interfacesawsevents.RuleReference {
	return &interfacesawsevents.RuleReference{RuleArn: r.RuleArn()}
}

// AddEventPattern merges eventPattern into the rule's pattern.
func (r *rule) AddEventPattern(eventPattern *EventPattern) {
	if eventPattern == nil {
		return
	}
	mergePattern(r.pattern, patternObject(eventPattern))
}

// AddTarget adds a target; its id is Target<n> unless the target names one.
func (r *rule) AddTarget(target IRuleTarget) {
	if target == nil {
		return
	}
	autoID := fmt.Sprintf("Target%d", len(r.targets))
	cfg := target.Bind(r, jsii.String(autoID))
	if cfg == nil {
		l2.Throw(r, "the target's Bind returned no configuration")
	}
	if cfg.TargetResource != nil && !r.sameEnvironment(cfg.TargetResource) {
		l2.Throw(r, "targets in another account or region are not supported by Strata yet (aws-cdk-lib mirrors the rule into the target's environment)")
	}
	t := &CfnRule_TargetProperty{
		Id:                     jsii.String(autoID),
		Arn:                    cfg.Arn,
		EcsParameters:          cfg.EcsParameters,
		HttpParameters:         cfg.HttpParameters,
		KinesisParameters:      cfg.KinesisParameters,
		RunCommandParameters:   cfg.RunCommandParameters,
		BatchParameters:        cfg.BatchParameters,
		DeadLetterConfig:       cfg.DeadLetterConfig,
		RetryPolicy:            cfg.RetryPolicy,
		SqsParameters:          cfg.SqsParameters,
		RedshiftDataParameters: cfg.RedshiftDataParameters,
		AppSyncParameters:      cfg.AppSyncParameters,
	}
	if cfg.Role != nil {
		t.RoleArn = cfg.Role.RoleArn()
	}
	if cfg.Input != nil {
		var props *RuleTargetInputProperties
		var paths interface{}
		if f, ok := cfg.Input.(*fieldAwareInput); ok {
			b := f.bind(r)
			props, paths = b.props, b.orderedPaths()
		} else {
			props = cfg.Input.Bind(r)
			if props != nil && props.InputPathsMap != nil {
				paths = *props.InputPathsMap
			}
		}
		if props != nil {
			t.Input = props.Input
			t.InputPath = props.InputPath
			if props.InputTemplate != nil {
				t.InputTransformer = &CfnRule_InputTransformerProperty{InputTemplate: props.InputTemplate, InputPathsMap: paths}
			}
		}
	}
	r.targets = append(r.targets, t)
	r.resource.SetTargets(r.targets)
}

// sameEnvironment: the target's account and region are the rule's, or
// cannot be told apart.
func (r *rule) sameEnvironment(target constructs.IConstruct) bool {
	ts := awscdk.Stack_Of(target)
	account, region := ts.Account(), ts.Region()
	if res, ok := target.(awscdk.IResource); ok && res.Env() != nil {
		if res.Env().Account != nil {
			account = res.Env().Account
		}
		if res.Env().Region != nil {
			region = res.Env().Region
		}
	}
	s := awscdk.Stack_Of(r)
	return sameDimension(s.Account(), account) && sameDimension(s.Region(), region)
}

func sameDimension(a, b *string) bool {
	c := awscdk.Token_CompareStrings(a, b)
	return c == awscdk.TokenComparison_SAME() || c == awscdk.TokenComparison_ONE_UNRESOLVED() || c == awscdk.TokenComparison_BOTH_UNRESOLVED()
}

var ruleNamePattern = regexp.MustCompile(`^[\.\-_A-Za-z0-9]+$`)

// ValidateRule lists what is wrong with the rule (name, pattern or
// schedule, number of targets).
func (r *rule) ValidateRule() *[]*string {
	var errs []string
	if name := r.PhysicalName(); name != nil && !*awscdk.Token_IsUnresolved(*name) {
		if len(*name) < 1 || len(*name) > 64 {
			errs = append(errs, fmt.Sprintf("Event rule name must be between 1 and 64 characters. Received: %s", *name))
		}
		if !ruleNamePattern.MatchString(*name) {
			errs = append(errs, fmt.Sprintf("Event rule name %s can contain only letters, numbers, periods, hyphens, or underscores with no spaces.", *name))
		}
	}
	if r.pattern.Len() == 0 && r.schedule == nil {
		errs = append(errs, "Either 'eventPattern' or 'schedule' must be defined")
	}
	if len(r.targets) > 5 {
		errs = append(errs, "Event rule cannot have more than 5 targets.")
	}
	return jsii.Strings(errs...)
}

// importedRule is a rule defined outside this app.
type importedRule struct {
	awscdk.Resource
	arn, name *string
}

func (r *importedRule) RuleArn() *string  { return r.arn }
func (r *importedRule) RuleName() *string { return r.name }
func (r *importedRule) RuleRef() *interfacesawsevents.RuleReference {
	return &interfacesawsevents.RuleReference{RuleArn: r.arn}
}

// Rule_FromEventRuleArn imports a rule by ARN.
func Rule_FromEventRuleArn(scope constructs.Construct, id *string, eventRuleArn *string) IRule {
	parts := awscdk.Stack_Of(scope).SplitArn(eventRuleArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME)
	name := parts.ResourceName
	if name == nil {
		name = jsii.String("")
	}
	r := &importedRule{arn: eventRuleArn, name: name}
	r.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{EnvironmentFromArn: eventRuleArn})
	host.Set(r.Resource, r)
	return r
}

// Rule_IsConstruct reports whether x is a construct.
func Rule_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Rule_IsResource reports whether c is a Resource.
func Rule_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// Rule_IsOwnedResource reports whether c is a Resource defined in this app.
func Rule_IsOwnedResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsOwnedResource(c) }

type anyProducer func() interface{}

func (f anyProducer) Produce() interface{} { return f() }

func strs(p *[]*string) []string {
	if p == nil {
		return nil
	}
	out := make([]string, 0, len(*p))
	for _, s := range *p {
		if s != nil {
			out = append(out, *s)
		}
	}
	return out
}
