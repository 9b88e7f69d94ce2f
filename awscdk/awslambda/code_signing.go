package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awssigner"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CodeSigningConfigProps are the props of NewCodeSigningConfig.
type CodeSigningConfigProps struct {
	// The profiles whose signatures are trusted.
	SigningProfiles *[]awssigner.ISigningProfile `field:"required" json:"signingProfiles" yaml:"signingProfiles"`
	Description     *string                      `field:"optional" json:"description" yaml:"description"`
	// Default: WARN.
	UntrustedArtifactOnDeployment UntrustedArtifactOnDeployment `field:"optional" json:"untrustedArtifactOnDeployment" yaml:"untrustedArtifactOnDeployment"`
}

// CodeSigningConfig says which signing profiles a function's code must be
// signed by (AWS::Lambda::CodeSigningConfig).
type CodeSigningConfig interface {
	awscdk.Resource
	ICodeSigningConfig
}

type codeSigningConfig struct {
	awscdk.Resource
	arn, id *string
}

func (c *codeSigningConfig) CodeSigningConfigArn() *string { return c.arn }
func (c *codeSigningConfig) CodeSigningConfigId() *string  { return c.id }
func (c *codeSigningConfig) CodeSigningConfigRef() *interfacesawslambda.CodeSigningConfigReference {
	return &interfacesawslambda.CodeSigningConfigReference{CodeSigningConfigArn: c.arn}
}

var untrustedValues = map[UntrustedArtifactOnDeployment]string{UntrustedArtifactOnDeployment_ENFORCE: "Enforce", UntrustedArtifactOnDeployment_WARN: "Warn"}

// NewCodeSigningConfig trusts the code props.SigningProfiles sign.
func NewCodeSigningConfig(scope constructs.Construct, id *string, props *CodeSigningConfigProps) CodeSigningConfig {
	props = l2.Inject(*CodeSigningConfig_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.SigningProfiles == nil {
		l2.RequireProps(scope, id, "CodeSigningConfig", "SigningProfiles")
	}
	c := &codeSigningConfig{Resource: awscdk.NewResource(scope, id, nil)}
	host.Set(c.Resource, c)
	arns := []*string{}
	for _, p := range *props.SigningProfiles {
		arns = append(arns, p.SigningProfileVersionArn())
	}
	policy := "Warn"
	if props.UntrustedArtifactOnDeployment != "" {
		policy = untrustedValues[props.UntrustedArtifactOnDeployment]
	}
	res := NewCfnCodeSigningConfig(c, jsii.String("Resource"), &CfnCodeSigningConfigProps{
		AllowedPublishers:   &CfnCodeSigningConfig_AllowedPublishersProperty{SigningProfileVersionArns: &arns},
		CodeSigningPolicies: &CfnCodeSigningConfig_CodeSigningPoliciesProperty{UntrustedArtifactOnDeployment: jsii.String(policy)},
		Description:         props.Description,
	})
	c.arn, c.id = res.AttrCodeSigningConfigArn(), res.AttrCodeSigningConfigId()
	return c
}

// NewCodeSigningConfig_Override initialises outer, a type embedding CodeSigningConfig.
func NewCodeSigningConfig_Override(outer CodeSigningConfig, scope constructs.Construct, id *string, props *CodeSigningConfigProps) {
	l2.Override(outer, NewCodeSigningConfig(scope, id, props))
}
