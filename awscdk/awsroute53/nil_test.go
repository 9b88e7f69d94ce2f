package awsroute53_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// Every constructor and import given nil props or attributes either
// synthesizes or fails with a user error naming the construct, never a Go
// runtime panic (golden.SynthErr fails the test on one).
func TestNilProps(t *testing.T) {
	id := jsii.String("X")
	cases := map[string]func(s awscdk.Stack){
		"HostedZone":             func(s awscdk.Stack) { r53.NewHostedZone(s, id, nil) },
		"PublicHostedZone":       func(s awscdk.Stack) { r53.NewPublicHostedZone(s, id, nil) },
		"PrivateHostedZone":      func(s awscdk.Stack) { r53.NewPrivateHostedZone(s, id, nil) },
		"RecordSet":              func(s awscdk.Stack) { r53.NewRecordSet(s, id, nil) },
		"ARecord":                func(s awscdk.Stack) { r53.NewARecord(s, id, nil) },
		"AaaaRecord":             func(s awscdk.Stack) { r53.NewAaaaRecord(s, id, nil) },
		"CnameRecord":            func(s awscdk.Stack) { r53.NewCnameRecord(s, id, nil) },
		"TxtRecord":              func(s awscdk.Stack) { r53.NewTxtRecord(s, id, nil) },
		"MxRecord":               func(s awscdk.Stack) { r53.NewMxRecord(s, id, nil) },
		"NsRecord":               func(s awscdk.Stack) { r53.NewNsRecord(s, id, nil) },
		"SrvRecord":              func(s awscdk.Stack) { r53.NewSrvRecord(s, id, nil) },
		"CaaRecord":              func(s awscdk.Stack) { r53.NewCaaRecord(s, id, nil) },
		"CaaAmazonRecord":        func(s awscdk.Stack) { r53.NewCaaAmazonRecord(s, id, nil) },
		"DsRecord":               func(s awscdk.Stack) { r53.NewDsRecord(s, id, nil) },
		"HttpsRecord":            func(s awscdk.Stack) { r53.NewHttpsRecord(s, id, nil) },
		"SvcbRecord":             func(s awscdk.Stack) { r53.NewSvcbRecord(s, id, nil) },
		"ZoneDelegationRecord":   func(s awscdk.Stack) { r53.NewZoneDelegationRecord(s, id, nil) },
		"HealthCheck":            func(s awscdk.Stack) { r53.NewHealthCheck(s, id, nil) },
		"KeySigningKey":          func(s awscdk.Stack) { r53.NewKeySigningKey(s, id, nil) },
		"CrossAccountDelegation": func(s awscdk.Stack) { r53.NewCrossAccountZoneDelegationRecord(s, id, nil) },
		"FromARecordAttributes":  func(s awscdk.Stack) { r53.ARecord_FromARecordAttributes(s, id, nil) },
		"FromLookup":             func(s awscdk.Stack) { r53.HostedZone_FromLookup(s, id, nil) },
		"FromKskAttributes":      func(s awscdk.Stack) { r53.KeySigningKey_FromKeySigningKeyAttributes(s, id, nil) },
		"CidrRouting":            func(s awscdk.Stack) { r53.CidrRoutingConfig_Create(nil) },
		"HttpsService":           func(s awscdk.Stack) { r53.HttpsRecordValue_Service(nil).ToString() },
		"EnableDnssec": func(s awscdk.Stack) {
			r53.NewHostedZone(s, id, &r53.HostedZoneProps{ZoneName: jsii.String("a.com")}).EnableDnssec(nil)
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, jsii.String("S"), nil)) })
		})
	}
}
