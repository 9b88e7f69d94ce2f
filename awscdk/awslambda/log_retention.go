package awslambda

import (
	"embed"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/jsii"
)

// LogRetentionRetryOptions configure the retries of the log retention
// provider's AWS SDK calls.
type LogRetentionRetryOptions struct {
	// Deprecated: only MaxRetries is used.
	Base       awscdk.Duration `field:"optional" json:"base" yaml:"base"`
	MaxRetries *float64        `field:"optional" json:"maxRetries" yaml:"maxRetries"`
}

// logRetentionHandler is Strata's own handler of Custom::LogRetention
// (aws-cdk-lib's is a different program, so its asset hash differs).
//
//go:embed logretention/index.js
var logRetentionHandler embed.FS

// providerID is the id (and logical ID prefix) of the stack's one log
// retention provider, as aws-cdk-lib names it.
const providerID = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a"

// retentionDays are the days of each RetentionDays.
var retentionDays = map[awslogs.RetentionDays]float64{
	"ONE_DAY": 1, "THREE_DAYS": 3, "FIVE_DAYS": 5, "ONE_WEEK": 7, "TWO_WEEKS": 14, "ONE_MONTH": 30, "TWO_MONTHS": 60,
	"THREE_MONTHS": 90, "FOUR_MONTHS": 120, "FIVE_MONTHS": 150, "SIX_MONTHS": 180, "ONE_YEAR": 365,
	"THIRTEEN_MONTHS": 400, "EIGHTEEN_MONTHS": 545, "TWO_YEARS": 731, "THREE_YEARS": 1096, "FIVE_YEARS": 1827,
	"SIX_YEARS": 2192, "SEVEN_YEARS": 2557, "EIGHT_YEARS": 2922, "NINE_YEARS": 3288, "TEN_YEARS": 3653,
}

type logRetentionProps struct {
	logGroupName *string
	retention    awslogs.RetentionDays
	role         awsiam.IRole
	retry        *LogRetentionRetryOptions
}

type logRetention struct {
	constructs.Construct
	logGroupArn *string
}

// newLogRetention sets the retention of a log group through the
// Custom::LogRetention resource, served by one provider function per stack.
func newLogRetention(scope constructs.Construct, id *string, p *logRetentionProps) *logRetention {
	l := &logRetention{Construct: constructs.NewConstruct(scope, id)}
	host.Set(l.Construct, l)
	provider := ensureLogRetentionProvider(l, p.role)
	res := awscdk.NewCfnResource(l, jsii.String("Resource"), &awscdk.CfnResourceProps{
		Type:       jsii.String("Custom::LogRetention"),
		Properties: &map[string]interface{}{"ServiceToken": provider},
	})
	// Overrides keep aws-cdk-lib's order of the properties.
	res.AddPropertyOverride(jsii.String("LogGroupName"), p.logGroupName)
	if p.retry != nil {
		res.AddPropertyOverride(jsii.String("SdkRetry"), map[string]interface{}{"maxRetries": p.retry.MaxRetries})
	}
	if p.retention != awslogs.RetentionDays_INFINITE {
		days, ok := retentionDays[p.retention]
		if !ok {
			addError(l, "unknown logRetention %q: use one of the awslogs.RetentionDays_* values", string(p.retention))
		}
		res.AddPropertyOverride(jsii.String("RetentionInDays"), days)
	}
	name := res.GetAtt(jsii.String("LogGroupName"), awscdk.ResolutionTypeHint_STRING).ToString()
	l.logGroupArn = awscdk.Stack_Of(l).FormatArn(&awscdk.ArnComponents{Service: jsii.String("logs"), Resource: jsii.String("log-group"),
		ResourceName: jsii.String(*name + ":*"), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	return l
}

// ensureLogRetentionProvider returns the ARN of the stack's provider
// function, creating it (with its role, or role) the first time.
func ensureLogRetentionProvider(scope constructs.IConstruct, role awsiam.IRole) *string {
	stack := awscdk.Stack_Of(scope)
	if existing, ok := stack.Node().TryFindChild(jsii.String(providerID)).(*logRetentionProvider); ok {
		return existing.arn
	}
	p := &logRetentionProvider{Construct: constructs.NewConstruct(stack, jsii.String(providerID))}
	host.Set(p.Construct, p)
	dir, err := handlers.Stage(logRetentionHandler, "logretention")
	if err != nil {
		throw(p, "cannot stage the log retention handler: %v", err)
	}
	asset := awss3assets.NewAsset(p, jsii.String("Code"), &awss3assets.AssetProps{Path: jsii.String(dir)})
	if role == nil {
		role = awsiam.NewRole(p, jsii.String("ServiceRole"), &awsiam.RoleProps{
			AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil),
			ManagedPolicies: &[]awsiam.IManagedPolicy{
				awsiam.ManagedPolicy_FromAwsManagedPolicyName(jsii.String("service-role/AWSLambdaBasicExecutionRole"))},
		})
	}
	role.AddToPrincipalPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("logs:PutRetentionPolicy", "logs:DeleteRetentionPolicy"), Resources: jsii.Strings("*")}))
	res := awscdk.NewCfnResource(p, jsii.String("Resource"), &awscdk.CfnResourceProps{
		Type:       jsii.String("AWS::Lambda::Function"),
		Properties: &map[string]interface{}{"Handler": "index.handler"},
	})
	res.AddPropertyOverride(jsii.String("Runtime"), determineLatestNodeRuntime(p).Name())
	res.AddPropertyOverride(jsii.String("Timeout"), 900)
	res.AddPropertyOverride(jsii.String("Code"), map[string]interface{}{"S3Bucket": asset.S3BucketName(), "S3Key": asset.S3ObjectKey()})
	res.AddPropertyOverride(jsii.String("Role"), role.RoleArn())
	asset.AddResourceMetadata(res, jsii.String("Code"))
	for _, child := range *role.Node().Children() {
		if c, ok := child.(awscdk.CfnResource); ok {
			res.AddDependency(c)
		} else if dc, ok := child.Node().DefaultChild().(awscdk.CfnResource); ok {
			res.AddDependency(dc)
		}
	}
	p.arn = res.GetAtt(jsii.String("Arn"), awscdk.ResolutionTypeHint_STRING).ToString()
	return p.arn
}

type logRetentionProvider struct {
	constructs.Construct
	arn *string
}
