package awsrds

import (
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewDatabaseCluster_Override builds a DatabaseCluster into d, a pointer to
// a struct embedding DatabaseCluster (aws-cdk-go's way of extending it).
func NewDatabaseCluster_Override(d DatabaseCluster, scope constructs.Construct, id *string, props *DatabaseClusterProps) {
	l2.Override(d, NewDatabaseCluster(scope, id, props))
}

// NewDatabaseInstance_Override builds a DatabaseInstance into d.
func NewDatabaseInstance_Override(d DatabaseInstance, scope constructs.Construct, id *string, props *DatabaseInstanceProps) {
	l2.Override(d, NewDatabaseInstance(scope, id, props))
}

// NewDatabaseInstanceReadReplica_Override builds a DatabaseInstanceReadReplica into d.
func NewDatabaseInstanceReadReplica_Override(d DatabaseInstanceReadReplica, scope constructs.Construct, id *string, props *DatabaseInstanceReadReplicaProps) {
	l2.Override(d, NewDatabaseInstanceReadReplica(scope, id, props))
}

// NewSubnetGroup_Override builds a SubnetGroup into s.
func NewSubnetGroup_Override(s SubnetGroup, scope constructs.Construct, id *string, props *SubnetGroupProps) {
	l2.Override(s, NewSubnetGroup(scope, id, props))
}

// NewParameterGroup_Override builds a ParameterGroup into p.
func NewParameterGroup_Override(p ParameterGroup, scope constructs.Construct, id *string, props *ParameterGroupProps) {
	l2.Override(p, NewParameterGroup(scope, id, props))
}

// NewDatabaseSecret_Override builds a DatabaseSecret into d.
func NewDatabaseSecret_Override(d DatabaseSecret, scope constructs.Construct, id *string, props *DatabaseSecretProps) {
	l2.Override(d, NewDatabaseSecret(scope, id, props))
}

// NewEndpoint_Override builds an Endpoint into e.
func NewEndpoint_Override(e Endpoint, address *string, port *float64) {
	l2.Override(e, NewEndpoint(address, port))
}

// NewOptionGroup_Override builds an OptionGroup into o.
func NewOptionGroup_Override(o OptionGroup, scope constructs.Construct, id *string, props *OptionGroupProps) {
	l2.Override(o, NewOptionGroup(scope, id, props))
}
