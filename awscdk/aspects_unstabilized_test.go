package awscdk_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

type countAspect struct{ visits *int }

func (a countAspect) Visit(constructs.IConstruct) { *a.visits++ }

type addingAspect struct{ added awscdk.IAspect }

func (a addingAspect) Visit(c constructs.IConstruct) {
	if _, ok := c.(awscdk.Stack); ok {
		awscdk.Aspects_Of(c).Add(a.added, nil)
	}
}

// TestAspectStabilization: without stabilization (the option, or the flag set
// to false) an aspect added by an aspect does not run and a warning says so;
// with it, the added aspect runs too.
func TestAspectStabilization(t *testing.T) {
	for _, tc := range []struct {
		name      string
		option    *bool
		flag      interface{}
		wantVisit bool
	}{
		{"default", nil, nil, true},
		{"option off", jsii.Bool(false), nil, false},
		{"flag off", nil, false, false},
		{"option beats flag", jsii.Bool(true), false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			extra := map[string]interface{}{}
			if tc.flag != nil {
				extra["@aws-cdk/core:aspectStabilization"] = tc.flag
			}
			app, _ := initApp(t, extra)
			s := awscdk.NewStack(app, jsii.String("S"), nil)
			awscdk.NewCfnResource(s, jsii.String("Q"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SQS::Queue")})
			visits := 0
			awscdk.Aspects_Of(s).Add(addingAspect{added: countAspect{&visits}}, nil)
			app.Synth(&awscdk.StageSynthesisOptions{AspectStabilization: tc.option})
			if (visits > 0) != tc.wantVisit {
				t.Errorf("added aspect visited %d constructs, want visits: %v", visits, tc.wantVisit)
			}
			warned := false
			for _, m := range *s.Node().Metadata() {
				if d, ok := m.Data.(*string); ok && *m.Type == "aws:cdk:warning" && strings.HasPrefix(*d, "We detected an Aspect was added via another Aspect, and will not be applied") {
					warned = true
				}
				if d, ok := m.Data.(string); ok && *m.Type == "aws:cdk:warning" && strings.HasPrefix(d, "We detected an Aspect was added via another Aspect, and will not be applied") {
					warned = true
				}
			}
			if warned == tc.wantVisit {
				t.Errorf("warning given: %v", warned)
			}
		})
	}
}
