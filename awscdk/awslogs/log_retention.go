package awslogs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/logretention"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// LogRetentionRetryOptions tune how the handler retries throttled calls.
type LogRetentionRetryOptions struct {
	Base       awscdk.Duration `field:"optional" json:"base" yaml:"base"`
	MaxRetries *float64        `field:"optional" json:"maxRetries" yaml:"maxRetries"`
}

// LogRetentionProps are the props of NewLogRetention.
type LogRetentionProps struct {
	LogGroupName             *string                   `field:"required" json:"logGroupName" yaml:"logGroupName"`
	Retention                RetentionDays             `field:"required" json:"retention" yaml:"retention"`
	LogGroupRegion           *string                   `field:"optional" json:"logGroupRegion" yaml:"logGroupRegion"`
	LogRetentionRetryOptions *LogRetentionRetryOptions `field:"optional" json:"logRetentionRetryOptions" yaml:"logRetentionRetryOptions"`
	RemovalPolicy            awscdk.RemovalPolicy      `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	Role                     awsiam.IRole              `field:"optional" json:"role" yaml:"role"`
}

// LogRetention sets the retention of a log group made outside
// CloudFormation (a Lambda function's, typically) through a
// Custom::LogRetention resource. One function per stack serves them all;
// its code is Strata's own, so its asset differs from aws-cdk-lib's.
type LogRetention interface {
	constructs.Construct
	LogGroupArn() *string
}

type logRetention struct {
	constructs.Construct
	arn *string
}

func (l *logRetention) LogGroupArn() *string { return l.arn }

// removalPolicyValues are the strings aws-cdk-lib's RemovalPolicy enum holds.
var removalPolicyValues = map[awscdk.RemovalPolicy]string{
	awscdk.RemovalPolicy_DESTROY: "destroy", awscdk.RemovalPolicy_RETAIN: "retain",
	awscdk.RemovalPolicy_SNAPSHOT: "snapshot", awscdk.RemovalPolicy_RETAIN_ON_UPDATE_OR_DELETE: "retain-on-update-or-delete",
}

// NewLogRetention creates a Custom::LogRetention resource.
func NewLogRetention(scope constructs.Construct, id *string, props *LogRetentionProps) LogRetention {
	props = l2.Inject(*LogRetention_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.LogGroupName == nil {
		l2.RequireProps(scope, id, "LogRetention", "LogGroupName", "Retention")
	}
	l := &logRetention{}
	l.Construct = constructs.NewConstruct(scope, id)
	host.Set(l.Construct, l)
	fn := retentionFunction(l, props.Role)
	if props.RemovalPolicy == awscdk.RemovalPolicy_DESTROY {
		fn.grantDeleteLogGroup(props.LogGroupName)
	}
	res := awscdk.NewCfnResource(l, str("Resource"), &awscdk.CfnResourceProps{
		Type:       str("Custom::LogRetention"),
		Properties: &map[string]interface{}{"ServiceToken": fn.arn},
	})
	// aws-cdk-lib writes the properties in this order, after ServiceToken.
	set := func(k string, v interface{}) { res.AddPropertyOverride(str(k), v) }
	set("LogGroupName", props.LogGroupName)
	if props.LogGroupRegion != nil {
		set("LogGroupRegion", props.LogGroupRegion)
	}
	if o := props.LogRetentionRetryOptions; o != nil {
		retry := map[string]interface{}{}
		if o.MaxRetries != nil {
			retry["maxRetries"] = o.MaxRetries
		}
		set("SdkRetry", retry)
	}
	if props.Retention != RetentionDays_INFINITE {
		days, ok := retentionValues[props.Retention]
		if !ok {
			l2.Throw(l, "unknown retention %q: use one of the RetentionDays_* values", string(props.Retention))
		}
		set("RetentionInDays", days)
	}
	if props.RemovalPolicy != "" {
		v, ok := removalPolicyValues[props.RemovalPolicy]
		if !ok {
			v = string(props.RemovalPolicy)
		}
		set("RemovalPolicy", v)
	}
	name := awscdk.Token_AsString(res.GetAtt(str("LogGroupName"), ""), nil)
	l.arn = awscdk.Stack_Of(l).FormatArn(&awscdk.ArnComponents{Region: props.LogGroupRegion, Service: str("logs"), Resource: str("log-group"),
		ResourceName: str(*name + ":*"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	return l
}

// NewLogRetention_Override initialises a type embedding LogRetention.
func NewLogRetention_Override(outer LogRetention, scope constructs.Construct, id *string, props *LogRetentionProps) {
	l2.Override(outer, NewLogRetention(scope, id, props))
}

// LogRetention_IsConstruct reports whether x is a construct.
func LogRetention_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// LogRetention_PROPERTY_INJECTION_ID is the id property injectors use for LogRetention.
func LogRetention_PROPERTY_INJECTION_ID() *string { return str("aws-cdk-lib.aws-log.LogRetention") }

// retentionFunctionID is the stack-level id of the shared function, as in aws-cdk-lib.
const retentionFunctionID = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a"

type retentionFn struct {
	constructs.Construct
	role awsiam.IRole
	arn  *string
}

// retentionFunction returns the stack's log retention function, made on first use.
func retentionFunction(scope constructs.IConstruct, role awsiam.IRole) *retentionFn {
	stack := awscdk.Stack_Of(scope)
	if existing, ok := stack.Node().TryFindChild(str(retentionFunctionID)).(*retentionFn); ok {
		return existing
	}
	f := &retentionFn{}
	f.Construct = constructs.NewConstruct(stack, str(retentionFunctionID))
	host.Set(f.Construct, f)
	asset := awss3assets.NewAsset(f, str("Code"), &awss3assets.AssetProps{Path: str(logretention.Dir())})
	if role == nil {
		role = awsiam.NewRole(f, str("ServiceRole"), &awsiam.RoleProps{
			AssumedBy:       awsiam.NewServicePrincipal(str("lambda.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{awsiam.ManagedPolicy_FromAwsManagedPolicyName(str("service-role/AWSLambdaBasicExecutionRole"))},
		})
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: strs("logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy"), Resources: strs("*"),
	}))
	f.role = role
	res := awscdk.NewCfnResource(f, str("Resource"), &awscdk.CfnResourceProps{
		Type:       str("AWS::Lambda::Function"),
		Properties: &map[string]interface{}{"Handler": "index.handler"},
	})
	// aws-cdk-lib's order: Handler, Runtime, Timeout, Code, Role.
	res.AddPropertyOverride(str("Runtime"), "nodejs24.x")
	res.AddPropertyOverride(str("Timeout"), 900)
	res.AddPropertyOverride(str("Code"), map[string]interface{}{"S3Bucket": asset.S3BucketName(), "S3Key": asset.S3ObjectKey()})
	res.AddPropertyOverride(str("Role"), role.RoleArn())
	f.arn = awscdk.Token_AsString(res.GetAtt(str("Arn"), ""), nil)
	asset.AddResourceMetadata(res, str("Code"))
	for _, child := range *role.Node().Children() {
		if c, ok := child.(awscdk.CfnResource); ok && *awscdk.CfnResource_IsCfnResource(child) {
			res.AddResourceDependency(c, nil)
			continue
		}
		if dc := child.Node().DefaultChild(); dc != nil {
			if c, ok := dc.(awscdk.CfnResource); ok {
				res.AddResourceDependency(c, nil)
			}
		}
	}
	return f
}

func (f *retentionFn) grantDeleteLogGroup(logGroupName *string) {
	f.role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: strs("logs:DeleteLogGroup"),
		Resources: &[]*string{awscdk.Stack_Of(f).FormatArn(&awscdk.ArnComponents{Service: str("logs"), Resource: str("log-group"),
			ResourceName: str(deref(logGroupName) + ":*"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})},
	}))
}
