package awslogs

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// CrossAccountDestinationProps are the props of NewCrossAccountDestination.
type CrossAccountDestinationProps struct {
	Role            interfacesawsiam.IRoleRef `field:"required" json:"role" yaml:"role"`
	TargetArn       *string                   `field:"required" json:"targetArn" yaml:"targetArn"`
	DestinationName *string                   `field:"optional" json:"destinationName" yaml:"destinationName"`
}

// CrossAccountDestination is a log destination (AWS::Logs::Destination)
// that log groups of other accounts can subscribe to; its policy says who.
type CrossAccountDestination interface {
	awscdk.Resource
	ILogSubscriptionDestination
	DestinationArn() *string
	DestinationName() *string
	PolicyDocument() awsiam.PolicyDocument
	AddToPolicy(statement awsiam.PolicyStatement)
}

type crossAccountDestination struct {
	awscdk.Resource
	res       CfnDestination
	document  awsiam.PolicyDocument
	arn, name *string
}

// NewCrossAccountDestination creates a destination; it is named
// "<stack name>-<logical ID>" unless DestinationName says otherwise.
func NewCrossAccountDestination(scope constructs.Construct, id *string, props *CrossAccountDestinationProps) CrossAccountDestination {
	props = l2.Inject(*CrossAccountDestination_PROPERTY_INJECTION_ID(), props, scope, id)
	if props == nil || props.Role == nil {
		l2.RequireProps(scope, id, "CrossAccountDestination", "Role", "TargetArn")
	}
	d := &crossAccountDestination{document: awsiam.NewPolicyDocument(nil)}
	physical := props.DestinationName
	if deref(physical) == "" {
		physical = awscdk.Lazy_String(produceFunc(func() *string {
			return str(*awscdk.Stack_Of(d).StackName() + "-" + *d.res.LogicalId())
		}), nil)
	}
	d.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: physical})
	host.Set(d.Resource, d)
	d.res = NewCfnDestination(d, str("Resource"), &CfnDestinationProps{
		DestinationName: d.PhysicalName(),
		DestinationPolicy: awscdk.Lazy_String(produceFunc(func() *string {
			if *d.document.IsEmpty() {
				return str("")
			}
			return stringify(d.document)
		}), nil),
		RoleArn:   props.Role.RoleRef().RoleArn,
		TargetArn: props.TargetArn,
	})
	return d
}

// NewCrossAccountDestination_Override initialises a type embedding CrossAccountDestination.
func NewCrossAccountDestination_Override(d CrossAccountDestination, scope constructs.Construct, id *string, props *CrossAccountDestinationProps) {
	l2.Override(d, NewCrossAccountDestination(scope, id, props))
}

func (d *crossAccountDestination) PolicyDocument() awsiam.PolicyDocument { return d.document }

func (d *crossAccountDestination) AddToPolicy(statement awsiam.PolicyStatement) {
	d.document.AddStatements(statement)
}

func (d *crossAccountDestination) Bind(constructs.Construct, interfacesawslogs.ILogGroupRef) *LogSubscriptionDestinationConfig {
	return &LogSubscriptionDestinationConfig{Arn: d.DestinationArn()}
}

func (d *crossAccountDestination) DestinationName() *string {
	if d.name == nil {
		d.name = d.GetResourceNameAttribute(d.res.Ref())
	}
	return d.name
}

func (d *crossAccountDestination) DestinationArn() *string {
	if d.arn == nil {
		d.arn = d.GetResourceArnAttribute(d.res.AttrArn(), &awscdk.ArnComponents{
			Service: str("logs"), Resource: str("destination"), ResourceName: d.PhysicalName(), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
		})
	}
	return d.arn
}
