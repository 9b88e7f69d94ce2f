package awslogs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
)

// LogGroupGrants grants permissions on a log group: to the grantee's
// identity, or through the log group's resource policy when the grantee is
// in another account.
type LogGroupGrants interface {
	PolicyResource() awsiam.IResourceWithPolicyV2
	Resource() interfacesawslogs.ILogGroupRef
	Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant
	Read(grantee awsiam.IGrantable) awsiam.Grant
	Write(grantee awsiam.IGrantable) awsiam.Grant
}

type logGroupGrants struct {
	resource interfacesawslogs.ILogGroupRef
	policy   awsiam.IResourceWithPolicyV2
}

// LogGroupGrants_FromLogGroup returns the grants of a log group. A log
// group with a resource policy (an L2 LogGroup, imported or not) takes
// cross-account grants there; any other reference grants to identities only.
func LogGroupGrants_FromLogGroup(resource interfacesawslogs.ILogGroupRef) LogGroupGrants {
	g := &logGroupGrants{resource: resource}
	if p, ok := resource.(awsiam.IResourceWithPolicyV2); ok {
		g.policy = p
	}
	return g
}

func (g *logGroupGrants) PolicyResource() awsiam.IResourceWithPolicyV2 { return g.policy }
func (g *logGroupGrants) Resource() interfacesawslogs.ILogGroupRef     { return g.resource }

// Actions grants actions on the log group and its streams (or on
// options.ResourceArns).
func (g *logGroupGrants) Actions(grantee awsiam.IGrantable, actions *[]*string, options *awscdk.PermissionsOptions) awsiam.Grant {
	var arns []*string
	if options != nil && options.ResourceArns != nil {
		arns = *options.ResourceArns
	} else {
		arns = []*string{arnWithoutStreamSuffix(g.resource), g.resource.LogGroupRef().LogGroupArn}
	}
	if g.policy != nil {
		return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
			Grantee: grantee, Actions: actions, ResourceArns: &arns, Resource: g.policy,
		})
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: actions, ResourceArns: &arns})
}

// Write lets grantee create streams and put events.
func (g *logGroupGrants) Write(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, strs("logs:CreateLogStream", "logs:PutLogEvents"),
		&awscdk.PermissionsOptions{ResourceArns: &[]*string{g.resource.LogGroupRef().LogGroupArn}})
}

// Read lets grantee read the log group's events and fields.
func (g *logGroupGrants) Read(grantee awsiam.IGrantable) awsiam.Grant {
	return g.Actions(grantee, strs("logs:FilterLogEvents", "logs:GetLogEvents", "logs:GetLogGroupFields",
		"logs:DescribeLogGroups", "logs:DescribeLogStreams"), nil)
}

// arnWithoutStreamSuffix is the log group's ARN without ":*".
func arnWithoutStreamSuffix(r interfacesawslogs.ILogGroupRef) *string {
	ref := r.LogGroupRef()
	arn := ref.LogGroupArn
	if *awscdk.Token_IsUnresolved(arn) {
		env := r.Env()
		return awscdk.Arn_Format(&awscdk.ArnComponents{Service: str("logs"), Resource: str("log-group"), ResourceName: ref.LogGroupName,
			ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, Account: env.Account, Region: env.Region}, awscdk.Stack_Of(r))
	}
	return str(trimStreamSuffix(*arn))
}

func strs(v ...string) *[]*string {
	out := make([]*string, len(v))
	for i := range v {
		out[i] = str(v[i])
	}
	return &out
}
