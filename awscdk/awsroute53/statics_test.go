package awsroute53_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/jsii"
)

type myZone struct{ r53.PublicHostedZone }

type myRecord struct{ r53.ARecord }

type myTarget struct{ r53.RecordTarget }

// Subclassing the aws-cdk-go way: the _Override constructors fill the
// user's struct, which the tree then hands out.
func TestOverridesAndStatics(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	z := &myZone{}
	r53.NewPublicHostedZone_Override(z, s, jsii.String("Zone"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("example.com")})
	if z.ZoneName() == nil || *z.ZoneName() != "example.com" {
		t.Fatalf("zone name %v", z.ZoneName())
	}
	tgt := &myTarget{}
	r53.NewRecordTarget_Override(tgt, jsii.Strings("1.2.3.4"), nil)
	rec := &myRecord{}
	r53.NewARecord_Override(rec, s, jsii.String("Rec"), &r53.ARecordProps{Zone: z, Target: tgt})
	if rec.DomainName() == nil {
		t.Fatal("record has no domain name")
	}
	if got := s.Node().FindChild(jsii.String("Rec")); got != rec {
		t.Errorf("the tree holds %T, want the user's *myRecord", got)
	}
	if !*r53.ARecord_IsConstruct(rec) || !*r53.ARecord_IsResource(rec) || !*r53.PublicHostedZone_IsOwnedResource(z) {
		t.Error("statics disagree about owned constructs")
	}
	imp := r53.HealthCheck_FromHealthCheckId(s, jsii.String("Hc"), jsii.String("hc-1"))
	if *r53.HealthCheck_IsOwnedResource(imp) {
		t.Error("an imported health check is owned")
	}
	if *r53.RecordSet_IsConstruct("x") {
		t.Error("a string is a construct")
	}
}
