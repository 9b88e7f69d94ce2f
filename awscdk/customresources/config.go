package customresources

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CustomResourceConfig sets, through aspects, properties of the custom
// resource handlers (AwsCustomResource's singleton function) in a scope.
type CustomResourceConfig interface {
	// AddLambdaRuntime sets the runtime of the handlers of lambdaRuntime's family.
	AddLambdaRuntime(lambdaRuntime awslambda.Runtime)
	// AddLogRetentionLifetime sets the log retention of the handlers,
	// creating a log group for those without one.
	AddLogRetentionLifetime(retention awslogs.RetentionDays)
	// AddRemovalPolicy sets the removal policy of the handlers' log groups.
	AddRemovalPolicy(removalPolicy awscdk.RemovalPolicy)
}

type customResourceConfig struct {
	scope constructs.IConstruct
}

// CustomResourceConfig_Of is the configuration of scope's custom resource handlers.
func CustomResourceConfig_Of(scope constructs.IConstruct) CustomResourceConfig {
	if scope == nil {
		l2.RequireArg(nil, "CustomResourceConfig_Of", "scope")
	}
	return &customResourceConfig{scope: scope}
}

// add registers a mutating aspect (at MUTATING priority when the
// aspectPrioritiesMutating flag is on, as aws-cdk-lib does).
func (c *customResourceConfig) add(aspect awscdk.IAspect) {
	var opts *awscdk.AspectOptions
	if on := awscdk.FeatureFlags_Of(c.scope).IsEnabled(jsii.String("@aws-cdk/core:aspectPrioritiesMutating")); on != nil && *on {
		opts = &awscdk.AspectOptions{Priority: awscdk.AspectPriority_MUTATING()}
	}
	awscdk.Aspects_Of(c.scope).Add(aspect, opts)
}

func (c *customResourceConfig) AddLogRetentionLifetime(retention awslogs.RetentionDays) {
	c.add(NewCustomResourceLogRetention(retention))
}

func (c *customResourceConfig) AddRemovalPolicy(removalPolicy awscdk.RemovalPolicy) {
	c.add(NewCustomResourceRemovalPolicy(removalPolicy))
}

func (c *customResourceConfig) AddLambdaRuntime(lambdaRuntime awslambda.Runtime) {
	if lambdaRuntime == nil {
		l2.RequireArg(c.scope, "CustomResourceConfig.AddLambdaRuntime", "lambdaRuntime")
	}
	c.add(NewCustomResourceLambdaRuntime(lambdaRuntime))
}

// metadataTypes lists the types of n's metadata entries, with their data.
func metadataOf(n constructs.IConstruct) []*constructs.MetadataEntry {
	if m := n.Node().Metadata(); m != nil {
		return *m
	}
	return nil
}

func defaultCfn(n constructs.IConstruct) awscdk.CfnResource {
	c, _ := n.Node().DefaultChild().(awscdk.CfnResource)
	return c
}

// CustomResourceLogRetention is the aspect of AddLogRetentionLifetime.
type CustomResourceLogRetention interface {
	awscdk.IAspect
}

type logRetentionAspect struct{ retention awslogs.RetentionDays }

// NewCustomResourceLogRetention is the aspect setting the handlers' log retention.
func NewCustomResourceLogRetention(setLogRetention awslogs.RetentionDays) CustomResourceLogRetention {
	return &logRetentionAspect{retention: setLogRetention}
}

// NewCustomResourceLogRetention_Override initialises outer, a type embedding CustomResourceLogRetention.
func NewCustomResourceLogRetention_Override(c CustomResourceLogRetention, setLogRetention awslogs.RetentionDays) {
	l2.Override(c, NewCustomResourceLogRetention(setLogRetention))
}

func (a *logRetentionAspect) Visit(node constructs.IConstruct) {
	days, ok := retentionDays[a.retention]
	if !ok {
		l2.AddError(node, "unknown log retention %q: use one of the awslogs.RetentionDays_* values", string(a.retention))
		return
	}
	for _, m := range metadataOf(node) {
		if m == nil || m.Type == nil {
			continue
		}
		switch *m.Type {
		case metaSingletonLogGroup, metaSingletonRetention:
			if cfn := defaultCfn(node); cfn != nil {
				cfn.AddPropertyOverride(jsii.String("RetentionInDays"), days)
			}
		case metaSingleton:
			fn, ok := node.Node().DefaultChild().(awslambda.CfnFunction)
			// Every AwsCustomResource of the stack marks the singleton;
			// one log group is enough (aws-cdk-lib fails on the second).
			if !ok || fn.LoggingConfig() != nil || fn.Node().TryFindChild(jsii.String("logGroup")) != nil {
				continue
			}
			lg := awslogs.NewLogGroup(fn, jsii.String("logGroup"), &awslogs.LogGroupProps{Retention: a.retention})
			lg.Node().AddMetadata(jsii.String(metaSingletonLogGroup), true, nil)
			// aws-cdk-lib overrides LoggingConfig, which keeps the L1's
			// property order; setting the property does the same here.
			fn.SetLoggingConfig(&awslambda.CfnFunction_LoggingConfigProperty{LogGroup: lg.LogGroupName()})
		}
	}
}

// CustomResourceRemovalPolicy is the aspect of AddRemovalPolicy.
type CustomResourceRemovalPolicy interface {
	awscdk.IAspect
}

type removalPolicyAspect struct{ policy awscdk.RemovalPolicy }

// NewCustomResourceRemovalPolicy is the aspect setting the removal policy
// of the handlers' log groups.
func NewCustomResourceRemovalPolicy(removalPolicy awscdk.RemovalPolicy) CustomResourceRemovalPolicy {
	return &removalPolicyAspect{policy: removalPolicy}
}

// NewCustomResourceRemovalPolicy_Override initialises outer, a type embedding CustomResourceRemovalPolicy.
func NewCustomResourceRemovalPolicy_Override(c CustomResourceRemovalPolicy, removalPolicy awscdk.RemovalPolicy) {
	l2.Override(c, NewCustomResourceRemovalPolicy(removalPolicy))
}

func (a *removalPolicyAspect) Visit(node constructs.IConstruct) {
	for _, m := range metadataOf(node) {
		if m != nil && m.Type != nil && *m.Type == metaSingletonLogGroup {
			if cfn := defaultCfn(node); cfn != nil {
				cfn.ApplyRemovalPolicy(a.policy, nil)
			}
		}
	}
}

// CustomResourceLambdaRuntime is the aspect of AddLambdaRuntime.
type CustomResourceLambdaRuntime interface {
	awscdk.IAspect
}

type lambdaRuntimeAspect struct{ runtime awslambda.Runtime }

// NewCustomResourceLambdaRuntime is the aspect setting the runtime of the
// handlers of lambdaRuntime's family.
func NewCustomResourceLambdaRuntime(lambdaRuntime awslambda.Runtime) CustomResourceLambdaRuntime {
	return &lambdaRuntimeAspect{runtime: lambdaRuntime}
}

// NewCustomResourceLambdaRuntime_Override initialises outer, a type embedding CustomResourceLambdaRuntime.
func NewCustomResourceLambdaRuntime_Override(c CustomResourceLambdaRuntime, lambdaRuntime awslambda.Runtime) {
	l2.Override(c, NewCustomResourceLambdaRuntime(lambdaRuntime))
}

func (a *lambdaRuntimeAspect) Visit(node constructs.IConstruct) {
	if a.runtime == nil {
		return
	}
	for _, m := range metadataOf(node) {
		if m == nil || m.Type == nil || *m.Type != metaRuntimeFamily {
			continue
		}
		if fam, ok := m.Data.(int); ok && fam == familyOrdinal(a.runtime.Family()) {
			if cfn := defaultCfn(node); cfn != nil {
				cfn.AddPropertyOverride(jsii.String("Runtime"), *a.runtime.ToString())
			}
		}
	}
}

// retentionDays is each awslogs.RetentionDays in days, the value
// aws-cdk-lib's enum carries.
var retentionDays = map[awslogs.RetentionDays]int{
	"ONE_DAY": 1, "THREE_DAYS": 3, "FIVE_DAYS": 5, "ONE_WEEK": 7, "TWO_WEEKS": 14, "ONE_MONTH": 30,
	"TWO_MONTHS": 60, "THREE_MONTHS": 90, "FOUR_MONTHS": 120, "FIVE_MONTHS": 150, "SIX_MONTHS": 180,
	"ONE_YEAR": 365, "THIRTEEN_MONTHS": 400, "EIGHTEEN_MONTHS": 545, "TWO_YEARS": 731, "THREE_YEARS": 1096,
	"FIVE_YEARS": 1827, "SIX_YEARS": 2192, "SEVEN_YEARS": 2557, "EIGHT_YEARS": 2922, "NINE_YEARS": 3288,
	"TEN_YEARS": 3653, "INFINITE": 9999,
}
