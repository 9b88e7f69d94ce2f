package awssecretsmanager

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// ResourcePolicyProps define a secret's resource policy.
type ResourcePolicyProps struct {
	Secret ISecret `field:"required" json:"secret" yaml:"secret"`
}

// ResourcePolicy is a secret's resource policy (AWS::SecretsManager::ResourcePolicy).
type ResourcePolicy interface {
	awscdk.Resource
	// Document is the policy; add statements to it.
	Document() awsiam.PolicyDocument
}

type resourcePolicy struct {
	awscdk.Resource
	document awsiam.PolicyDocument
}

// ResourcePolicy_PROPERTY_INJECTION_ID is the id property injectors use for ResourcePolicy.
func ResourcePolicy_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-secretsmanager.ResourcePolicy")
}

// NewResourcePolicy creates a resource policy for a secret.
func NewResourcePolicy(scope constructs.Construct, id *string, props *ResourcePolicyProps) ResourcePolicy {
	props = l2.Inject(*ResourcePolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	p := &resourcePolicy{document: awsiam.NewPolicyDocument(nil)}
	p.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(p.Resource, p)
	if props == nil || props.Secret == nil {
		throw(p, "ResourcePolicy needs a secret")
	}
	NewCfnResourcePolicy(p, str("Resource"), &CfnResourcePolicyProps{ResourcePolicy: p.document, SecretId: props.Secret.SecretArn()})
	return p
}

func (p *resourcePolicy) Document() awsiam.PolicyDocument { return p.document }
