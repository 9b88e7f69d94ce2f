package awsapigateway

import (
	"crypto/md5"
	"encoding/hex"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// DeploymentProps are the props of NewDeployment.
type DeploymentProps struct {
	Api               IRestApi `field:"required" json:"api" yaml:"api"`
	Description       *string  `field:"optional" json:"description" yaml:"description"`
	RetainDeployments *bool    `field:"optional" json:"retainDeployments" yaml:"retainDeployments"`
	StageName         *string  `field:"optional" json:"stageName" yaml:"stageName"`
}

// Deployment is a snapshot of a REST API (AWS::ApiGateway::Deployment).
// Its logical ID carries a hash of the API's configuration, so that any
// change to the API makes CloudFormation create a new deployment.
type Deployment interface {
	awscdk.Resource
	Api() IRestApi
	DeploymentId() *string
	StageName() *string
	// AddToLogicalId adds data to the hash in the logical ID.
	AddToLogicalId(data interface{})
}

type deployment struct {
	awscdk.Resource
	api        IRestApi
	stageName  *string
	resource   CfnDeployment
	original   string
	components []interface{}
}

// Deployment_IsConstruct reports whether x is a construct.
func Deployment_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// Deployment_IsResource reports whether construct is a resource.
func Deployment_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// Deployment_IsOwnedResource reports whether construct is a resource created in this app.
func Deployment_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}

// Deployment_PROPERTY_INJECTION_ID identifies the class to property injectors.
func Deployment_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-apigateway.Deployment")
}

// NewDeployment creates a deployment of props.Api.
func NewDeployment(scope constructs.Construct, id *string, props *DeploymentProps) Deployment {
	props = l2.Inject(*Deployment_PROPERTY_INJECTION_ID(), props, scope, id)
	d := &deployment{}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	if props == nil || isNil(props.Api) {
		l2.Throw(d, "a Deployment needs props.Api")
	}
	d.api = props.Api
	d.stageName = props.StageName
	d.resource = NewCfnDeployment(d, jsii.String("Resource"), &CfnDeploymentProps{
		Description: props.Description, RestApiId: props.Api.RestApiId(), StageName: props.StageName})
	d.resource.AddMetadata(jsii.String("aws:cdk:do-not-refactor"), true)
	if props.RetainDeployments != nil && *props.RetainDeployments {
		d.resource.ApplyRemovalPolicy(awscdk.RemovalPolicy_RETAIN, nil)
	}
	d.original = *awscdk.Stack_Of(d).GetLogicalId(d.resource)
	d.resource.OverrideLogicalId(awscdk.Lazy_UncachedString(logicalIDProducer{d}, nil))
	if a, ok := props.Api.(interface{ attachDeployment(*deployment) }); ok {
		a.attachDeployment(d)
	}
	return d
}

type logicalIDProducer struct{ d *deployment }

func (p logicalIDProducer) Produce(awscdk.IResolveContext) *string {
	return jsii.String(p.d.logicalID())
}

func (d *deployment) Api() IRestApi      { return d.api }
func (d *deployment) StageName() *string { return d.stageName }
func (d *deployment) DeploymentId() *string {
	return awscdk.Lazy_String(stringProducer(func() *string { return d.resource.Ref() }), nil)
}

// AddToLogicalId adds data to the hash in the logical ID; only until the
// tree is locked for synthesis.
func (d *deployment) AddToLogicalId(data interface{}) {
	if *d.Node().Locked() {
		l2.Throw(d, "Cannot modify the logical ID when the construct is locked")
	}
	d.components = append(d.components, data)
}

func (d *deployment) addMethodDependency(m *method) {
	d.Node().AddDependency(m.Node().DefaultChild())
}

// logicalID is the original logical ID followed by the MD5 of the JSON of
// every hash component, resolved, and of the API's own resource (for a
// RestApi), as aws-cdk-lib's LatestDeploymentResource computes it.
func (d *deployment) logicalID() string {
	hash := append([]interface{}(nil), d.components...)
	stack := awscdk.Stack_Of(d)
	resolver, _ := stack.(interface{ StrataResolveOrdered(interface{}) interface{} })
	if resolver == nil {
		return d.original
	}
	if a, ok := d.api.(*restApi); ok && a.cfn != nil {
		// The L1's embedded core resource renders the template fragment.
		if r, ok := a.cfn.(*cfnRestApi).CfnResource.(interface{ StrataToCloudFormation() interface{} }); ok {
			hash = append(hash, resolver.StrataResolveOrdered(r.StrataToCloudFormation()))
		}
	}
	if len(hash) == 0 {
		return d.original
	}
	var joined []byte
	for _, c := range hash {
		b, err := ojson.Marshal(resolver.StrataResolveOrdered(c), "")
		if err != nil {
			l2.Throw(d, "cannot compute the deployment's logical ID: %v", err)
		}
		joined = append(joined, b...)
	}
	sum := md5.Sum(joined)
	return d.original + hex.EncodeToString(sum[:])
}
