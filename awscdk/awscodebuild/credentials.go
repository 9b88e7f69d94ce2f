package awscodebuild

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// GitHubSourceCredentialsProps configure NewGitHubSourceCredentials.
type GitHubSourceCredentialsProps struct {
	// A GitHub personal access token.
	AccessToken awscdk.SecretValue `field:"required" json:"accessToken" yaml:"accessToken"`
}

// GitHubEnterpriseSourceCredentialsProps configure NewGitHubEnterpriseSourceCredentials.
type GitHubEnterpriseSourceCredentialsProps struct {
	// A GitHub Enterprise personal access token.
	AccessToken awscdk.SecretValue `field:"required" json:"accessToken" yaml:"accessToken"`
}

// BitBucketSourceCredentialsProps configure NewBitBucketSourceCredentials.
type BitBucketSourceCredentialsProps struct {
	Password awscdk.SecretValue `field:"required" json:"password" yaml:"password"`
	Username awscdk.SecretValue `field:"required" json:"username" yaml:"username"`
}

// GitHubSourceCredentials are the account's credentials for GitHub sources
// (one per account and region).
type GitHubSourceCredentials interface{ awscdk.Resource }

// GitHubEnterpriseSourceCredentials are the account's credentials for
// GitHub Enterprise sources.
type GitHubEnterpriseSourceCredentials interface{ awscdk.Resource }

// BitBucketSourceCredentials are the account's credentials for Bitbucket sources.
type BitBucketSourceCredentials interface{ awscdk.Resource }

type sourceCredentials struct{ awscdk.Resource }

func newSourceCredentials(scope constructs.Construct, id *string, cfn *CfnSourceCredentialProps) *sourceCredentials {
	c := &sourceCredentials{}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	NewCfnSourceCredential(c, jsii.String("Resource"), cfn)
	return c
}

func GitHubSourceCredentials_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codebuild.GitHubSourceCredentials")
}

// NewGitHubSourceCredentials stores a GitHub access token for CodeBuild.
func NewGitHubSourceCredentials(scope constructs.Construct, id *string, props *GitHubSourceCredentialsProps) GitHubSourceCredentials {
	props = l2.Inject(*GitHubSourceCredentials_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.AccessToken == nil {
		l2.RequireProps(scope, id, "GitHubSourceCredentialsProps", "AccessToken")
	}
	return newSourceCredentials(scope, id, &CfnSourceCredentialProps{ServerType: jsii.String("GITHUB"),
		AuthType: jsii.String("PERSONAL_ACCESS_TOKEN"), Token: props.AccessToken.UnsafeUnwrap()})
}

func GitHubEnterpriseSourceCredentials_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codebuild.GitHubEnterpriseSourceCredentials")
}

// NewGitHubEnterpriseSourceCredentials stores a GitHub Enterprise access token for CodeBuild.
func NewGitHubEnterpriseSourceCredentials(scope constructs.Construct, id *string, props *GitHubEnterpriseSourceCredentialsProps) GitHubEnterpriseSourceCredentials {
	props = l2.Inject(*GitHubEnterpriseSourceCredentials_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.AccessToken == nil {
		l2.RequireProps(scope, id, "GitHubEnterpriseSourceCredentialsProps", "AccessToken")
	}
	return newSourceCredentials(scope, id, &CfnSourceCredentialProps{ServerType: jsii.String("GITHUB_ENTERPRISE"),
		AuthType: jsii.String("PERSONAL_ACCESS_TOKEN"), Token: props.AccessToken.UnsafeUnwrap()})
}

func BitBucketSourceCredentials_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codebuild.BitBucketSourceCredentials")
}

// NewBitBucketSourceCredentials stores a Bitbucket user name and app password for CodeBuild.
func NewBitBucketSourceCredentials(scope constructs.Construct, id *string, props *BitBucketSourceCredentialsProps) BitBucketSourceCredentials {
	props = l2.Inject(*BitBucketSourceCredentials_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Username == nil || props.Password == nil {
		l2.RequireProps(scope, id, "BitBucketSourceCredentialsProps", "Username", "Password")
	}
	return newSourceCredentials(scope, id, &CfnSourceCredentialProps{ServerType: jsii.String("BITBUCKET"),
		AuthType: jsii.String("BASIC_AUTH"), Username: props.Username.UnsafeUnwrap(), Token: props.Password.UnsafeUnwrap()})
}

func GitHubSourceCredentials_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
func GitHubSourceCredentials_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func GitHubSourceCredentials_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func GitHubEnterpriseSourceCredentials_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
func GitHubEnterpriseSourceCredentials_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func GitHubEnterpriseSourceCredentials_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
func BitBucketSourceCredentials_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
func BitBucketSourceCredentials_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func BitBucketSourceCredentials_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}

// UntrustedCodeBoundaryPolicyProps configure NewUntrustedCodeBoundaryPolicy.
type UntrustedCodeBoundaryPolicyProps struct {
	// Statements added to the boundary's own.
	AdditionalStatements *[]awsiam.PolicyStatement `field:"optional" json:"additionalStatements" yaml:"additionalStatements"`
	// Default: generated by CloudFormation.
	ManagedPolicyName *string `field:"optional" json:"managedPolicyName" yaml:"managedPolicyName"`
}

// UntrustedCodeBoundaryPolicy is a managed policy meant as the permissions
// boundary of projects that build untrusted code.
type UntrustedCodeBoundaryPolicy interface{ awsiam.ManagedPolicy }

func UntrustedCodeBoundaryPolicy_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-codebuild.UntrustedCodeBoundaryPolicy")
}

// NewUntrustedCodeBoundaryPolicy creates the boundary policy.
func NewUntrustedCodeBoundaryPolicy(scope constructs.Construct, id *string, props *UntrustedCodeBoundaryPolicyProps) UntrustedCodeBoundaryPolicy {
	props = l2.Inject(*UntrustedCodeBoundaryPolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &UntrustedCodeBoundaryPolicyProps{}
	}
	statements := []awsiam.PolicyStatement{awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Actions: jsii.Strings("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents",
			"codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport", "codebuild:BatchPutTestCases",
			"codebuild:BatchPutCodeCoverages", "codebuild:StartBuild", "codebuild:StopBuild", "codebuild:RetryBuild",
			"ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability",
			"ec2:CreateNetworkInterfacePermission", "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
			"ec2:DeleteNetworkInterface", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeDhcpOptions",
			"ec2:DescribeVpcs"),
		Resources: jsii.Strings("*"),
	})}
	if props.AdditionalStatements != nil {
		statements = append(statements, *props.AdditionalStatements...)
	}
	return awsiam.NewManagedPolicy(scope, id, &awsiam.ManagedPolicyProps{
		ManagedPolicyName: props.ManagedPolicyName,
		Description:       jsii.String("Permissions Boundary Policy for CodeBuild Projects running untrusted code"),
		Statements:        &statements,
	})
}

func UntrustedCodeBoundaryPolicy_FromAwsManagedPolicyName(managedPolicyName *string) awsiam.IManagedPolicy {
	return awsiam.ManagedPolicy_FromAwsManagedPolicyName(managedPolicyName)
}
func UntrustedCodeBoundaryPolicy_FromManagedPolicyArn(scope constructs.Construct, id *string, managedPolicyArn *string) awsiam.IManagedPolicy {
	return awsiam.ManagedPolicy_FromManagedPolicyArn(scope, id, managedPolicyArn)
}
func UntrustedCodeBoundaryPolicy_FromManagedPolicyName(scope constructs.Construct, id *string, managedPolicyName *string) awsiam.IManagedPolicy {
	return awsiam.ManagedPolicy_FromManagedPolicyName(scope, id, managedPolicyName)
}
func UntrustedCodeBoundaryPolicy_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
func UntrustedCodeBoundaryPolicy_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
func UntrustedCodeBoundaryPolicy_IsResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(c)
}
