package awss3_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// externalBucket is a program's own bucket type, written as an aws-cdk-go
// user writes one: it embeds BucketBase, is initialised by
// NewBucketBase_Override and defines BucketBase's abstract members
// (keeping its policy itself).
type externalBucket struct {
	awss3.BucketBase
	arn, name        string
	autoCreatePolicy bool
	key              awskms.IKey
	policy           awss3.BucketPolicy
}

func newExternalBucket(scope constructs.Construct, id string, props *awscdk.ResourceProps, name string, autoCreatePolicy bool, key awskms.IKey) *externalBucket {
	b := &externalBucket{}
	awss3.NewBucketBase_Override(b, scope, jsii.String(id), props)
	b.arn = *awscdk.Stack_Of(b).FormatArn(&awscdk.ArnComponents{Service: jsii.String("s3"), Region: jsii.String(""), Account: jsii.String(""), Resource: jsii.String(name)})
	b.name, b.autoCreatePolicy, b.key = name, autoCreatePolicy, key
	return b
}

func (b *externalBucket) BucketArn() *string  { return jsii.String(b.arn) }
func (b *externalBucket) BucketName() *string { return jsii.String(b.name) }
func (b *externalBucket) BucketDomainName() *string {
	return jsii.String(b.name + ".s3.amazonaws.com")
}
func (b *externalBucket) BucketRegionalDomainName() *string {
	return jsii.String(b.name + ".s3.eu-west-1.amazonaws.com")
}
func (b *externalBucket) BucketDualStackDomainName() *string {
	return jsii.String(b.name + ".s3.dualstack.eu-west-1.amazonaws.com")
}
func (b *externalBucket) BucketWebsiteDomainName() *string {
	return jsii.String(b.name + ".s3-website-eu-west-1.amazonaws.com")
}
func (b *externalBucket) BucketWebsiteUrl() *string {
	return jsii.String("http://" + b.name + ".s3-website-eu-west-1.amazonaws.com")
}
func (b *externalBucket) EncryptionKey() awskms.IKey     { return b.key }
func (b *externalBucket) IsWebsite() *bool               { return jsii.Bool(false) }
func (b *externalBucket) AutoCreatePolicy() *bool        { return jsii.Bool(b.autoCreatePolicy) }
func (b *externalBucket) DisallowPublicAccess() *bool    { return jsii.Bool(false) }
func (b *externalBucket) Policy() awss3.BucketPolicy     { return b.policy }
func (b *externalBucket) SetPolicy(p awss3.BucketPolicy) { b.policy = p }

func outOverride(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, jsii.String(id), &awscdk.CfnOutputProps{Value: v})
}

func lambdaRoleOverride(s awscdk.Stack) awsiam.Role {
	return awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
}

// The Go twins of the stacks in testdata/override/twins.js.
var overrideCases = map[string]func(s awscdk.Stack){
	"OverrideBucket": func(s awscdk.Stack) {
		key := awskms.NewKey(s, jsii.String("Key"), nil)
		role := lambdaRoleOverride(s)
		b := newExternalBucket(s, "Ext", &awscdk.ResourceProps{PhysicalName: jsii.String("shared-data")}, "shared-data", true, key)
		b.GrantRead(role, jsii.String("in/*"))
		b.GrantWrite(role, nil, nil)
		b.GrantDelete(role, jsii.String("tmp/*"))
		b.GrantPutAcl(role, nil)
		b.GrantRead(awsiam.NewAccountPrincipal(jsii.String("222222222222")), nil)
		b.GrantPublicAccess(jsii.String("public/*"))
		b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("s3:GetObject"), Resources: &[]*string{b.ArnForObjects(jsii.String("logs/*"))},
			Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(jsii.String("logging.s3.amazonaws.com"), nil)},
		}))
		b.AddReplicationPolicy(jsii.String("arn:aws:iam::333333333333:role/replicator"), nil, nil)
		b.OnCloudTrailPutObject(jsii.String("OnPut"), &awss3.OnCloudTrailBucketEventOptions{Paths: jsii.Strings("in/data.csv")})
		outOverride(s, "Arn", b.BucketRef().BucketArn)
		outOverride(s, "Name", b.BucketRef().BucketName)
		outOverride(s, "Url", b.UrlForObject(jsii.String("a/b.txt")))
		outOverride(s, "S3Url", b.S3UrlForObject(nil))
		outOverride(s, "Virtual", b.VirtualHostedUrlForObject(jsii.String("k"), &awss3.VirtualHostedStyleUrlOptions{Regional: jsii.Bool(false)}))
		outOverride(s, "VirtualRegional", b.VirtualHostedUrlForObject(nil, nil))
		outOverride(s, "Accel", b.TransferAccelerationUrlForObject(jsii.String("k"), &awss3.TransferAccelerationUrlOptions{DualStack: jsii.Bool(true)}))
		outOverride(s, "Physical", b.PhysicalName())
	},
	"OverrideBucketNoPolicy": func(s awscdk.Stack) {
		role := lambdaRoleOverride(s)
		b := newExternalBucket(s, "Ext", nil, "archive", false, nil)
		b.GrantReadWrite(role, nil)
		r := b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions: jsii.Strings("s3:*"), Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()},
		}))
		outOverride(s, "Added", jsii.String(fmt.Sprint(*r.StatementAdded)))
		outOverride(s, "KeyGrant", jsii.String(fmt.Sprint(b.GrantOnKey(role, jsii.String("kms:Decrypt")).Grant == nil)))
	},
}

func TestBucketBaseOverride(t *testing.T) {
	golden.CheckTemplatesIn(t, "testdata/override", overrideCases)
}

// The tree hands out the program's object for the node, as aws-cdk-go does,
// and the policy the base creates lands in the program's own field.
func TestBucketBaseOverrideDispatch(t *testing.T) {
	s := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil)
	b := newExternalBucket(s, "Ext", nil, "b", true, nil)
	if got := s.Node().FindChild(jsii.String("Ext")); got != constructs.IConstruct(b) {
		t.Fatalf("FindChild returned %T, want the *externalBucket", got)
	}
	b.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetObject"), Resources: jsii.Strings("*"), Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
	if b.policy == nil || *b.policy.Node().Path() != "S/Ext/Policy" {
		t.Fatalf("the policy did not go through SetPolicy: %v", b.policy)
	}
}

// A value that cannot be the subclass is a user error naming the construct
// path, not a Go panic trace; a bucket type that leaves abstract members
// out reads them as undefined, and keeps the policy the base sets.
func TestBucketBaseOverrideBadInput(t *testing.T) {
	for name, outer := range map[string]awss3.BucketBase{
		"nil":          nil,
		"typed nil":    (*externalBucket)(nil),
		"not embedded": awss3.NewBucket(awscdk.NewStack(awscdk.NewApp(nil), jsii.String("X"), nil), jsii.String("B"), nil),
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) {
				awss3.NewBucketBase_Override(outer, awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("Ext"), nil)
			})
			if err == nil || !strings.Contains(err.Error(), "[S/Ext] NewBucketBase_Override: ") {
				t.Fatalf("error = %v", err)
			}
		})
	}
	type bare struct{ awss3.BucketBase }
	b := &bare{}
	awss3.NewBucketBase_Override(b, awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil), jsii.String("Ext"), nil)
	if b.BucketArn() != nil || b.EncryptionKey() != nil || *b.AddToResourcePolicy(awsiam.NewPolicyStatement(nil)).StatementAdded {
		t.Fatal("undefined abstract members must read as undefined")
	}
	b.SetAutoCreatePolicy(jsii.Bool(true))
	if !*b.AddToResourcePolicy(awsiam.NewPolicyStatement(nil)).StatementAdded || b.Policy() == nil {
		t.Fatal("a policy the base creates must be kept when the type does not define Policy")
	}
}
