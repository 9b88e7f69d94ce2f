package awscloudfront_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/assertions"
	cf "github.com/strata-cdk/strata/awscdk/awscloudfront"
	origins "github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/jsii"
)

type myCachePolicy struct{ cf.CachePolicy }
type myKeyValueStore struct{ cf.KeyValueStore }
type myWebDistribution struct{ cf.CloudFrontWebDistribution }
type myCode struct{ cf.FunctionCode }

func (myCode) Render() *string { return jsii.String("function handler(e) { return e.request; }") }

type myLbOrigin struct{ origins.HttpOrigin }

// The New*_Override constructors (how Go programs subclass an L2) build the
// same resources as the plain constructors.
func TestOverrides(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	p := &myCachePolicy{}
	cf.NewCachePolicy_Override(p, s, jsii.String("P"), nil)
	k := &myKeyValueStore{}
	cf.NewKeyValueStore_Override(k, s, jsii.String("K"), nil)
	code := &myCode{}
	cf.NewFunctionCode_Override(code)
	fn := cf.NewFunction(s, jsii.String("F"), &cf.FunctionProps{Code: code})
	o := &myLbOrigin{}
	origins.NewHttpOrigin_Override(o, jsii.String("a.example.com"), nil)
	w := &myWebDistribution{}
	cf.NewCloudFrontWebDistribution_Override(w, s, jsii.String("W"), &cf.CloudFrontWebDistributionProps{OriginConfigs: &[]*cf.SourceConfiguration{
		{CustomOriginSource: &cf.CustomOriginConfig{DomainName: jsii.String("a.com")}, Behaviors: &[]*cf.Behavior{{IsDefaultBehavior: jsii.Bool(true)}}}}})
	cf.NewDistribution(s, jsii.String("D"), &cf.DistributionProps{DefaultBehavior: &cf.BehaviorOptions{Origin: o, CachePolicy: p,
		FunctionAssociations: &[]*cf.FunctionAssociation{{Function: fn, EventType: cf.FunctionEventType_VIEWER_REQUEST}}}})
	tpl := assertions.Template_FromStack(s, nil)
	tpl.ResourceCountIs(jsii.String("AWS::CloudFront::CachePolicy"), jsii.Number(1))
	tpl.ResourceCountIs(jsii.String("AWS::CloudFront::KeyValueStore"), jsii.Number(1))
	tpl.ResourceCountIs(jsii.String("AWS::CloudFront::Distribution"), jsii.Number(2))
	tpl.HasResourceProperties(jsii.String("AWS::CloudFront::Function"), map[string]interface{}{"FunctionCode": "function handler(e) { return e.request; }"})
	if p.CachePolicyId() == nil || w.DistributionId() == nil || k.KeyValueStoreArn() == nil {
		t.Fatal("the embedded L2s answer nothing")
	}
}
