// Package injectest checks property injectors on the first-wave L2s
// against aws-cdk-lib (awscdk/testdata/twins/injectors.js).
package injectest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/jsii"
)

// inj is an injector made of a function, as the twin's inj() is.
type inj struct {
	id string
	f  func(props interface{}, c *awscdk.InjectionContext) interface{}
}

func (i inj) ConstructUniqueId() *string                                   { return jsii.String(i.id) }
func (i inj) Inject(p interface{}, c *awscdk.InjectionContext) interface{} { return i.f(p, c) }

func TestInjectorsMatchAwsCdkLib(t *testing.T) {
	ctx := cdkctx.InitContext()
	out := t.TempDir()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(out), Context: &ctx, PropertyInjectors: &[]awscdk.IPropertyInjector{
		inj{*awss3.Bucket_PROPERTY_INJECTION_ID(), func(p interface{}, _ *awscdk.InjectionContext) interface{} {
			b := *p.(*awss3.BucketProps)
			if b.BlockPublicAccess == nil {
				b.BlockPublicAccess = awss3.BlockPublicAccess_BLOCK_ALL()
			}
			if b.EnforceSSL == nil {
				b.EnforceSSL = jsii.Bool(true)
			}
			return &b
		}},
		inj{*awssqs.Queue_PROPERTY_INJECTION_ID(), func(p interface{}, _ *awscdk.InjectionContext) interface{} {
			q := p.(*awssqs.QueueProps)
			q.RetentionPeriod = awscdk.Duration_Days(jsii.Number(14))
			return q
		}},
	}})
	s := awscdk.NewStack(app, jsii.String("Injected"), &awscdk.StackProps{PropertyInjectors: &[]awscdk.IPropertyInjector{
		inj{*awssqs.Queue_PROPERTY_INJECTION_ID(), func(p interface{}, c *awscdk.InjectionContext) interface{} {
			q := *p.(*awssqs.QueueProps)
			q.QueueName = jsii.String("q-" + *c.Id)
			return q
		}},
		inj{*awssns.Topic_PROPERTY_INJECTION_ID(), func(p interface{}, _ *awscdk.InjectionContext) interface{} {
			tp := *p.(*awssns.TopicProps)
			tp.Fifo = jsii.Bool(true)
			return &tp
		}},
		inj{*awsiam.Role_PROPERTY_INJECTION_ID(), func(p interface{}, _ *awscdk.InjectionContext) interface{} {
			r := *p.(*awsiam.RoleProps)
			r.MaxSessionDuration = awscdk.Duration_Hours(jsii.Number(2))
			return &r
		}},
		inj{*awskms.Key_PROPERTY_INJECTION_ID(), func(p interface{}, _ *awscdk.InjectionContext) interface{} {
			k := *p.(*awskms.KeyProps)
			if k.EnableKeyRotation == nil {
				k.EnableKeyRotation = jsii.Bool(true)
			}
			return &k
		}},
		inj{*awslogs.LogGroup_PROPERTY_INJECTION_ID(), func(p interface{}, _ *awscdk.InjectionContext) interface{} {
			l := *p.(*awslogs.LogGroupProps)
			l.Retention = awslogs.RetentionDays_ONE_WEEK
			return &l
		}},
		inj{*awslambda.Function_PROPERTY_INJECTION_ID(), func(p interface{}, _ *awscdk.InjectionContext) interface{} {
			f := *p.(*awslambda.FunctionProps)
			f.MemorySize = jsii.Number(512)
			return &f
		}},
	}})
	awss3.NewBucket(s, jsii.String("Bucket"), nil)
	awss3.NewBucket(s, jsii.String("Versioned"), &awss3.BucketProps{Versioned: jsii.Bool(true), EnforceSSL: jsii.Bool(false)})
	awssqs.NewQueue(s, jsii.String("Queue"), nil)
	awssns.NewTopic(s, jsii.String("Topic"), nil)
	awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
	awskms.NewKey(s, jsii.String("Key"), nil)
	awskms.NewKey(s, jsii.String("NoRotation"), &awskms.KeyProps{EnableKeyRotation: jsii.Bool(false)})
	awslogs.NewLogGroup(s, jsii.String("Logs"), nil)
	awslambda.NewFunction(s, jsii.String("Fn"), &awslambda.FunctionProps{Runtime: awslambda.Runtime_NODEJS_20_X(), Handler: jsii.String("index.handler"),
		Code: awslambda.Code_FromInline(jsii.String("exports.handler = async () => 1;"))})
	group := constructs.NewConstruct(s, jsii.String("Group"))
	awscdk.PropertyInjectors_Of(group).Add(inj{*awssqs.Queue_PROPERTY_INJECTION_ID(), func(p interface{}, _ *awscdk.InjectionContext) interface{} {
		q := *p.(*awssqs.QueueProps)
		q.VisibilityTimeout = awscdk.Duration_Minutes(jsii.Number(5))
		return &q
	}})
	awssqs.NewQueue(group, jsii.String("Inner"), nil)
	if !*awscdk.PropertyInjectors_HasPropertyInjectors(group) || *awscdk.PropertyInjectors_HasPropertyInjectors(s.Node().FindChild(jsii.String("Queue"))) {
		t.Error("HasPropertyInjectors")
	}
	var classes []string
	for _, c := range *awscdk.PropertyInjectors_Of(s).SupportedClasses() {
		classes = append(classes, *c)
	}
	want := []string{"aws-cdk-lib.aws-sqs.Queue", "aws-cdk-lib.aws-sns.Topic", "aws-cdk-lib.aws-iam.Role", "aws-cdk-lib.aws-kms.Key", "aws-cdk-lib.aws-log.LogGroup", "aws-cdk-lib.aws-lambda.Function"}
	if !reflect.DeepEqual(classes, want) {
		t.Errorf("SupportedClasses %v, want %v", classes, want)
	}
	app.Synth(nil)
	var got, exp interface{}
	for p, v := range map[string]*interface{}{filepath.Join(out, "Injected.template.json"): &got, "../../../awscdk/testdata/expected/injectors/Injected.template.json": &exp} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		_ = json.Unmarshal(b, v)
	}
	if !reflect.DeepEqual(got, exp) {
		b, _ := json.MarshalIndent(got, "", " ")
		t.Errorf("template differs from aws-cdk-lib's (testdata/expected/injectors):\n%s", b)
	}
}
