package awscdk

import "github.com/strata-cdk/strata/constructs"

// RemovalPolicyProps filter which resources RemovalPolicies changes.
type RemovalPolicyProps struct {
	// Only resources of these CloudFormation types. Default: all.
	ApplyToResourceTypes *[]*string `field:"optional" json:"applyToResourceTypes" yaml:"applyToResourceTypes"`
	// Never resources of these types.
	ExcludeResourceTypes *[]*string `field:"optional" json:"excludeResourceTypes" yaml:"excludeResourceTypes"`
	// The aspect's priority. Default: AspectPriority_MUTATING.
	Priority *float64 `field:"optional" json:"priority" yaml:"priority"`
}

// RemovalPolicies sets the removal policy of every L1 resource under a
// scope, through an aspect.
type RemovalPolicies interface {
	Apply(policy RemovalPolicy, props *RemovalPolicyProps)
	Destroy(props *RemovalPolicyProps)
	Retain(props *RemovalPolicyProps)
	RetainOnUpdateOrDelete(props *RemovalPolicyProps)
	Snapshot(props *RemovalPolicyProps)
}

// MissingRemovalPolicies is RemovalPolicies for the resources that have no
// removal policy yet.
type MissingRemovalPolicies interface {
	RemovalPolicies
}

type removalPolicies struct {
	scope       constructs.IConstruct
	missingOnly bool
}

// RemovalPolicies_Of returns the removal policies of scope.
func RemovalPolicies_Of(scope constructs.IConstruct) RemovalPolicies {
	return &removalPolicies{scope: scope}
}

// MissingRemovalPolicies_Of returns the missing removal policies of scope.
func MissingRemovalPolicies_Of(scope constructs.IConstruct) MissingRemovalPolicies {
	return &removalPolicies{scope: scope, missingOnly: true}
}

func (r *removalPolicies) Apply(policy RemovalPolicy, props *RemovalPolicyProps) {
	if r.scope == nil || isNilValue(r.scope) {
		panicf("", "RemovalPolicies needs a scope")
	}
	if props == nil {
		props = &RemovalPolicyProps{}
	}
	prio := mutatingPriority(r.scope)
	if r.missingOnly {
		prio = *AspectPriority_MUTATING()
		if props.Priority != nil {
			Annotations_Of(r.scope).AddWarningV2(str("Warning MissingRemovalPolicies with priority in "+*r.scope.Node().Path()),
				str("Applying a MissingRemovalPolicy with `priority` can lead to unexpected behavior since it only applies to resources without existing policies. Please refer to the documentation for more details."))
		}
	}
	if props.Priority != nil {
		prio = *props.Priority
	}
	Aspects_Of(r.scope).Add(&removalPolicyAspect{policy: policy, props: *props, missingOnly: r.missingOnly}, &AspectOptions{Priority: jsiiNum(prio)})
}

func (r *removalPolicies) Destroy(props *RemovalPolicyProps) { r.Apply(RemovalPolicy_DESTROY, props) }
func (r *removalPolicies) Retain(props *RemovalPolicyProps)  { r.Apply(RemovalPolicy_RETAIN, props) }
func (r *removalPolicies) Snapshot(props *RemovalPolicyProps) {
	r.Apply(RemovalPolicy_SNAPSHOT, props)
}
func (r *removalPolicies) RetainOnUpdateOrDelete(props *RemovalPolicyProps) {
	r.Apply(RemovalPolicy_RETAIN_ON_UPDATE_OR_DELETE, props)
}

type removalPolicyAspect struct {
	policy      RemovalPolicy
	props       RemovalPolicyProps
	missingOnly bool
}

func (a *removalPolicyAspect) Visit(node constructs.IConstruct) {
	res, ok := node.(CfnResource)
	if !ok {
		return
	}
	typ := deref(res.CfnResourceType())
	if containsStr(a.props.ExcludeResourceTypes, typ) {
		return
	}
	if a.props.ApplyToResourceTypes != nil && len(*a.props.ApplyToResourceTypes) > 0 && !containsStr(a.props.ApplyToResourceTypes, typ) {
		return
	}
	if a.missingOnly && (res.CfnOptions().DeletionPolicy() != "" || res.CfnOptions().UpdateReplacePolicy() != "") {
		return
	}
	res.ApplyRemovalPolicy(a.policy, nil)
}

// DockerBuildSecret carries DockerBuildSecret_FromSrc.
type DockerBuildSecret interface{}

type dockerBuildSecret struct{}

// NewDockerBuildSecret returns a DockerBuildSecret; its statics are what matter.
func NewDockerBuildSecret() DockerBuildSecret { return &dockerBuildSecret{} }

// NewDockerBuildSecret_Override creates a DockerBuildSecret for d.
func NewDockerBuildSecret_Override(d DockerBuildSecret) { overrideValue(d, NewDockerBuildSecret()) }

// CfnCapabilities are the capabilities a stack set may need.
type CfnCapabilities string

const (
	CfnCapabilities_NONE          CfnCapabilities = "NONE"
	CfnCapabilities_ANONYMOUS_IAM CfnCapabilities = "ANONYMOUS_IAM"
	CfnCapabilities_NAMED_IAM     CfnCapabilities = "NAMED_IAM"
	CfnCapabilities_AUTO_EXPAND   CfnCapabilities = "AUTO_EXPAND"
)
