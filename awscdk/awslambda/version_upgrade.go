package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// FunctionVersionUpgrade is an aspect that forces a new version of every
// function it visits by appending "version-hash:<hash>" to the function's
// Description — for flipping a feature flag that changes how versions are
// hashed without colliding with versions already published. It acts on a
// function when the flag's value in the function's scope equals enabled.
type FunctionVersionUpgrade interface {
	awscdk.IAspect
	Visit(node constructs.IConstruct)
}

type functionVersionUpgrade struct {
	flag    string
	enabled bool
}

// NewFunctionVersionUpgrade makes the aspect for featureFlag; enabled
// defaults to true.
func NewFunctionVersionUpgrade(featureFlag *string, enabled *bool) FunctionVersionUpgrade {
	u := &functionVersionUpgrade{flag: deref(featureFlag), enabled: true}
	if enabled != nil {
		u.enabled = *enabled
	}
	return u
}

// NewFunctionVersionUpgrade_Override initialises outer, a type embedding FunctionVersionUpgrade.
func NewFunctionVersionUpgrade_Override(outer FunctionVersionUpgrade, featureFlag *string, enabled *bool) {
	l2.Override(outer, NewFunctionVersionUpgrade(featureFlag, enabled))
}

func (u *functionVersionUpgrade) Visit(node constructs.IConstruct) {
	f, ok := node.(*function)
	if !ok || *awscdk.FeatureFlags_Of(f).IsEnabled(jsii.String(u.flag)) != u.enabled {
		return
	}
	desc := ""
	if d := f.resource.Description(); d != nil && *d != "" {
		desc = *d + " "
	}
	f.resource.AddPropertyOverride(jsii.String("Description"), desc+"version-hash:"+f.functionHash(""))
}
