package awscdk_test

import (
	"path/filepath"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// TestRemovalPoliciesMatchAwsCdkLib is the program of twins/removal_policies.js.
func TestRemovalPoliciesMatchAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, map[string]interface{}{"@aws-cdk/core:failSynthOnValidationErrors": false}) // as the twin
	s := awscdk.NewStack(app, jsii.String("Removal"), nil)
	res := func(scope constructs.Construct, id, typ string) awscdk.CfnResource {
		return awscdk.NewCfnResource(scope, jsii.String(id), &awscdk.CfnResourceProps{Type: jsii.String(typ)})
	}
	res(s, "Bucket", "AWS::S3::Bucket")
	res(s, "Queue", "AWS::SQS::Queue")
	own := res(s, "Own", "AWS::RDS::DBCluster")
	own.ApplyRemovalPolicy(awscdk.RemovalPolicy_SNAPSHOT, nil)
	group := constructs.NewConstruct(s, jsii.String("Group"))
	res(group, "Volume", "AWS::EC2::Volume")
	res(group, "GroupQueue", "AWS::SQS::Queue")
	awscdk.RemovalPolicies_Of(s).Retain(&awscdk.RemovalPolicyProps{ApplyToResourceTypes: jsii.Strings("AWS::S3::Bucket")})
	awscdk.RemovalPolicies_Of(group).Snapshot(&awscdk.RemovalPolicyProps{ExcludeResourceTypes: jsii.Strings("AWS::SQS::Queue")})
	awscdk.MissingRemovalPolicies_Of(s).Destroy(nil)
	awscdk.RemovalPolicies_Of(group).RetainOnUpdateOrDelete(&awscdk.RemovalPolicyProps{ApplyToResourceTypes: jsii.Strings("AWS::EC2::Volume"), Priority: jsii.Number(900)})
	app.Synth(nil)
	sameFile(t, filepath.Join(outdir, "Removal.template.json"), "testdata/expected/removal_policies/Removal.template.json")
}
