package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// InstanceRequireImdsv2AspectProps configure NewInstanceRequireImdsv2Aspect.
type InstanceRequireImdsv2AspectProps struct {
	SuppressLaunchTemplateWarning *bool `field:"optional" json:"suppressLaunchTemplateWarning" yaml:"suppressLaunchTemplateWarning"`
	SuppressWarnings              *bool `field:"optional" json:"suppressWarnings" yaml:"suppressWarnings"`
}

// InstanceRequireImdsv2Aspect makes instances require IMDSv2 by giving
// each a launch template whose metadata options require session tokens.
type InstanceRequireImdsv2Aspect interface {
	awscdk.IAspect
	SuppressWarnings() *bool
	Visit(node constructs.IConstruct)
	Warn(node constructs.IConstruct, message *string)
}

type instanceImdsv2Aspect struct {
	suppress, suppressLT bool
}

// NewInstanceRequireImdsv2Aspect creates the aspect; add it with awscdk.Aspects_Of.
func NewInstanceRequireImdsv2Aspect(props *InstanceRequireImdsv2AspectProps) InstanceRequireImdsv2Aspect {
	a := &instanceImdsv2Aspect{}
	if props != nil {
		a.suppress, a.suppressLT = truthy(props.SuppressWarnings), truthy(props.SuppressLaunchTemplateWarning)
	}
	return a
}

func (a *instanceImdsv2Aspect) SuppressWarnings() *bool { return boolp(a.suppress) }

func (a *instanceImdsv2Aspect) Warn(node constructs.IConstruct, message *string) {
	if a.suppressLT || a.suppress {
		return
	}
	awscdk.Annotations_Of(node).AddWarningV2(str("@aws-cdk/aws-ec2:imdsv2RequireImdsv2Aspect"),
		str("RequireImdsv2Aspect failed on node "+deref(node.Node().Id())+": "+deref(message)))
}

func (a *instanceImdsv2Aspect) Visit(node constructs.IConstruct) {
	inst, ok := host.Of(node).(*instance)
	if !ok {
		return
	}
	if inst.res.LaunchTemplate() != nil {
		a.Warn(inst, str("Cannot toggle IMDSv1 because this Instance is associated with an existing Launch Template."))
		return
	}
	lt := NewCfnLaunchTemplate(inst, str("LaunchTemplate"), &CfnLaunchTemplateProps{
		LaunchTemplateData: &CfnLaunchTemplate_LaunchTemplateDataProperty{
			MetadataOptions: &CfnLaunchTemplate_MetadataOptionsProperty{HttpTokens: str("required")},
		},
	})
	if featureEnabled(inst, "@aws-cdk/aws-ec2:uniqueImdsv2TemplateName") {
		lt.SetLaunchTemplateName(awscdk.Names_UniqueId(lt))
	} else {
		lt.SetLaunchTemplateName(str(deref(inst.Node().Id()) + "LaunchTemplate"))
	}
	inst.res.SetLaunchTemplate(&CfnInstance_LaunchTemplateSpecificationProperty{LaunchTemplateName: lt.LaunchTemplateName(),
		Version: awscdk.Token_AsString(lt.GetAtt(str("LatestVersionNumber"), ""), nil)})
}

// mutatingAspectPriority is the priority aws-cdk-lib gives its mutating
// aspects under the @aws-cdk/core:aspectPrioritiesMutating flag.
func mutatingAspectPriority(c constructs.IConstruct) *float64 {
	if v, ok := c.Node().TryGetContext(str("@aws-cdk/core:aspectPrioritiesMutating")).(bool); ok && v {
		return num(200)
	}
	return num(500)
}

// LaunchTemplateRequireImdsv2AspectProps configure NewLaunchTemplateRequireImdsv2Aspect.
type LaunchTemplateRequireImdsv2AspectProps struct {
	SuppressWarnings *bool `field:"optional" json:"suppressWarnings" yaml:"suppressWarnings"`
}

// LaunchTemplateRequireImdsv2Aspect makes launch templates require IMDSv2
// by setting their metadata options' HttpTokens to "required".
type LaunchTemplateRequireImdsv2Aspect interface {
	awscdk.IAspect
	SuppressWarnings() *bool
	Visit(node constructs.IConstruct)
	Warn(node constructs.IConstruct, message *string)
}

type launchTemplateImdsv2Aspect struct{ suppress bool }

// NewLaunchTemplateRequireImdsv2Aspect creates the aspect; add it with awscdk.Aspects_Of.
func NewLaunchTemplateRequireImdsv2Aspect(props *LaunchTemplateRequireImdsv2AspectProps) LaunchTemplateRequireImdsv2Aspect {
	a := &launchTemplateImdsv2Aspect{}
	if props != nil {
		a.suppress = truthy(props.SuppressWarnings)
	}
	return a
}

// NewLaunchTemplateRequireImdsv2Aspect_Override initialises a, a type embedding LaunchTemplateRequireImdsv2Aspect.
func NewLaunchTemplateRequireImdsv2Aspect_Override(a LaunchTemplateRequireImdsv2Aspect, props *LaunchTemplateRequireImdsv2AspectProps) {
	l2.Override(a, NewLaunchTemplateRequireImdsv2Aspect(props))
}

func (a *launchTemplateImdsv2Aspect) SuppressWarnings() *bool { return boolp(a.suppress) }

func (a *launchTemplateImdsv2Aspect) Warn(node constructs.IConstruct, message *string) {
	if a.suppress {
		return
	}
	awscdk.Annotations_Of(node).AddWarningV2(str("@aws-cdk/aws-ec2:imdsv2RequireImdsv2Aspect"),
		str("RequireImdsv2Aspect failed on node "+deref(node.Node().Id())+": "+deref(message)))
}

func (a *launchTemplateImdsv2Aspect) Visit(node constructs.IConstruct) {
	if _, ok := host.Of(node).(*launchTemplate); !ok {
		return
	}
	res, ok := node.Node().TryFindChild(str("Resource")).(CfnLaunchTemplate)
	if !ok {
		return
	}
	data, ok := res.LaunchTemplateData().(*CfnLaunchTemplate_LaunchTemplateDataProperty)
	if !ok {
		a.Warn(node, str("LaunchTemplateData is a CDK token."))
		return
	}
	var opts CfnLaunchTemplate_MetadataOptionsProperty
	switch m := data.MetadataOptions.(type) {
	case nil:
	case *CfnLaunchTemplate_MetadataOptionsProperty:
		if m != nil {
			opts = *m
		}
	default:
		a.Warn(node, str("LaunchTemplateData.MetadataOptions is a CDK token."))
		return
	}
	opts.HttpTokens = str("required")
	nd := *data
	nd.MetadataOptions = &opts
	res.SetLaunchTemplateData(&nd)
}
