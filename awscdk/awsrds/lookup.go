package awsrds

import (
	"strconv"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// DatabaseInstanceLookupOptions name the instance DatabaseInstance_FromLookup finds.
type DatabaseInstanceLookupOptions struct {
	InstanceIdentifier *string `field:"required" json:"instanceIdentifier" yaml:"instanceIdentifier"`
}

// DatabaseClusterLookupOptions name the cluster DatabaseCluster_FromLookup finds.
type DatabaseClusterLookupOptions struct {
	ClusterIdentifier *string `field:"required" json:"clusterIdentifier" yaml:"clusterIdentifier"`
}

// The lookups go through the Cloud Control context provider with the
// query, property list and dummy answer aws-cdk-lib uses, so that
// cdk.context.json files are shared with the CDK CLI.

// ccLookup asks the cc-api-provider for one resource and returns its
// properties (the dummy's while the context lacks the answer).
func ccLookup(scope constructs.Construct, typeName, identifier string, props []interface{}, dummy *ojson.Object) func(string) interface{} {
	query := ojson.New()
	query.Set("typeName", typeName)
	query.Set("exactIdentifier", identifier)
	query.Set("propertiesToReturn", props)
	v := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{
		Provider:   jsii.String("cc-api-provider"),
		Props:      l2.OrderedContextProps(query),
		DummyValue: []interface{}{dummy},
	}).Value
	var first interface{}
	switch list := v.(type) {
	case []interface{}:
		if len(list) > 0 {
			first = list[0]
		}
	case *[]interface{}:
		if list != nil && len(*list) > 0 {
			first = (*list)[0]
		}
	}
	get := func(key string) interface{} {
		switch m := first.(type) {
		case map[string]interface{}:
			return m[key]
		case *ojson.Object:
			x, _ := m.Get(key)
			return x
		}
		return nil
	}
	switch first.(type) {
	case map[string]interface{}, *ojson.Object:
	default:
		diag.Panic(*scope.Node().Path(), "Unexpected response received from the context provider for %s %q. Please clear out the context key using `cdk context --remove` and try again.", typeName, identifier)
	}
	return get
}

func lookupString(v interface{}) *string {
	if s, ok := v.(string); ok {
		return jsii.String(s)
	}
	return nil
}

// lookupPort is Number(value) of the answer's port, which Cloud Control
// returns as a string.
func lookupPort(v interface{}) *float64 {
	switch p := v.(type) {
	case string:
		if f, err := strconv.ParseFloat(p, 64); err == nil {
			return jsii.Number(f)
		}
	case float64:
		return jsii.Number(p)
	}
	return nil
}

// lookupSecurityGroups imports the answer's security groups into scope.
func lookupSecurityGroups(scope constructs.Construct, v interface{}) []awsec2.ISecurityGroup {
	ids, _ := v.([]interface{})
	sgs := []awsec2.ISecurityGroup{}
	for _, id := range ids {
		s, ok := id.(string)
		if !ok {
			continue
		}
		sgs = append(sgs, awsec2.SecurityGroup_FromSecurityGroupId(scope, jsii.String("LSG-"+s), jsii.String(s), nil))
	}
	return sgs
}

func nonEmpty(v interface{}) bool {
	l, ok := v.([]interface{})
	return ok && len(l) > 0
}

// DatabaseInstance_FromLookup imports an existing instance found by its
// identifier through the Cloud Control context provider. The stack needs
// a concrete account and region.
func DatabaseInstance_FromLookup(scope constructs.Construct, id *string, options *DatabaseInstanceLookupOptions) IDatabaseInstance {
	if options == nil || options.InstanceIdentifier == nil {
		l2.RequireArg(scope, "DatabaseInstance_FromLookup", "options.InstanceIdentifier")
	}
	dummy := ojson.New()
	dummy.Set("Identifier", "TEST")
	dummy.Set("DBInstanceArn", "TESTARN")
	dummy.Set("Endpoint.Address", "TESTADDRESS")
	dummy.Set("Endpoint.Port", "5432")
	dummy.Set("DbiResourceId", "TESTID")
	dummy.Set("DBSecurityGroups", []interface{}{})
	dummy.Set("VPCSecurityGroups", []interface{}{})
	get := ccLookup(scope, "AWS::RDS::DBInstance", *options.InstanceIdentifier,
		[]interface{}{"DBInstanceArn", "Endpoint.Address", "Endpoint.Port", "DbiResourceId", "DBSecurityGroups", "VPCSecurityGroups"}, dummy)
	groups := get("VPCSecurityGroups")
	if nonEmpty(get("DBSecurityGroups")) {
		groups = get("DBSecurityGroups")
	}
	sgs := lookupSecurityGroups(scope, groups)
	port := lookupPort(get("Endpoint.Port"))
	if port == nil {
		diag.Panic(*scope.Node().Path(), "The context provider's answer for instance %q has no Endpoint.Port", *options.InstanceIdentifier)
	}
	return DatabaseInstance_FromDatabaseInstanceAttributes(scope, id, &DatabaseInstanceAttributes{
		InstanceEndpointAddress: lookupString(get("Endpoint.Address")), Port: port,
		InstanceIdentifier: options.InstanceIdentifier, SecurityGroups: &sgs, InstanceResourceId: lookupString(get("DbiResourceId")),
	})
}

// DatabaseInstanceBase_FromLookup is DatabaseInstance_FromLookup.
func DatabaseInstanceBase_FromLookup(scope constructs.Construct, id *string, options *DatabaseInstanceLookupOptions) IDatabaseInstance {
	return DatabaseInstance_FromLookup(scope, id, options)
}

// DatabaseInstanceFromSnapshot_FromLookup is DatabaseInstance_FromLookup.
func DatabaseInstanceFromSnapshot_FromLookup(scope constructs.Construct, id *string, options *DatabaseInstanceLookupOptions) IDatabaseInstance {
	return DatabaseInstance_FromLookup(scope, id, options)
}

// DatabaseInstanceReadReplica_FromLookup is DatabaseInstance_FromLookup.
func DatabaseInstanceReadReplica_FromLookup(scope constructs.Construct, id *string, options *DatabaseInstanceLookupOptions) IDatabaseInstance {
	return DatabaseInstance_FromLookup(scope, id, options)
}

// DatabaseCluster_FromLookup imports an existing Aurora cluster found by
// its identifier through the Cloud Control context provider. The stack
// needs a concrete account and region.
func DatabaseCluster_FromLookup(scope constructs.Construct, id *string, options *DatabaseClusterLookupOptions) IDatabaseCluster {
	if options == nil || options.ClusterIdentifier == nil {
		l2.RequireArg(scope, "DatabaseCluster_FromLookup", "options.ClusterIdentifier")
	}
	if *awscdk.Token_IsUnresolved(options.ClusterIdentifier) {
		diag.Panic("", "Cannot look up a cluster with a tokenized cluster identifier.")
	}
	dummy := ojson.New()
	dummy.Set("Identifier", "TEST")
	dummy.Set("DBClusterArn", "TESTARN")
	dummy.Set("Endpoint.Address", "TESTADDRESS")
	dummy.Set("Endpoint.Port", "5432")
	dummy.Set("ReadEndpoint.Address", "TESTREADERADDRESS")
	dummy.Set("DBClusterResourceId", "TESTID")
	dummy.Set("VpcSecurityGroupIds", []interface{}{})
	dummy.Set("EnableHttpEndpoint", true)
	get := ccLookup(scope, "AWS::RDS::DBCluster", *options.ClusterIdentifier,
		[]interface{}{"DBClusterArn", "Endpoint.Address", "Endpoint.Port", "ReadEndpoint.Address", "DBClusterResourceId", "VpcSecurityGroupIds", "EnableHttpEndpoint"}, dummy)
	sgs := lookupSecurityGroups(scope, get("VpcSecurityGroupIds"))
	var dataAPI *bool
	if b, ok := get("EnableHttpEndpoint").(bool); ok {
		dataAPI = jsii.Bool(b)
	}
	return DatabaseCluster_FromDatabaseClusterAttributes(scope, id, &DatabaseClusterAttributes{
		ClusterIdentifier: options.ClusterIdentifier, ClusterEndpointAddress: lookupString(get("Endpoint.Address")),
		ReaderEndpointAddress: lookupString(get("ReadEndpoint.Address")), Port: lookupPort(get("Endpoint.Port")),
		ClusterResourceIdentifier: lookupString(get("DBClusterResourceId")), SecurityGroups: &sgs, DataApiEnabled: dataAPI,
	})
}
