package awscertificatemanager_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	acm "github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Every constructor given nil props either synthesizes or fails with a
// user error naming the construct, never a Go runtime panic.
func TestNilProps(t *testing.T) {
	id := jsii.String("X")
	cases := map[string]func(s awscdk.Stack){
		"Certificate":             func(s awscdk.Stack) { acm.NewCertificate(s, id, nil) },
		"DnsValidatedCertificate": func(s awscdk.Stack) { acm.NewDnsValidatedCertificate(s, id, nil) },
		"PrivateCertificate":      func(s awscdk.Stack) { acm.NewPrivateCertificate(s, id, nil) },
		"KeyAlgorithm":            func(s awscdk.Stack) { acm.NewKeyAlgorithm(nil).Name() },
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		})
	}
}
