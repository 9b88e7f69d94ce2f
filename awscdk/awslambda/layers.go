package awslambda

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslambda"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// LayerVersionPermission lets another account (or an organization) use a layer.
type LayerVersionPermission struct {
	// An account id, or "*" with OrganizationId.
	AccountId      *string `field:"required" json:"accountId" yaml:"accountId"`
	OrganizationId *string `field:"optional" json:"organizationId" yaml:"organizationId"`
}

// LayerVersionProps are the props of NewLayerVersion.
type LayerVersionProps struct {
	Description      *string              `field:"optional" json:"description" yaml:"description"`
	LayerVersionName *string              `field:"optional" json:"layerVersionName" yaml:"layerVersionName"`
	License          *string              `field:"optional" json:"license" yaml:"license"`
	RemovalPolicy    awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
	// The layer's content; inline code is not allowed.
	Code                    Code            `field:"required" json:"code" yaml:"code"`
	CompatibleArchitectures *[]Architecture `field:"optional" json:"compatibleArchitectures" yaml:"compatibleArchitectures"`
	CompatibleRuntimes      *[]Runtime      `field:"optional" json:"compatibleRuntimes" yaml:"compatibleRuntimes"`
}

// LayerVersionOptions are the options every layer version takes.
type LayerVersionOptions struct {
	Description      *string              `field:"optional" json:"description" yaml:"description"`
	LayerVersionName *string              `field:"optional" json:"layerVersionName" yaml:"layerVersionName"`
	License          *string              `field:"optional" json:"license" yaml:"license"`
	RemovalPolicy    awscdk.RemovalPolicy `field:"optional" json:"removalPolicy" yaml:"removalPolicy"`
}

// LayerVersionAttributes describe a layer version defined outside this app.
type LayerVersionAttributes struct {
	LayerVersionArn    *string    `field:"required" json:"layerVersionArn" yaml:"layerVersionArn"`
	CompatibleRuntimes *[]Runtime `field:"optional" json:"compatibleRuntimes" yaml:"compatibleRuntimes"`
}

// ILayerVersion is a Lambda layer version.
type ILayerVersion interface {
	awscdk.IResource
	interfacesawslambda.ILayerVersionRef
	CompatibleRuntimes() *[]Runtime
	LayerVersionArn() *string
	// AddPermission lets another account use the layer.
	AddPermission(id *string, permission *LayerVersionPermission)
}

// LayerVersion is a layer version defined in this app (AWS::Lambda::LayerVersion).
type LayerVersion interface {
	awscdk.Resource
	ILayerVersion
}

type layerVersion struct {
	awscdk.Resource
	arn      *string
	runtimes *[]Runtime
	cfnProps *CfnLayerVersionProps // what the L1 renders, for function version hashes
	all      bool                  // compatible with Runtime_ALL, as it is when asked
}

// LayerVersion_PROPERTY_INJECTION_ID is the id property injectors use for LayerVersion.
func LayerVersion_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-lambda.LayerVersion")
}

// NewLayerVersion creates a layer version.
func NewLayerVersion(scope constructs.Construct, id *string, props *LayerVersionProps) LayerVersion {
	props = l2.Inject(*LayerVersion_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil {
		l2.RequireProps(scope, id, "LayerVersion", "Code")
	}
	l := &layerVersion{}
	l.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: props.LayerVersionName})
	host.Set(l.Resource, l)
	if props.CompatibleRuntimes != nil && len(*props.CompatibleRuntimes) == 0 {
		addError(l, "Attempted to define a Lambda layer that supports no runtime!")
	}
	code := props.Code.Bind(l)
	if code.InlineCode != nil {
		addError(l, "Inline code is not supported for AWS Lambda layers")
	}
	if code.S3Location == nil {
		addError(l, "Code must define an S3 location")
		code.S3Location = &awss3.Location{}
	}
	cfn := &CfnLayerVersionProps{
		Content: &CfnLayerVersion_ContentProperty{
			S3Bucket: code.S3Location.BucketName, S3Key: code.S3Location.ObjectKey,
			S3ObjectVersion: code.S3Location.ObjectVersion, S3ObjectStorageMode: storageMode(code.S3ObjectStorageMode),
		},
		Description: props.Description,
		LayerName:   l.PhysicalName(),
		LicenseInfo: props.License,
	}
	if props.CompatibleRuntimes != nil {
		var names []*string
		for _, r := range *props.CompatibleRuntimes {
			names = append(names, r.Name())
		}
		cfn.CompatibleRuntimes = &names
	}
	if props.CompatibleArchitectures != nil {
		var names []*string
		for _, a := range *props.CompatibleArchitectures {
			names = append(names, a.Name())
		}
		cfn.CompatibleArchitectures = &names
	}
	res := NewCfnLayerVersion(l, jsii.String("Resource"), cfn)
	if props.RemovalPolicy != "" {
		res.ApplyRemovalPolicy(props.RemovalPolicy, nil)
	}
	props.Code.BindToResource(res, &ResourceBindOptions{ResourceProperty: jsii.String("Content")})
	l.arn = res.Ref()
	l.runtimes = props.CompatibleRuntimes
	l.cfnProps = cfn
	return l
}

func storageMode(m S3ObjectStorageMode) *string {
	if m == "" {
		return nil
	}
	return jsii.String(string(m))
}

func (l *layerVersion) LayerVersionArn() *string { return l.arn }
func (l *layerVersion) CompatibleRuntimes() *[]Runtime {
	if l.all {
		return Runtime_ALL()
	}
	return l.runtimes
}
func (l *layerVersion) LayerVersionRef() *interfacesawslambda.LayerVersionReference {
	return &interfacesawslambda.LayerVersionReference{LayerVersionArn: l.arn}
}
func (l *layerVersion) AddPermission(id *string, permission *LayerVersionPermission) {
	addLayerPermission(l, l.arn, id, permission)
}

func addLayerPermission(scope constructs.Construct, arn, id *string, p *LayerVersionPermission) {
	if p.OrganizationId != nil && deref(p.AccountId) != "*" {
		addError(scope, "OrganizationId can only be specified if AwsAccountId is '*', but it is %s", deref(p.AccountId))
	}
	NewCfnLayerVersionPermission(scope, id, &CfnLayerVersionPermissionProps{
		Action: jsii.String("lambda:GetLayerVersion"), LayerVersionArn: arn,
		Principal: p.AccountId, OrganizationId: p.OrganizationId,
	})
}

// LayerVersion_FromLayerVersionArn imports a layer version by ARN,
// compatible with every runtime.
func LayerVersion_FromLayerVersionArn(scope constructs.Construct, id *string, layerVersionArn *string) ILayerVersion {
	l := LayerVersion_FromLayerVersionAttributes(scope, id, &LayerVersionAttributes{LayerVersionArn: layerVersionArn, CompatibleRuntimes: Runtime_ALL()}).(*layerVersion)
	// aws-cdk-lib hands over Runtime.ALL itself, which grows with every runtime defined later.
	l.all = true
	return l
}

// LayerVersion_FromLayerVersionAttributes imports a layer version.
func LayerVersion_FromLayerVersionAttributes(scope constructs.Construct, id *string, attrs *LayerVersionAttributes) ILayerVersion {
	if attrs.CompatibleRuntimes != nil && len(*attrs.CompatibleRuntimes) == 0 {
		throw(scope, "Attempted to import a Lambda layer that supports no runtime!")
	}
	l := &layerVersion{arn: attrs.LayerVersionArn, runtimes: attrs.CompatibleRuntimes}
	l.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(l.Resource, l)
	return l
}
