package awsroute53

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/jsii"
)

// HostedZoneProviderProps are the query of HostedZone_FromLookup.
type HostedZoneProviderProps struct {
	DomainName  *string `field:"required" json:"domainName" yaml:"domainName"`
	PrivateZone *bool   `field:"optional" json:"privateZone" yaml:"privateZone"`
	VpcId       *string `field:"optional" json:"vpcId" yaml:"vpcId"`
}

// HostedZone_FromLookup finds a hosted zone of the account by domain name
// through the CDK CLI's (or strata's) hosted-zone context provider; until
// the value is in the context, the zone is a placeholder with id DUMMY and
// the lookup is listed as missing in the assembly.
func HostedZone_FromLookup(scope constructs.Construct, id *string, query *HostedZoneProviderProps) IHostedZone {
	if query == nil || deref(query.DomainName) == "" {
		diag.Panic(*scope.Node().Path(), "Cannot use undefined value for attribute `domainName`")
	}
	m := map[string]interface{}{"domainName": *query.DomainName}
	if query.PrivateZone != nil {
		m["privateZone"] = *query.PrivateZone
	}
	if query.VpcId != nil {
		m["vpcId"] = *query.VpcId
	}
	res := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{
		Provider: jsii.String("hosted-zone"),
		Props:    &m,
		// aws-cdk-lib strips the trailing dot from the answer it was
		// handed, which is its dummy object when the value is missing: the
		// manifest then lists the stripped name.
		DummyValue: map[string]interface{}{"Id": "DUMMY", "Name": strings.TrimSuffix(*query.DomainName, ".")},
	})
	zone, _ := res.Value.(map[string]interface{})
	zoneID, _ := zone["Id"].(string)
	name, _ := zone["Name"].(string)
	name = strings.TrimSuffix(name, ".")
	zoneID = strings.Replace(zoneID, "/hostedzone/", "", 1)
	return HostedZone_FromHostedZoneAttributes(scope, id, &HostedZoneAttributes{HostedZoneId: jsii.String(zoneID), ZoneName: jsii.String(name)})
}

// PublicHostedZone_FromLookup is HostedZone_FromLookup.
func PublicHostedZone_FromLookup(scope constructs.Construct, id *string, query *HostedZoneProviderProps) IHostedZone {
	return HostedZone_FromLookup(scope, id, query)
}
