package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/ec2restrictsg"
	"github.com/strata-cdk/strata/internal/l1"
	"github.com/strata-cdk/strata/internal/ojson"
)

// restrictDefaultSGProvider is the stack-wide provider behind
// Custom::VpcRestrictDefaultSG, running Strata's own handler.
func restrictDefaultSGProvider(scope constructs.Construct, id string) awscdk.CustomResourceProvider {
	return awscdk.CustomResourceProvider_GetOrCreateProvider(scope, str(id), &awscdk.CustomResourceProviderProps{
		CodeDirectory: str(ec2restrictsg.Dir()),
		Runtime:       awscdk.CustomResourceProviderRuntime_NODEJS_24_X,
		Description:   str("Lambda function for removing all inbound/outbound rules from the VPC default security group"),
	})
}

// orderedStatement is an IAM statement whose keys keep the order given, as
// aws-cdk-lib's object literals do.
func orderedStatement(kv ...interface{}) *ojson.Object {
	o := ojson.New()
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// restrictSGProps are the properties of the Custom::VpcRestrictDefaultSG
// resource, in aws-cdk-lib's order.
type restrictSGProps struct {
	ServiceToken           interface{} `cfn:"ServiceToken"`
	DefaultSecurityGroupId interface{} `cfn:"DefaultSecurityGroupId"`
	Account                interface{} `cfn:"Account"`
}

// newRestrictSGResource is the custom resource (a Resource holding a
// "Default" CfnResource, as awscdk.CustomResource does) with its
// properties in aws-cdk-lib's order rather than sorted.
func newRestrictSGResource(scope constructs.Construct, id string, typ string, props *restrictSGProps) {
	holder := awscdk.NewResource(scope, str(id), nil)
	cfn := awscdk.NewCfnResource(holder, str("Default"), &awscdk.CfnResourceProps{Type: str(typ)})
	l1.Init(cfn, cfn, props)
	cfn.ApplyRemovalPolicy(awscdk.RemovalPolicy_DESTROY, &awscdk.RemovalPolicyOptions{Default: awscdk.RemovalPolicy_DESTROY})
	holder.Node().SetDefaultChild(cfn)
}
