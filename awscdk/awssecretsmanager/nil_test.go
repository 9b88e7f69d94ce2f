package awssecretsmanager_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	sm "github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Nil props never crash: they synthesize aws-cdk-lib's defaults or stop
// with a user error naming what is missing.
func TestNilProps(t *testing.T) {
	cases := map[string]struct {
		build   func(s awscdk.Stack)
		wantErr bool
	}{
		"Secret":   {func(s awscdk.Stack) { sm.NewSecret(s, jsii.String("S"), nil) }, false},
		"Rotation": {func(s awscdk.Stack) { sm.NewRotationSchedule(s, jsii.String("R"), nil) }, true},
		"AddRotation": {func(s awscdk.Stack) {
			sm.NewSecret(s, jsii.String("S"), nil).AddRotationSchedule(jsii.String("R"), nil)
		}, true},
		"Policy":     {func(s awscdk.Stack) { sm.NewResourcePolicy(s, jsii.String("P"), nil) }, true},
		"Attachment": {func(s awscdk.Stack) { sm.NewSecretTargetAttachment(s, jsii.String("A"), nil) }, true},
		"Attributes": {func(s awscdk.Stack) { sm.Secret_FromSecretAttributes(s, jsii.String("I"), nil) }, true},
		"MultiUser":  {func(s awscdk.Stack) { sm.HostedRotation_OracleMultiUser(nil) }, true},
		"SingleUser": {func(s awscdk.Stack) { sm.HostedRotation_OracleSingleUser(nil) }, false},
		"ReplicaSameRegion": {func(s awscdk.Stack) {
			st := awscdk.NewStack(s.Node().Scope().(constructs.Construct), jsii.String("E"), &awscdk.StackProps{Env: &awscdk.Environment{Region: jsii.String("us-east-1")}})
			sm.NewSecret(st, jsii.String("S"), nil).AddReplicaRegion(jsii.String("us-east-1"), nil)
		}, true},
	}
	for name, c := range cases {
		c := c
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error: %v", err, c.wantErr)
			}
		})
	}
}

type mySecret struct{ sm.Secret }

// A type embedding Secret, built with NewSecret_Override, is the tree's object.
func TestOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	x := &mySecret{}
	sm.NewSecret_Override(x, s, jsii.String("X"), nil)
	if got := s.Node().FindChild(jsii.String("X")); got != x {
		t.Fatalf("tree child is %T, want *mySecret", got)
	}
	if x.SecretArn() == nil {
		t.Fatal("embedded Secret not set")
	}
}
