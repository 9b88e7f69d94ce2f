package awsstepfunctionstasks_test

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
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

// myImage is a program's own DockerImage, built with NewDockerImage_Override.
type myImage struct {
	tasks.DockerImage
	bound int
}

func (m *myImage) Bind(task tasks.ISageMakerTask) *tasks.DockerImageConfig {
	m.bound++
	return &tasks.DockerImageConfig{ImageUri: str("mine:" + *task.GrantPrincipal().(awsiam.IRole).Node().Id())}
}

// myContainer is a program's own container definition.
type myContainer struct{}

func (myContainer) Bind(tasks.ISageMakerTask) *tasks.ContainerDefinitionConfig {
	return &tasks.ContainerDefinitionConfig{Parameters: &map[string]interface{}{"Z": "last", "Image": "x"}}
}

func TestSfntaOwnImageAndContainer(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	img := &myImage{}
	tasks.NewDockerImage_Override(img)
	task := tasks.NewSageMakerCreateModel(s, str("T"), &tasks.SageMakerCreateModelProps{ModelName: str("m"),
		PrimaryContainer: tasks.NewContainerDefinition(&tasks.ContainerDefinitionOptions{Image: img}),
		Containers:       &[]tasks.IContainerDefinition{myContainer{}}})
	sm := sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(task)})
	if sm == nil {
		t.Fatal("no state machine")
	}
	if img.bound != 1 {
		t.Fatalf("own image bound %d times; want 1", img.bound)
	}
	js := task.ToStateJson(sfn.QueryLanguage_JSON_PATH)
	params := (*js)["Parameters"]
	b, _ := json.Marshal(params)
	got := string(b)
	for _, want := range []string{`"Image":"mine:SagemakerRole"`, `"parameters":{"Image":"x","Z":"last"}`} {
		if !strings.Contains(got, want) {
			t.Errorf("Parameters = %s; want it to contain %s", got, want)
		}
	}
}

// The SageMaker and EMR cluster tasks share no state between Apps built
// in parallel (run with -race).
func TestSfntaParallelApps(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			app := awscdk.NewApp(nil)
			for _, name := range []string{"SmModel", "SmTraining", "SmTransform", "SmEndpointConfig", "EmrCluster"} {
				templateCases[name](awscdk.NewStack(app, str(name), nil))
			}
			app.Synth(nil)
		}()
	}
	wg.Wait()
}

// halfImage embeds DockerImage without binding itself: a clear error, not
// a nil-pointer trace.
type halfImage struct{ tasks.DockerImage }

func TestSfntaAbstractImage(t *testing.T) {
	err := golden.SynthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, str("S"), nil)
		img := &halfImage{}
		tasks.NewDockerImage_Override(img)
		task := tasks.NewSageMakerCreateModel(s, str("T"), &tasks.SageMakerCreateModelProps{ModelName: str("m"),
			PrimaryContainer: tasks.NewContainerDefinition(&tasks.ContainerDefinitionOptions{Image: img})})
		sfn.NewStateMachine(s, str("SM"), &sfn.StateMachineProps{DefinitionBody: sfn.DefinitionBody_FromChainable(task)})
	})
	if err == nil || !strings.Contains(err.Error(), "must implement Bind") {
		t.Fatalf("got %v; want the error saying the image must implement Bind", err)
	}
}
