package awscodepipeline

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// CustomActionProperty is a configuration property of a custom action type.
type CustomActionProperty struct {
	Name        *string `field:"required" json:"name" yaml:"name"`
	Required    *bool   `field:"required" json:"required" yaml:"required"`
	Description *string `field:"optional" json:"description" yaml:"description"`
	// Default: false.
	Key       *bool `field:"optional" json:"key" yaml:"key"`
	Queryable *bool `field:"optional" json:"queryable" yaml:"queryable"`
	// Default: false.
	Secret *bool   `field:"optional" json:"secret" yaml:"secret"`
	Type   *string `field:"optional" json:"type" yaml:"type"`
}

// CustomActionRegistrationProps are the props of NewCustomActionRegistration.
type CustomActionRegistrationProps struct {
	ArtifactBounds   *ActionArtifactBounds    `field:"required" json:"artifactBounds" yaml:"artifactBounds"`
	Category         ActionCategory           `field:"required" json:"category" yaml:"category"`
	Provider         *string                  `field:"required" json:"provider" yaml:"provider"`
	ActionProperties *[]*CustomActionProperty `field:"optional" json:"actionProperties" yaml:"actionProperties"`
	EntityUrl        *string                  `field:"optional" json:"entityUrl" yaml:"entityUrl"`
	ExecutionUrl     *string                  `field:"optional" json:"executionUrl" yaml:"executionUrl"`
	// Default: "1".
	Version *string `field:"optional" json:"version" yaml:"version"`
}

// CustomActionRegistration registers a custom action type (AWS::CodePipeline::CustomActionType).
type CustomActionRegistration interface {
	constructs.Construct
}

type customActionRegistration struct{ constructs.Construct }

// NewCustomActionRegistration registers a custom action type.
func NewCustomActionRegistration(scope constructs.Construct, id *string, props *CustomActionRegistrationProps) CustomActionRegistration {
	if props == nil || props.ArtifactBounds == nil {
		l2.RequireProps(scope, id, "CustomActionRegistrationProps", "ArtifactBounds", "Category", "Provider")
	}
	c := &customActionRegistration{Construct: constructs.NewConstruct(scope, id)}
	host.Set(c.Construct, c)
	version := props.Version
	if version == nil || *version == "" {
		version = jsii.String("1")
	}
	b := props.ArtifactBounds
	cfn := &CfnCustomActionTypeProps{
		Category:              jsii.String(categoryName(props.Category)),
		InputArtifactDetails:  &CfnCustomActionType_ArtifactDetailsProperty{MinimumCount: b.MinInputs, MaximumCount: b.MaxInputs},
		OutputArtifactDetails: &CfnCustomActionType_ArtifactDetailsProperty{MinimumCount: b.MinOutputs, MaximumCount: b.MaxOutputs},
		Provider:              props.Provider,
		Version:               version,
		Settings:              &CfnCustomActionType_SettingsProperty{EntityUrlTemplate: props.EntityUrl, ExecutionUrlTemplate: props.ExecutionUrl},
	}
	if props.ActionProperties != nil {
		list := make([]interface{}, 0, len(*props.ActionProperties))
		for _, ap := range *props.ActionProperties {
			if ap == nil {
				continue
			}
			key, secret := jsii.Bool(false), jsii.Bool(false)
			if ap.Key != nil {
				key = ap.Key
			}
			if ap.Secret != nil {
				secret = ap.Secret
			}
			p := &CfnCustomActionType_ConfigurationPropertiesProperty{Name: ap.Name, Required: ap.Required, Description: ap.Description,
				Key: key, Secret: secret, Type: ap.Type}
			if ap.Queryable != nil {
				p.Queryable = ap.Queryable
			}
			list = append(list, p)
		}
		cfn.ConfigurationProperties = &list
	}
	NewCfnCustomActionType(c, jsii.String("Resource"), cfn)
	return c
}

// NewCustomActionRegistration_Override initialises outer, a type embedding CustomActionRegistration.
func NewCustomActionRegistration_Override(c CustomActionRegistration, scope constructs.Construct, id *string, props *CustomActionRegistrationProps) {
	override(c, NewCustomActionRegistration(scope, id, props))
}

// CustomActionRegistration_IsConstruct reports whether x is a construct.
func CustomActionRegistration_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}
