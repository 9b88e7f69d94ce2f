package awsses_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsses"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsevents"
	"github.com/strata-cdk/strata/jsii"
)

// Constructors whose props aws-cdk-lib requires stop with a clear error
// naming the construct path, not a Go panic trace.
func TestRequiredPropsNil(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"ReceiptRule":            func(s awscdk.Stack) { awsses.NewReceiptRule(s, jsii.String("X"), nil) },
		"DropSpamReceiptRule":    func(s awscdk.Stack) { awsses.NewDropSpamReceiptRule(s, jsii.String("X"), nil) },
		"AllowListReceiptFilter": func(s awscdk.Stack) { awsses.NewAllowListReceiptFilter(s, jsii.String("X"), nil) },
		"EmailIdentity":          func(s awscdk.Stack) { awsses.NewEmailIdentity(s, jsii.String("X"), nil) },
		"EventDestination":       func(s awscdk.Stack) { awsses.NewConfigurationSetEventDestination(s, jsii.String("X"), nil) },
		"ReceiptRuleAttributes":  func(s awscdk.Stack) { awsses.ReceiptRule_FromReceiptRuleAttributes(s, jsii.String("X"), nil) },
		"DestinationAttributes": func(s awscdk.Stack) {
			awsses.ConfigurationSetEventDestination_FromConfigurationSetEventDestinationAttributes(s, jsii.String("X"), nil)
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), "S/X") {
				t.Fatalf("want an error naming S/X, got %v", err)
			}
		})
	}
}

// Constructors with only optional props accept nil, as aws-cdk-lib's undefined.
func TestOptionalPropsNil(t *testing.T) {
	err := synthErr(t, func(app awscdk.App) {
		s := awscdk.NewStack(app, jsii.String("S"), nil)
		awsses.NewConfigurationSet(s, jsii.String("C"), nil)
		awsses.NewDedicatedIpPool(s, jsii.String("P"), nil)
		awsses.NewReceiptRuleSet(s, jsii.String("R"), nil).AddRule(jsii.String("Rule"), nil)
		awsses.NewReceiptFilter(s, jsii.String("F"), nil)
		awsses.NewVdmAttributes(s, jsii.String("V"), nil)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The values the static factories carry, read back through the interfaces.
func TestFactories(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	zone := awsroute53.NewPublicHostedZone(s, jsii.String("Z"), &awsroute53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
	if id := awsses.Identity_PublicHostedZone(zone); *id.Value() != "example.com" || id.HostedZone() == nil {
		t.Errorf("PublicHostedZone identity: %v %v", *id.Value(), id.HostedZone())
	}
	if id := awsses.Identity_Email(jsii.String("a@b.c")); *id.Value() != "a@b.c" || id.HostedZone() != nil {
		t.Error("Email identity")
	}
	topic := awssns.NewTopic(s, jsii.String("T"), nil)
	if d := awsses.EventDestination_SnsTopic(topic); d.Topic() != topic || d.Bus() != nil || d.Stream() != nil || d.Dimensions() != nil {
		t.Error("SnsTopic destination")
	}
	var bus interfacesawsevents.IEventBusRef
	if d := awsses.EventDestination_EventBus(bus); d.Topic() != nil {
		t.Error("EventBus destination")
	}
	if !*awsses.ConfigurationSet_IsResource(awsses.NewConfigurationSet(s, jsii.String("C"), nil)) {
		t.Error("ConfigurationSet_IsResource")
	}
	if *awsses.ReceiptFilter_IsOwnedResource(awsses.DedicatedIpPool_FromDedicatedIpPoolName(s, jsii.String("I"), jsii.String("p"))) {
		t.Error("an imported pool is not owned")
	}
}

// A Go type embedding an L2 (aws-cdk-go's way to subclass) gets the L2's behaviour.
type myConfigSet struct{ awsses.ConfigurationSet }

func TestOverride(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	c := &myConfigSet{}
	awsses.NewConfigurationSet_Override(c, s, jsii.String("Mine"), &awsses.ConfigurationSetProps{ConfigurationSetName: jsii.String("mine")})
	if c.ConfigurationSet == nil || *c.Node().Path() != "S/Mine" {
		t.Fatal("override did not store the configuration set")
	}
	if got := s.Resolve(c.ConfigurationSetName()).(map[string]interface{})["Ref"].(string); !strings.HasPrefix(got, "Mine") {
		t.Errorf("name resolves to Ref %q", got)
	}
}
