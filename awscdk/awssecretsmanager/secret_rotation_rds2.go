package awssecretsmanager

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awssam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// SecretRotationProps configure a SecretRotation.
type SecretRotationProps struct {
	// The serverless application for the rotation.
	Application SecretRotationApplication `field:"required" json:"application" yaml:"application"`
	// The secret to rotate.
	Secret ISecret `field:"required" json:"secret" yaml:"secret"`
	// The database or service whose default port the rotation function reaches.
	Target awsec2.IConnectable `field:"required" json:"target" yaml:"target"`
	// The VPC the rotation function runs in.
	Vpc awsec2.IVpc `field:"required" json:"vpc" yaml:"vpc"`
	// Default: 30 days.
	AutomaticallyAfter awscdk.Duration `field:"optional" json:"automaticallyAfter" yaml:"automaticallyAfter"`
	// Default: the public Secrets Manager endpoint.
	Endpoint awsec2.IInterfaceVpcEndpoint `field:"optional" json:"endpoint" yaml:"endpoint"`
	// Default: the application's default.
	ExcludeCharacters *string `field:"optional" json:"excludeCharacters" yaml:"excludeCharacters"`
	// Required for a multi user application.
	MasterSecret ISecret `field:"optional" json:"masterSecret" yaml:"masterSecret"`
	// Default: true.
	RotateImmediatelyOnUpdate *bool `field:"optional" json:"rotateImmediatelyOnUpdate" yaml:"rotateImmediatelyOnUpdate"`
	// Default: a new security group.
	SecurityGroup awsec2.ISecurityGroup `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	// Default: the VPC's private subnets.
	VpcSubnets *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// SecretRotation rotates a secret with a rotation application of the
// Serverless Application Repository deployed in a VPC.
type SecretRotation interface {
	constructs.Construct
}

type secretRotation struct {
	constructs.Construct
}

// SecretRotation_IsConstruct reports whether x is a construct.
func SecretRotation_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NewSecretRotation deploys the rotation application and schedules it on the secret.
func NewSecretRotation(scope constructs.Construct, id *string, props *SecretRotationProps) SecretRotation {
	r := &secretRotation{}
	NewSecretRotation_Override(r, scope, id, props)
	return r
}

// NewSecretRotation_Override initialises r as NewSecretRotation does.
func NewSecretRotation_Override(s SecretRotation, scope constructs.Construct, id *string, props *SecretRotationProps) {
	r, ok := s.(*secretRotation)
	if !ok {
		r = &secretRotation{}
	}
	r.Construct = constructs.NewConstruct(scope, id)
	if props == nil || props.Application == nil || props.Secret == nil || props.Target == nil || props.Vpc == nil {
		l2.Throw(r, "SecretRotation needs application, secret, target and vpc")
	}
	if props.Target.Connections().DefaultPort() == nil {
		l2.Throw(r, "The `target` connections must have a default port range.")
	}
	if *props.Application.IsMultiUser() && props.MasterSecret == nil {
		l2.Throw(r, "The `masterSecret` must be specified for application using the multi user scheme.")
	}
	// Lambda function names hold at most 64 characters: keep the unique id's tail.
	uid := *awscdk.Names_UniqueId(r)
	if len(uid) > 64 {
		uid = uid[len(uid)-64:]
	}
	sg := props.SecurityGroup
	if sg == nil {
		sg = awsec2.NewSecurityGroup(r, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{Vpc: props.Vpc})
	}
	props.Target.Connections().AllowDefaultPortFrom(sg, nil)
	stack := awscdk.Stack_Of(r)
	host := ""
	if props.Endpoint != nil {
		host = *props.Endpoint.VpcEndpointId() + "."
	}
	subnets := props.Vpc.SelectSubnets(props.VpcSubnets).SubnetIds
	ids := make([]string, 0, len(*subnets))
	for _, s := range *subnets {
		ids = append(ids, *s)
	}
	// The application's parameters keep aws-cdk-lib's order.
	params := ojson.New()
	params.Set("endpoint", jsii.String("https://"+host+"secretsmanager."+*stack.Region()+"."+*stack.UrlSuffix()))
	params.Set("functionName", jsii.String(uid))
	params.Set("vpcSubnetIds", jsii.String(strings.Join(ids, ",")))
	params.Set("vpcSecurityGroupIds", sg.SecurityGroupId())
	if props.ExcludeCharacters != nil {
		params.Set("excludeCharacters", props.ExcludeCharacters)
	}
	if k := props.Secret.EncryptionKey(); k != nil {
		params.Set("kmsKeyArn", k.KeyArn())
	}
	if props.MasterSecret != nil {
		params.Set("masterSecretArn", props.MasterSecret.SecretArn())
		if k := props.MasterSecret.EncryptionKey(); k != nil {
			params.Set("masterSecretKmsKeyArn", k.KeyArn())
		}
	}
	mapping := map[string]*map[string]interface{}{}
	for _, p := range []string{"aws", "aws-cn", "aws-us-gov"} {
		mapping[p] = &map[string]interface{}{
			"applicationId":   props.Application.ApplicationArnForPartition(jsii.String(p)),
			"semanticVersion": props.Application.SemanticVersionForPartition(jsii.String(p)),
		}
	}
	sar := awscdk.NewCfnMapping(r, jsii.String("SARMapping"), &awscdk.CfnMappingProps{Mapping: &mapping})
	app := awssam.NewCfnApplication(r, jsii.String("Resource"), &awssam.CfnApplicationProps{
		Location: &awssam.CfnApplication_ApplicationLocationProperty{
			ApplicationId:   sar.FindInMap(awscdk.Aws_PARTITION(), jsii.String("applicationId"), nil),
			SemanticVersion: sar.FindInMap(awscdk.Aws_PARTITION(), jsii.String("semanticVersion"), nil),
		},
		Parameters: awscdk.Lazy_Any(orderedParams{params}, nil),
	})
	app.ApplyRemovalPolicy(awscdk.RemovalPolicy_DESTROY, nil)
	fn := awslambda.Function_FromFunctionArn(r, jsii.String("RotationLambda"), app.GetAtt(jsii.String("Outputs.RotationLambdaARN"), "").ToString())
	props.Secret.AddRotationSchedule(jsii.String("RotationSchedule"), &RotationScheduleOptions{
		RotationLambda: fn, AutomaticallyAfter: props.AutomaticallyAfter, RotateImmediatelyOnUpdate: props.RotateImmediatelyOnUpdate})
	if props.MasterSecret != nil {
		props.MasterSecret.DenyAccountRootDelete()
	}
}

// orderedParams hands the L1 an ordered object, which its map typing would sort.
type orderedParams struct{ o *ojson.Object }

func (p orderedParams) Produce() interface{} { return p.o }
