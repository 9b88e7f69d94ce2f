package awsevents_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsevents"
	"github.com/strata-cdk/strata/jsii"
)

// Missing required props are a clear error naming the construct, not a Go
// panic trace (synthErr fails the test on a non-user panic).
func TestNilPropsAreUserErrors(t *testing.T) {
	for name, build := range map[string]func(s awscdk.Stack){
		"Connection":     func(s awscdk.Stack) { awsevents.NewConnection(s, jsii.String("C"), nil) },
		"ApiDestination": func(s awscdk.Stack) { awsevents.NewApiDestination(s, jsii.String("D"), nil) },
		"Archive":        func(s awscdk.Stack) { awsevents.NewArchive(s, jsii.String("A"), nil) },
		"EventBusPolicy": func(s awscdk.Stack) { awsevents.NewEventBusPolicy(s, jsii.String("P"), nil) },
		"OAuth":          func(s awscdk.Stack) { awsevents.Authorization_Oauth(nil) },
		"ImportDest": func(s awscdk.Stack) {
			awsevents.ApiDestination_FromApiDestinationAttributes(s, jsii.String("D"), nil)
		},
	} {
		build := build
		t.Run(name, func(t *testing.T) {
			if err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) }); err == nil {
				t.Fatal("want an error")
			}
		})
	}
}
