package awslogs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// ResourcePolicyProps are the props of NewResourcePolicy.
type ResourcePolicyProps struct {
	PolicyStatements   *[]awsiam.PolicyStatement `field:"optional" json:"policyStatements" yaml:"policyStatements"`
	ResourcePolicyName *string                   `field:"optional" json:"resourcePolicyName" yaml:"resourcePolicyName"`
}

// ResourcePolicy is the account's CloudWatch Logs resource policy
// (AWS::Logs::ResourcePolicy): its document is written as a JSON string.
type ResourcePolicy interface {
	awscdk.Resource
	Document() awsiam.PolicyDocument
}

type resourcePolicy struct {
	awscdk.Resource
	document awsiam.PolicyDocument
}

func (p *resourcePolicy) Document() awsiam.PolicyDocument { return p.document }

type produceFunc func() *string

func (f produceFunc) Produce() *string { return f() }

// NewResourcePolicy creates a resource policy, named after its unique ID
// unless ResourcePolicyName says otherwise.
func NewResourcePolicy(scope constructs.Construct, id *string, props *ResourcePolicyProps) ResourcePolicy {
	props = l2.Inject(*ResourcePolicy_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		props = &ResourcePolicyProps{}
	}
	p := &resourcePolicy{document: awsiam.NewPolicyDocument(nil)}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.ResourcePolicyName})
	host.Set(p.Resource, p)
	name := props.ResourcePolicyName
	l1 := NewCfnResourcePolicy(p, str("ResourcePolicy"), &CfnResourcePolicyProps{
		PolicyName: awscdk.Lazy_String(produceFunc(func() *string {
			if name != nil {
				return name
			}
			return awscdk.Names_UniqueId(p)
		}), nil),
		PolicyDocument: awscdk.Lazy_String(produceFunc(func() *string { return stringify(p.document) }), nil),
	})
	p.Node().SetDefaultChild(l1)
	// An empty document leaves PolicyDocument out, which aws-cdk-lib
	// rejects when it resolves the L1's props.
	l1.Node().AddValidation(l2.Validation(func() []string {
		if *p.document.IsEmpty() {
			return []string{"Resolution error: Supplied properties not correct for \"CfnResourcePolicyProps\"\n  policyDocument: required but missing."}
		}
		return nil
	}))
	if props.PolicyStatements != nil {
		p.document.AddStatements(*props.PolicyStatements...)
	}
	return p
}

// NewResourcePolicy_Override initialises a type embedding ResourcePolicy.
func NewResourcePolicy_Override(p ResourcePolicy, scope constructs.Construct, id *string, props *ResourcePolicyProps) {
	l2.Override(p, NewResourcePolicy(scope, id, props))
}

// stringify writes a policy document as JSON.stringify does, tokens left
// in place as their string encodings (resolved later into Fn::Join).
func stringify(d awsiam.PolicyDocument) *string {
	v := d.ToJSON()
	if v == nil {
		return nil
	}
	b, err := ojson.Marshal(v, "")
	if err != nil {
		panic(err)
	}
	return str(string(b))
}
