package awsstepfunctionstasks_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	tasks "github.com/strata-cdk/strata/awscdk/awsstepfunctionstasks"
	"github.com/strata-cdk/strata/internal/golden"
)

func TestSfntaNilProps(t *testing.T) {
	for name, build := range sfntaNil {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), "[S/T]") || !strings.Contains(err.Error(), "required") {
				t.Fatalf("got %v; want an error at S/T naming what is required", err)
			}
		})
	}
}

type sfntaInj struct {
	id string
	f  func(props interface{}) interface{}
}

func (i sfntaInj) ConstructUniqueId() *string                                   { return str(i.id) }
func (i sfntaInj) Inject(p interface{}, _ *awscdk.InjectionContext) interface{} { return i.f(p) }

// A property injector registered under a task's PROPERTY_INJECTION_ID sees
// (and may fill in) its props before the task is built.
func TestSfntaPropertyInjection(t *testing.T) {
	app := awscdk.NewApp(&awscdk.AppProps{PropertyInjectors: &[]awscdk.IPropertyInjector{
		sfntaInj{*tasks.SageMakerCreateEndpointConfig_PROPERTY_INJECTION_ID(), func(p interface{}) interface{} {
			c := *p.(*tasks.SageMakerCreateEndpointConfigProps)
			c.Comment = str("injected")
			return &c
		}},
	}})
	s := awscdk.NewStack(app, str("S"), nil)
	v := &tasks.ProductionVariant{InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_M5, awsec2.InstanceSize_LARGE), ModelName: str("m"), VariantName: str("v")}
	task := tasks.NewSageMakerCreateEndpointConfig(s, str("T"), &tasks.SageMakerCreateEndpointConfigProps{EndpointConfigName: str("c"), ProductionVariants: &[]*tasks.ProductionVariant{v}})
	if c := task.Comment(); c == nil || *c != "injected" {
		t.Fatalf("Comment = %v; want the injected comment", c)
	}
}
