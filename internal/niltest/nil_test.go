package niltest

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesisfirehose"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/awss3deployment"
	"github.com/strata-cdk/strata/awscdk/awss3notifications"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssnssubscriptions"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// packages are the packages whose every L2 constructor must be in cases.
var packages = []string{"awsiam", "awskms", "awslogs", "awssqs", "awssns", "awssnssubscriptions",
	"awss3", "awss3assets", "awss3deployment", "awss3notifications", "awslambda"}

var s = jsii.String

// assume makes a role assumed by p, so the principal renders.
func assume(st awscdk.Stack, p awsiam.IPrincipal) {
	awsiam.NewRole(st, s("R"), &awsiam.RoleProps{AssumedBy: p})
}

func fn(st awscdk.Stack) awslambda.Function {
	return awslambda.NewFunction(st, s("F"), &awslambda.FunctionProps{
		Code: awslambda.Code_FromInline(s("x")), Handler: s("index.h"), Runtime: awslambda.Runtime_NODEJS_22_X()})
}

func sub(st awscdk.Stack, d awssns.ITopicSubscription) {
	awssns.NewTopic(st, s("T"), nil).AddSubscription(d)
}

// assumeRole is a role for grants and policies.
func assumeRole(st awscdk.Stack) awsiam.Role {
	return awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil)})
}

func bucket(st awscdk.Stack) awss3.Bucket { return awss3.NewBucket(st, s("B"), nil) }

// cases calls each constructor (and a few methods taking props) as
// twins.js does: nil props, nil optional arguments, valid required ones.
var cases = map[string]func(st awscdk.Stack){
	"awss3.Bucket.GrantRead":            func(st awscdk.Stack) { bucket(st).GrantRead(assumeRole(st), nil) },
	"awss3.Bucket.AddLifecycleRule":     func(st awscdk.Stack) { bucket(st).AddLifecycleRule(nil) },
	"awss3.Bucket.AddCorsRule":          func(st awscdk.Stack) { bucket(st).AddCorsRule(nil) },
	"awss3.Bucket_FromBucketAttributes": func(st awscdk.Stack) { awss3.Bucket_FromBucketAttributes(st, s("X"), nil) },
	"awssqs.Queue_FromQueueAttributes":  func(st awscdk.Stack) { awssqs.Queue_FromQueueAttributes(st, s("X"), nil) },
	"awssns.Topic_FromTopicAttributes":  func(st awscdk.Stack) { awssns.Topic_FromTopicAttributes(st, s("X"), nil) },
	"awssns.Topic.AddSubscription":      func(st awscdk.Stack) { awssns.NewTopic(st, s("T"), nil).AddSubscription(nil) },
	"awsiam.Role.AddToPolicy":           func(st awscdk.Stack) { assumeRole(st).AddToPolicy(nil) },
	"awsiam.Role_FromRoleArn":           func(st awscdk.Stack) { awsiam.Role_FromRoleArn(st, s("X"), s("arn:aws:iam::123456789012:role/r"), nil) },
	"awsiam.User_FromUserAttributes":    func(st awscdk.Stack) { awsiam.User_FromUserAttributes(st, s("X"), nil) },
	"awskms.Key.AddAlias":               func(st awscdk.Stack) { awskms.NewKey(st, s("K"), nil).AddAlias(nil) },
	"awslogs.LogGroup_FromLogGroupName": func(st awscdk.Stack) { awslogs.LogGroup_FromLogGroupName(st, s("X"), nil) },
	"awsiam.NewCompositeDependable":     func(awscdk.Stack) { awsiam.NewCompositeDependable() },
	"awsiam.NewGroup":                   func(st awscdk.Stack) { awsiam.NewGroup(st, s("X"), nil) },
	"awsiam.NewManagedPolicy":           func(st awscdk.Stack) { awsiam.NewManagedPolicy(st, s("X"), nil) },
	"awsiam.NewPolicy":                  func(st awscdk.Stack) { awsiam.NewPolicy(st, s("X"), nil) },
	"awsiam.NewPolicyDocument":          func(awscdk.Stack) { awsiam.NewPolicyDocument(nil) },
	"awsiam.NewPolicyStatement":         func(awscdk.Stack) { awsiam.NewPolicyStatement(nil) },
	"awsiam.NewPrincipalPolicyFragment": func(awscdk.Stack) {
		awsiam.NewPrincipalPolicyFragment(&map[string]*[]*string{"AWS": {s("*")}}, nil)
	},
	"awsiam.NewArnPrincipal": func(st awscdk.Stack) {
		assume(st, awsiam.NewArnPrincipal(s("arn:aws:iam::123456789012:root")))
	},
	"awsiam.NewAccountPrincipal":     func(st awscdk.Stack) { assume(st, awsiam.NewAccountPrincipal(s("123456789012"))) },
	"awsiam.NewAccountRootPrincipal": func(st awscdk.Stack) { assume(st, awsiam.NewAccountRootPrincipal()) },
	"awsiam.NewAnyPrincipal":         func(st awscdk.Stack) { assume(st, awsiam.NewAnyPrincipal()) },
	"awsiam.NewAnyone":               func(st awscdk.Stack) { assume(st, awsiam.NewAnyone()) },
	"awsiam.NewStarPrincipal":        func(st awscdk.Stack) { assume(st, awsiam.NewStarPrincipal()) },
	"awsiam.NewServicePrincipal": func(st awscdk.Stack) {
		assume(st, awsiam.NewServicePrincipal(s("sqs.amazonaws.com"), nil))
	},
	"awsiam.NewOrganizationPrincipal": func(st awscdk.Stack) { assume(st, awsiam.NewOrganizationPrincipal(s("o-1234567890"))) },
	"awsiam.NewCanonicalUserPrincipal": func(st awscdk.Stack) {
		assume(st, awsiam.NewCanonicalUserPrincipal(s("abc")))
	},
	"awsiam.NewFederatedPrincipal": func(st awscdk.Stack) {
		assume(st, awsiam.NewFederatedPrincipal(s("cognito-identity.amazonaws.com"), nil, nil))
	},
	"awsiam.NewWebIdentityPrincipal": func(st awscdk.Stack) {
		assume(st, awsiam.NewWebIdentityPrincipal(s("cognito-identity.amazonaws.com"), nil))
	},
	"awsiam.NewCompositePrincipal": func(st awscdk.Stack) { assume(st, awsiam.NewCompositePrincipal()) },
	"awsiam.NewPrincipalWithConditions": func(st awscdk.Stack) {
		assume(st, awsiam.NewPrincipalWithConditions(awsiam.NewAnyPrincipal(), nil))
	},
	"awsiam.NewSessionTagsPrincipal": func(st awscdk.Stack) {
		assume(st, awsiam.NewSessionTagsPrincipal(awsiam.NewAnyPrincipal()))
	},
	"awsiam.NewRole":             func(st awscdk.Stack) { awsiam.NewRole(st, s("X"), nil) },
	"awsiam.NewUnknownPrincipal": func(awscdk.Stack) { awsiam.NewUnknownPrincipal(nil) },
	"awsiam.NewAccessKey":        func(st awscdk.Stack) { awsiam.NewAccessKey(st, s("X"), nil) },
	"awsiam.NewInstanceProfile":  func(st awscdk.Stack) { awsiam.NewInstanceProfile(st, s("X"), nil) },
	"awsiam.NewSamlProvider":     func(st awscdk.Stack) { awsiam.NewSamlProvider(st, s("X"), nil) },
	"awsiam.NewSamlPrincipal": func(st awscdk.Stack) {
		assume(st, awsiam.NewSamlPrincipal(awsiam.SamlProvider_FromSamlProviderArn(st, s("P"), s("arn:aws:iam::123456789012:saml-provider/p")), nil))
	},
	"awsiam.NewSamlConsolePrincipal": func(st awscdk.Stack) {
		assume(st, awsiam.NewSamlConsolePrincipal(awsiam.SamlProvider_FromSamlProviderArn(st, s("P"), s("arn:aws:iam::123456789012:saml-provider/p")), nil))
	},
	"awsiam.NewOidcProviderNative": func(st awscdk.Stack) { awsiam.NewOidcProviderNative(st, s("X"), nil) },
	"awsiam.NewOpenIdConnectPrincipal": func(st awscdk.Stack) {
		assume(st, awsiam.NewOpenIdConnectPrincipal(awsiam.OidcProviderNative_FromOidcProviderArn(st, s("P"), s("arn:aws:iam::123456789012:oidc-provider/x.com")), nil))
	},
	"awsiam.NewLazyRole":              func(st awscdk.Stack) { awsiam.NewLazyRole(st, s("X"), nil) },
	"awsiam.NewComparablePrincipal":   func(awscdk.Stack) { awsiam.NewComparablePrincipal() },
	"awsiam.NewGrantableResources":    func(awscdk.Stack) { awsiam.NewGrantableResources() },
	"awsiam.NewOpenIdConnectProvider": func(st awscdk.Stack) { awsiam.NewOpenIdConnectProvider(st, s("X"), nil) },
	"awsiam.NewUser":                  func(st awscdk.Stack) { awsiam.NewUser(st, s("X"), nil) },
	"awskms.NewKey":                   func(st awscdk.Stack) { awskms.NewKey(st, s("X"), nil) },
	"awskms.NewViaServicePrincipal": func(st awscdk.Stack) {
		awskms.NewKey(st, s("K"), nil).AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &[]*string{s("kms:Decrypt")},
			Resources: &[]*string{s("*")}, Principals: &[]awsiam.IPrincipal{awskms.NewViaServicePrincipal(s("s3.us-east-1.amazonaws.com"), nil)}}), nil)
	},
	"awskms.NewAlias":                  func(st awscdk.Stack) { awskms.NewAlias(st, s("X"), nil) },
	"awslogs.NewLogGroup":              func(st awscdk.Stack) { awslogs.NewLogGroup(st, s("X"), nil) },
	"awslogs.LogGroup.AddStream":       func(st awscdk.Stack) { awslogs.NewLogGroup(st, s("G"), nil).AddStream(s("X"), nil) },
	"awslogs.LogGroup.AddMetricFilter": func(st awscdk.Stack) { awslogs.NewLogGroup(st, s("G"), nil).AddMetricFilter(s("X"), nil) },
	"awslogs.LogGroup.AddSubscriptionFilter": func(st awscdk.Stack) {
		awslogs.NewLogGroup(st, s("G"), nil).AddSubscriptionFilter(s("X"), nil)
	},
	"awslogs.LogGroup.AddTransformer": func(st awscdk.Stack) { awslogs.NewLogGroup(st, s("G"), nil).AddTransformer(s("X"), nil) },
	"awslogs.NewDataIdentifier": func(st awscdk.Stack) {
		awslogs.NewLogGroup(st, s("X"), &awslogs.LogGroupProps{DataProtectionPolicy: awslogs.NewDataProtectionPolicy(
			&awslogs.DataProtectionPolicyProps{Identifiers: &[]awslogs.DataIdentifier{awslogs.NewDataIdentifier(s("Name"))}})})
	},
	"awslogs.NewCustomDataIdentifier": func(st awscdk.Stack) {
		awslogs.NewLogGroup(st, s("X"), &awslogs.LogGroupProps{DataProtectionPolicy: awslogs.NewDataProtectionPolicy(
			&awslogs.DataProtectionPolicyProps{Identifiers: &[]awslogs.DataIdentifier{awslogs.NewCustomDataIdentifier(s("Id"), s(`id-\\d+`))}})})
	},
	"awslogs.NewDataProtectionPolicy":      func(awscdk.Stack) { awslogs.NewDataProtectionPolicy(nil) },
	"awslogs.NewFieldIndexPolicy":          func(awscdk.Stack) { awslogs.NewFieldIndexPolicy(nil) },
	"awslogs.NewCrossAccountDestination":   func(st awscdk.Stack) { awslogs.NewCrossAccountDestination(st, s("X"), nil) },
	"awslogs.NewLogStream":                 func(st awscdk.Stack) { awslogs.NewLogStream(st, s("X"), nil) },
	"awslogs.NewMetricFilter":              func(st awscdk.Stack) { awslogs.NewMetricFilter(st, s("X"), nil) },
	"awslogs.NewFilterPattern":             func(awscdk.Stack) { awslogs.NewFilterPattern() },
	"awslogs.NewSpaceDelimitedTextPattern": func(awscdk.Stack) { awslogs.NewSpaceDelimitedTextPattern(&[]*string{s("a")}, nil) },
	"awslogs.NewQueryString":               func(awscdk.Stack) { awslogs.NewQueryString(nil).ToString() },
	"awslogs.NewQueryDefinition":           func(st awscdk.Stack) { awslogs.NewQueryDefinition(st, s("X"), nil) },
	"awslogs.NewResourcePolicy":            func(st awscdk.Stack) { awslogs.NewResourcePolicy(st, s("X"), nil) },
	"awslogs.NewParserProcessor":           func(awscdk.Stack) { awslogs.NewParserProcessor(nil) },
	"awslogs.NewJsonMutatorProcessor":      func(awscdk.Stack) { awslogs.NewJsonMutatorProcessor(nil) },
	"awslogs.NewStringMutatorProcessor":    func(awscdk.Stack) { awslogs.NewStringMutatorProcessor(nil) },
	"awslogs.NewDataConverterProcessor":    func(awscdk.Stack) { awslogs.NewDataConverterProcessor(nil) },
	"awslogs.NewVendedLogParser":           func(awscdk.Stack) { awslogs.NewVendedLogParser(nil) },
	"awslogs.NewTransformer":               func(st awscdk.Stack) { awslogs.NewTransformer(st, s("X"), nil) },
	"awslogs.NewLogRetention":              func(st awscdk.Stack) { awslogs.NewLogRetention(st, s("X"), nil) },
	"awslogs.NewSubscriptionFilter":        func(st awscdk.Stack) { awslogs.NewSubscriptionFilter(st, s("X"), nil) },
	"awssqs.NewQueue":                      func(st awscdk.Stack) { awssqs.NewQueue(st, s("X"), nil) },
	"awssqs.NewQueuePolicy":                func(st awscdk.Stack) { awssqs.NewQueuePolicy(st, s("X"), nil) },
	"awssns.NewSubscription":               func(st awscdk.Stack) { awssns.NewSubscription(st, s("X"), nil) },
	"awssns.NewSubscriptionFilter":         func(awscdk.Stack) { awssns.NewSubscriptionFilter(nil) },
	"awssns.NewFilter": func(awscdk.Stack) {
		awssns.NewFilter(awssns.SubscriptionFilter_ExistsFilter())
	},
	"awssns.NewPolicy":      func(awscdk.Stack) { awssns.NewPolicy(&map[string]awssns.FilterOrPolicy{}) },
	"awssns.NewTopic":       func(st awscdk.Stack) { awssns.NewTopic(st, s("X"), nil) },
	"awssns.NewTopicPolicy": func(st awscdk.Stack) { awssns.NewTopicPolicy(st, s("X"), nil) },
	"awssnssubscriptions.NewFirehoseSubscription": func(st awscdk.Stack) {
		sub(st, awssnssubscriptions.NewFirehoseSubscription(awskinesisfirehose.NewDeliveryStream(st, s("D"), &awskinesisfirehose.DeliveryStreamProps{
			Destination: awskinesisfirehose.NewS3Bucket(bucket(st), nil)}), nil))
	},
	"awssnssubscriptions.NewLambdaSubscription": func(st awscdk.Stack) {
		sub(st, awssnssubscriptions.NewLambdaSubscription(fn(st), nil))
	},
	"awssnssubscriptions.NewEmailSubscription": func(st awscdk.Stack) {
		sub(st, awssnssubscriptions.NewEmailSubscription(s("a@example.com"), nil))
	},
	"awssnssubscriptions.NewSmsSubscription": func(st awscdk.Stack) {
		sub(st, awssnssubscriptions.NewSmsSubscription(s("+15555550100"), nil))
	},
	"awssnssubscriptions.NewUrlSubscription": func(st awscdk.Stack) {
		sub(st, awssnssubscriptions.NewUrlSubscription(s("https://example.com"), nil))
	},
	"awssnssubscriptions.NewSqsSubscription": func(st awscdk.Stack) {
		sub(st, awssnssubscriptions.NewSqsSubscription(awssqs.NewQueue(st, s("Q"), nil), nil))
	},
	"awss3.NewBucket":            func(st awscdk.Stack) { awss3.NewBucket(st, s("X"), nil) },
	"awss3.NewBucketPolicy":      func(st awscdk.Stack) { awss3.NewBucketPolicy(st, s("X"), nil) },
	"awss3.NewBlockPublicAccess": func(awscdk.Stack) { awss3.NewBlockPublicAccess(nil) },
	"awss3.NewStorageClass":      func(awscdk.Stack) { awss3.NewStorageClass(s("GLACIER")) },
	"awss3assets.NewAsset":       func(st awscdk.Stack) { awss3assets.NewAsset(st, s("X"), nil) },
	"awss3deployment.NewBucketDeployment": func(st awscdk.Stack) {
		awss3deployment.NewBucketDeployment(st, s("X"), nil)
	},
	"awss3deployment.NewDeployTimeSubstitutedFile": func(st awscdk.Stack) {
		awss3deployment.NewDeployTimeSubstitutedFile(st, s("X"), nil)
	},
	"awss3notifications.NewLambdaDestination": func(st awscdk.Stack) {
		bucket(st).AddObjectCreatedNotification(awss3notifications.NewLambdaDestination(fn(st)))
	},
	"awss3notifications.NewSnsDestination": func(st awscdk.Stack) {
		bucket(st).AddObjectCreatedNotification(awss3notifications.NewSnsDestination(awssns.NewTopic(st, s("T"), nil)))
	},
	"awss3notifications.NewSqsDestination": func(st awscdk.Stack) {
		bucket(st).AddObjectCreatedNotification(awss3notifications.NewSqsDestination(awssqs.NewQueue(st, s("Q"), nil)))
	},
	"awslambda.NewAlias":      func(st awscdk.Stack) { awslambda.NewAlias(st, s("X"), nil) },
	"awslambda.NewInlineCode": func(awscdk.Stack) { awslambda.NewInlineCode(s("x")) },
	"awslambda.NewS3Code":     func(st awscdk.Stack) { awslambda.NewS3Code(bucket(st), s("k"), nil) },
	"awslambda.NewS3CodeV2":   func(st awscdk.Stack) { awslambda.NewS3CodeV2(bucket(st), s("k"), nil) },
	"awslambda.NewAssetCode":  func(awscdk.Stack) { awslambda.NewAssetCode(s("testdata"), nil) },
	"awslambda.NewFunctionVersionUpgrade": func(st awscdk.Stack) {
		awscdk.Aspects_Of(st).Add(awslambda.NewFunctionVersionUpgrade(nil, nil), nil)
		awslambda.NewFunction(st, s("F"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_22_X(), Handler: s("index.handler"), Code: awslambda.Code_FromInline(s("x"))})
	},
	"awslambda.NewFunction": func(st awscdk.Stack) { awslambda.NewFunction(st, s("X"), nil) },
	"awslambda.NewLayerVersion": func(st awscdk.Stack) {
		awslambda.NewLayerVersion(st, s("X"), nil)
	},
	"awslambda.NewRuntime":               func(awscdk.Stack) { awslambda.NewRuntime(s("python9.9"), "", nil) },
	"awslambda.NewSingletonFunction":     func(st awscdk.Stack) { awslambda.NewSingletonFunction(st, s("X"), nil) },
	"awslambda.NewVersion":               func(st awscdk.Stack) { awslambda.NewVersion(st, s("X"), nil) },
	"awslambda.NewEventSourceMapping":    func(st awscdk.Stack) { awslambda.NewEventSourceMapping(st, s("X"), nil) },
	"awslambda.NewFunctionUrl":           func(st awscdk.Stack) { awslambda.NewFunctionUrl(st, s("X"), nil) },
	"awslambda.NewAssetImageCode":        func(awscdk.Stack) { awslambda.NewAssetImageCode(s("testdata"), nil) },
	"awslambda.NewEcrImageCode":          func(awscdk.Stack) { awslambda.NewEcrImageCode(nil, nil) },
	"awslambda.NewDockerImageFunction":   func(st awscdk.Stack) { awslambda.NewDockerImageFunction(st, s("X"), nil) },
	"awslambda.NewEventInvokeConfig":     func(st awscdk.Stack) { awslambda.NewEventInvokeConfig(st, s("X"), nil) },
	"awslambda.NewCapacityProvider":      func(st awscdk.Stack) { awslambda.NewCapacityProvider(st, s("X"), nil) },
	"awslambda.NewTenancyConfig":         func(awscdk.Stack) { awslambda.NewTenancyConfig(nil) },
	"awslambda.NewRuntimeManagementMode": func(awscdk.Stack) { awslambda.NewRuntimeManagementMode(nil, nil) },
	"awslambda.NewFileSystem":            func(awscdk.Stack) { awslambda.NewFileSystem(nil) },
	"awslambda.NewFilterCriteria":        func(awscdk.Stack) { awslambda.NewFilterCriteria() },
	"awslambda.NewFilterRule":            func(awscdk.Stack) { awslambda.NewFilterRule() },
	"awslambda.NewCodeSigningConfig":     func(st awscdk.Stack) { awslambda.NewCodeSigningConfig(st, s("X"), nil) },
}

// run builds one case in a fresh app under the `cdk init` flags and
// synthesizes it; it returns the user error synthesis or construction
// reported, or the non-user panic value (a crash).
func run(t *testing.T, build func(st awscdk.Stack)) (userErr error, crash interface{}, stack string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && diag.IsUserError(e) {
				userErr = e
				return
			}
			buf := make([]byte, 16<<10)
			crash, stack = r, string(buf[:runtime.Stack(buf, false)])
		}
	}()
	ctx := cdkctx.InitContext()
	app := awscdk.NewApp(&awscdk.AppProps{Context: &ctx, Outdir: s(t.TempDir())})
	st := awscdk.NewStack(app, s("S"), nil)
	// An anchor resource keeps the stack valid when a case adds nothing.
	awscdk.NewCfnResource(st, s("Anchor"), &awscdk.CfnResourceProps{Type: s("AWS::CloudFormation::WaitConditionHandle")})
	build(st)
	app.Synth(nil)
	return nil, nil, ""
}

// unscoped are the constructors that take no scope: their errors have no
// construct path to name.
var unscoped = map[string]bool{
	"awsiam.NewCompositePrincipal": true, "awsiam.NewPrincipalWithConditions": true,
	"awsiam.NewUnknownPrincipal": true, "awss3.NewBlockPublicAccess": true,
	"awslogs.NewDataProtectionPolicy": true, "awslogs.NewFieldIndexPolicy": true,
	"awslogs.NewParserProcessor": true, "awslogs.NewJsonMutatorProcessor": true, "awslogs.NewStringMutatorProcessor": true,
	"awslogs.NewDataConverterProcessor": true, "awslogs.NewVendedLogParser": true,
}

// jsTypeError marks aws-cdk-lib messages that are JavaScript's own
// reaction to `undefined`, not a message of aws-cdk-lib: Strata's clear
// message cannot match them, only the fact that synthesis fails.
var jsTypeError = []string{"Cannot read properties of undefined", "Cannot convert undefined or null to object"}

func TestNilArguments(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "nil.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]*struct{ Path, Message string }
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	for name := range want {
		if cases[name] == nil {
			t.Errorf("nil.json has %s, which has no Go case", name)
		}
	}
	names := make([]string, 0, len(cases))
	for name := range cases {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		build := cases[name]
		t.Run(name, func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("no expectation for %s in testdata/nil.json (add it to twins.js and run testdata/regen.sh)", name)
			}
			uerr, crash, stack := run(t, build)
			if crash != nil {
				t.Fatalf("crashed: %v\n%s", crash, stack)
			}
			switch {
			case w == nil && uerr != nil:
				t.Errorf("aws-cdk-lib synthesizes; Strata reports: %v", uerr)
			case w != nil && uerr == nil:
				t.Errorf("aws-cdk-lib throws %q; Strata synthesizes", w.Message)
			case w != nil:
				if !unscoped[name] && !strings.Contains(uerr.Error(), "[S") {
					t.Errorf("error names no construct path: %v", uerr)
				}
				for _, js := range jsTypeError {
					if strings.Contains(w.Message, js) {
						return
					}
				}
				if !strings.Contains(flatten(uerr.Error()), flatten(w.Message)) {
					t.Errorf("error:\n%v\nwant it to contain aws-cdk-lib's:\n%s", uerr, w.Message)
				}
			}
		})
	}
}

// flatten drops the framing of aws-cdk-lib's "Validation failed" report, so
// its message compares with Strata's diagnostic line.
func flatten(msg string) string {
	msg = strings.TrimPrefix(msg, "Validation failed with the following errors:\n")
	return strings.TrimSpace(msg)
}

// TestEveryConstructor fails when a package gains an L2 constructor that
// cases does not call.
func TestEveryConstructor(t *testing.T) {
	fset := token.NewFileSet()
	for _, pkg := range packages {
		dir := filepath.Join("..", "..", "awscdk", pkg)
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_gen.go") || strings.HasSuffix(f, "_test.go") {
				continue
			}
			af, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range af.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Recv != nil || !fd.Name.IsExported() {
					continue
				}
				n := fd.Name.Name
				if !strings.HasPrefix(n, "New") || strings.HasPrefix(n, "NewCfn") || strings.HasSuffix(n, "_Override") {
					continue
				}
				if key := fmt.Sprintf("%s.%s", pkg, n); cases[key] == nil {
					t.Errorf("%s (%s) is not called with nil arguments in cases", key, filepath.Base(f))
				}
			}
		}
	}
}
