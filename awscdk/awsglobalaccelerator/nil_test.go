package awsglobalaccelerator_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	ga "github.com/strata-cdk/strata/awscdk/awsglobalaccelerator"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Missing props are a user's mistake reported with the construct path,
// never a Go panic trace; NewAccelerator takes nil as aws-cdk-lib takes undefined.
func TestNilProps(t *testing.T) {
	for name, c := range map[string]struct {
		build func(s awscdk.Stack)
		want  string
	}{
		"Listener":         {func(s awscdk.Stack) { ga.NewListener(s, jsii.String("L"), nil) }, "[S/L] ListenerProps needs props"},
		"ListenerNoAcc":    {func(s awscdk.Stack) { ga.NewListener(s, jsii.String("L"), &ga.ListenerProps{}) }, "[S/L] ListenerProps.Accelerator is required"},
		"EndpointGroup":    {func(s awscdk.Stack) { ga.NewEndpointGroup(s, jsii.String("G"), nil) }, "[S/G] EndpointGroupProps needs props"},
		"EndpointGroupNoL": {func(s awscdk.Stack) { ga.NewEndpointGroup(s, jsii.String("G"), &ga.EndpointGroupProps{}) }, "[S/G] EndpointGroupProps.Listener is required"},
		"ImportNil":        {func(s awscdk.Stack) { ga.Accelerator_FromAcceleratorAttributes(s, jsii.String("A"), nil) }, "[S/A] AcceleratorAttributes needs props"},
		"RawEndpoint":      {func(s awscdk.Stack) { ga.NewRawEndpoint(nil) }, "RawEndpoint: props.EndpointId is required"},
		"AddNilEndpoint": {func(s awscdk.Stack) {
			acc := ga.NewAccelerator(s, jsii.String("A"), nil)
			acc.AddListener(jsii.String("L"), &ga.ListenerOptions{PortRanges: &[]*ga.PortRange{{FromPort: jsii.Number(1)}}}).AddEndpointGroup(jsii.String("G"), nil).AddEndpoint(nil)
		}, "[S/A/L/G] AddEndpoint: endpoint is required"},
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
	if err := golden.SynthErr(t, func(app awscdk.App) {
		acc := ga.NewAccelerator(awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("A"), nil)
		acc.AddListener(jsii.String("L"), &ga.ListenerOptions{PortRanges: &[]*ga.PortRange{{FromPort: jsii.Number(1)}}}).AddEndpointGroup(jsii.String("G"), nil)
	}); err != nil {
		t.Errorf("nil props and options: %v", err)
	}
}

// A user's own IEndpoint may render aws-cdk-lib's JavaScript names; the
// group writes CloudFormation's.
type customEndpoint struct{}

func (customEndpoint) Region() *string { return jsii.String("ap-south-1") }
func (customEndpoint) RenderEndpointConfiguration() interface{} {
	return map[string]interface{}{"endpointId": "custom-1", "weight": 7, "attachmentArn": "arn:x"}
}

func TestCustomEndpoint(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	l := ga.NewAccelerator(s, jsii.String("A"), nil).AddListener(jsii.String("L"), &ga.ListenerOptions{PortRanges: &[]*ga.PortRange{{FromPort: jsii.Number(1)}}})
	l.AddEndpointGroup(jsii.String("G"), &ga.EndpointGroupOptions{Endpoints: &[]ga.IEndpoint{customEndpoint{}}})
	tpl := app.Synth(nil).GetStackArtifact(jsii.String("S")).Template()
	b, _ := jsonMarshal(tpl)
	for _, want := range []string{`"EndpointConfigurations":[{"AttachmentArn":"arn:x","EndpointId":"custom-1","Weight":7}]`, `"EndpointGroupRegion":"ap-south-1"`} {
		if !strings.Contains(b, want) {
			t.Errorf("template lacks %s:\n%s", want, b)
		}
	}
}
