package awselasticloadbalancingv2_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	elbv2 "github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// ruleListener is a program's own listener type, written as an aws-cdk-go
// user writes one: it embeds BaseListener, is initialised by
// NewBaseListener_Override and redefines ValidateListener, since only its
// own listener rules route traffic.
type ruleListener struct{ elbv2.BaseListener }

func (l *ruleListener) ValidateListener() *[]*string { return &[]*string{} }

func newRuleListener(scope constructs.Construct, id string, additionalProps interface{}) *ruleListener {
	l := &ruleListener{}
	elbv2.NewBaseListener_Override(l, scope, jsii.String(id), additionalProps)
	return l
}

const overrideLbArn = "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/shared/50dc6c495c0c9188"

func fixedResponse(code string) *[]interface{} {
	return &[]interface{}{&elbv2.CfnListener_ActionProperty{Type: jsii.String("fixed-response"),
		FixedResponseConfig: &elbv2.CfnListener_FixedResponseConfigProperty{StatusCode: jsii.String(code)}}}
}

// The Go twins of the stacks in testdata/override/twins.js.
var listenerOverrideCases = map[string]func(s awscdk.Stack){
	"OverrideListener": func(s awscdk.Stack) {
		l := newRuleListener(s, "Http", map[string]interface{}{
			"loadBalancerArn": overrideLbArn, "port": 8080, "protocol": "HTTP",
			"tags": &[]*awscdk.CfnTag{{Key: jsii.String("team"), Value: jsii.String("web")}},
		})
		l.SetAttribute(jsii.String("routing.http.response.server.enabled"), jsii.String("false"))
		l.SetAttribute(jsii.String("routing.http.response.x_frame_options.header_value"), jsii.String("DENY"))
		l.RemoveAttribute(jsii.String("routing.http.response.x_frame_options.header_value"))
		// The base renders no default action: the program sets one on the L1.
		l.Node().DefaultChild().(elbv2.CfnListener).SetDefaultActions(*fixedResponse("404"))
		elbv2.NewCfnListenerRule(s, jsii.String("Health"), &elbv2.CfnListenerRuleProps{
			ListenerArn: l.ListenerArn(), Priority: jsii.Number(1),
			Conditions: &[]interface{}{&elbv2.CfnListenerRule_RuleConditionProperty{Field: jsii.String("path-pattern"), Values: jsii.Strings("/health")}},
			Actions: &[]interface{}{&elbv2.CfnListenerRule_ActionProperty{Type: jsii.String("fixed-response"),
				FixedResponseConfig: &elbv2.CfnListenerRule_FixedResponseConfigProperty{StatusCode: jsii.String("200")}}},
		})
		awscdk.NewCfnOutput(s, jsii.String("Arn"), &awscdk.CfnOutputProps{Value: l.ListenerRef().ListenerArn})
	},
}

func TestBaseListenerOverride(t *testing.T) {
	golden.CheckTemplatesIn(t, "testdata/override", listenerOverrideCases)
}

// The twin's error cases: a subclass without a default action fails on
// the L1's required DefaultActions; one that keeps the base's
// ValidateListener fails its validation.
func TestBaseListenerOverrideErrors(t *testing.T) {
	b, err := os.ReadFile("testdata/override/errors.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]string
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	type plain struct{ elbv2.BaseListener }
	cases := map[string]struct {
		build func(s awscdk.Stack)
		// the part of aws-cdk-lib's message Strata's must contain
		part func(msg string) string
	}{
		"NoDefaultAction": {
			func(s awscdk.Stack) {
				newRuleListener(s, "L", &elbv2.CfnListenerProps{LoadBalancerArn: overrideLbArn, Port: jsii.Number(9090), Protocol: jsii.String("HTTP")})
			},
			// Strata's L1 words aws-cdk-lib's "defaultActions: required but
			// missing" its own way, naming the L1's path.
			func(msg string) string {
				if !strings.Contains(msg, "defaultActions: required but missing") {
					return msg
				}
				return "[S/L/Resource] AWS::ElasticLoadBalancingV2::Listener: required property 'DefaultActions' is missing"
			},
		},
		"BaseValidation": {
			func(s awscdk.Stack) {
				l := &plain{}
				elbv2.NewBaseListener_Override(l, s, jsii.String("L"), map[string]interface{}{"loadBalancerArn": overrideLbArn, "port": 9090, "protocol": "HTTP"})
				l.Node().DefaultChild().(elbv2.CfnListener).SetDefaultActions(*fixedResponse("404"))
			},
			func(msg string) string { return strings.TrimSpace(strings.SplitN(msg, "\n", 2)[1]) },
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("no %s in errors.json", name)
			}
			err := golden.SynthErr(t, func(app awscdk.App) { c.build(awscdk.NewStack(app, jsii.String("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), c.part(w)) {
				t.Fatalf("error = %v, want it to contain %q", err, c.part(w))
			}
		})
	}
}

// Bad input is a user error naming the construct path, not a Go panic trace.
func TestBaseListenerOverrideBadInput(t *testing.T) {
	for name, c := range map[string]struct {
		outer elbv2.BaseListener
		props interface{}
		want  string
	}{
		"nil":         {nil, nil, "[S/L] NewBaseListener_Override: "},
		"typed nil":   {(*ruleListener)(nil), nil, "[S/L] NewBaseListener_Override: "},
		"unknown key": {&ruleListener{}, map[string]interface{}{"portNumber": 80}, `[S/L] BaseListener: additionalProps has "portNumber", which is not a CfnListenerProps field`},
		"bad value":   {&ruleListener{}, map[string]interface{}{"port": "eighty"}, `[S/L] BaseListener: additionalProps "port" cannot be a string`},
		"bad props":   {&ruleListener{}, 80, "[S/L] BaseListener: additionalProps must be a *CfnListenerProps or a map of its fields, not int"},
	} {
		t.Run(name, func(t *testing.T) {
			err := golden.SynthErr(t, func(app awscdk.App) {
				elbv2.NewBaseListener_Override(c.outer, awscdk.NewStack(app, jsii.String("S"), nil), jsii.String("L"), c.props)
			})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want %q", err, c.want)
			}
		})
	}
}
