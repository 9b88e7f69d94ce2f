package awsroute53_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	r53 "github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twin of the Delegation stack of testdata/twins.js.
var delegationCases = map[string]func(s awscdk.Stack){
	"Delegation": func(s awscdk.Stack) {
		sub := r53.NewPublicHostedZone(s, jsii.String("Sub"), &r53.PublicHostedZoneProps{ZoneName: jsii.String("sub.example.com")})
		role := awsiam.Role_FromRoleArn(s, jsii.String("ParentRole"), jsii.String("arn:aws:iam::222222222222:role/Delegation"), nil)
		r53.NewCrossAccountZoneDelegationRecord(s, jsii.String("Delegate"), &r53.CrossAccountZoneDelegationRecordProps{DelegatedZone: sub, ParentHostedZoneName: jsii.String("example.com"), DelegationRole: role})
		r53.NewCrossAccountZoneDelegationRecord(s, jsii.String("DelegateById"), &r53.CrossAccountZoneDelegationRecordProps{DelegatedZone: sub, ParentHostedZoneId: jsii.String("Z1"), DelegationRole: role,
			Ttl: awscdk.Duration_Minutes(jsii.Number(5)), AssumeRoleRegion: jsii.String("us-east-1"), RemovalPolicy: awscdk.RemovalPolicy_RETAIN})
		z := r53.HostedZone_FromHostedZoneAttributes(s, jsii.String("Zone"), &r53.HostedZoneAttributes{HostedZoneId: jsii.String("Z9"), ZoneName: jsii.String("example.org")})
		r53.NewARecord(s, jsii.String("A"), &r53.ARecordProps{Zone: z, Target: ips("1.1.1.1"), DeleteExisting: jsii.Bool(true)})
		r53.NewCnameRecord(s, jsii.String("C"), &r53.CnameRecordProps{Zone: z, RecordName: jsii.String("c"), DomainName: jsii.String("x.example.org"), DeleteExisting: jsii.Bool(true)})
	},
}

// ownProviderKeys puts the S3 keys of Strata's own provider handlers where
// aws-cdk-lib's template has the keys of its handlers, provider by
// provider: the one allowed difference.
func ownProviderKeys(t *testing.T, want, got []byte) []byte {
	keys := func(b []byte) map[string]string {
		var doc struct {
			Resources map[string]struct {
				Type       string
				Properties struct{ Code struct{ S3Key string } }
			}
		}
		_ = json.Unmarshal(b, &doc)
		out := map[string]string{}
		for id, r := range doc.Resources {
			if r.Type == "AWS::Lambda::Function" && strings.HasPrefix(id, "Custom") && r.Properties.Code.S3Key != "" {
				out[id] = r.Properties.Code.S3Key
			}
		}
		return out
	}
	ours := keys(got)
	for id, theirs := range keys(want) {
		if o, ok := ours[id]; ok {
			want = []byte(strings.ReplaceAll(string(want), theirs, o))
		}
	}
	return want
}

func TestRoute53CustomResourceTemplates(t *testing.T) {
	golden.CheckTemplates(t, delegationCases, nil, ownProviderKeys)
}

func init() {
	errorCases["DelegationNoParent"] = func(s awscdk.Stack) {
		r53.NewCrossAccountZoneDelegationRecord(s, jsii.String("D"), &r53.CrossAccountZoneDelegationRecordProps{DelegatedZone: zoneOf(s),
			DelegationRole: awsiam.Role_FromRoleArn(s, jsii.String("R"), jsii.String("arn:aws:iam::222222222222:role/D"), nil)})
	}
	errorCases["DelegationTwoParents"] = func(s awscdk.Stack) {
		r53.NewCrossAccountZoneDelegationRecord(s, jsii.String("D"), &r53.CrossAccountZoneDelegationRecordProps{DelegatedZone: zoneOf(s), ParentHostedZoneId: jsii.String("Z1"),
			ParentHostedZoneName: jsii.String("example.com"), DelegationRole: awsiam.Role_FromRoleArn(s, jsii.String("R"), jsii.String("arn:aws:iam::222222222222:role/D"), nil)})
	}
}
