package awsdynamodb

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskinesis"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// TableOptionsV2 are the settings a TableV2 shares with its replicas.
type TableOptionsV2 struct {
	// Deprecated: use ContributorInsightsSpecification.
	ContributorInsights              *bool                             `field:"optional" json:"contributorInsights" yaml:"contributorInsights"`
	ContributorInsightsSpecification *ContributorInsightsSpecification `field:"optional" json:"contributorInsightsSpecification" yaml:"contributorInsightsSpecification"`
	DeletionProtection               *bool                             `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	KinesisStream                    awskinesis.IStream                `field:"optional" json:"kinesisStream" yaml:"kinesisStream"`
	// Deprecated: use PointInTimeRecoverySpecification.
	PointInTimeRecovery              *bool                             `field:"optional" json:"pointInTimeRecovery" yaml:"pointInTimeRecovery"`
	PointInTimeRecoverySpecification *PointInTimeRecoverySpecification `field:"optional" json:"pointInTimeRecoverySpecification" yaml:"pointInTimeRecoverySpecification"`
	ResourcePolicy                   awsiam.PolicyDocument             `field:"optional" json:"resourcePolicy" yaml:"resourcePolicy"`
	StreamResourcePolicy             awsiam.PolicyDocument             `field:"optional" json:"streamResourcePolicy" yaml:"streamResourcePolicy"`
	TableClass                       TableClass                        `field:"optional" json:"tableClass" yaml:"tableClass"`
	Tags                             *[]*awscdk.CfnTag                 `field:"optional" json:"tags" yaml:"tags"`
}

// NewTableV2_Override initialises outer, a type embedding TableV2 (how Go
// programs subclass it).
func NewTableV2_Override(outer TableV2, scope constructs.Construct, id *string, props *TablePropsV2) {
	l2.Override(outer, NewTableV2(scope, id, props))
}

// NewTable_Override initialises outer, a type embedding Table (how Go
// programs subclass it).
func NewTable_Override(outer Table, scope constructs.Construct, id *string, props *TableProps) {
	l2.Override(outer, NewTable(scope, id, props))
}

// NewTableGrants_Override initialises outer, a type embedding TableGrants.
func NewTableGrants_Override(outer TableGrants, props *TableGrantsProps) {
	l2.Override(outer, NewTableGrants(props))
}

// NewStreamGrants_Override initialises outer, a type embedding StreamGrants.
func NewStreamGrants_Override(outer StreamGrants, props *StreamGrantsProps) {
	l2.Override(outer, NewStreamGrants(props))
}

// TableBaseV2_IsConstruct reports whether x is a construct.
func TableBaseV2_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// TableBaseV2_IsResource reports whether c is a Resource.
func TableBaseV2_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// TableBaseV2_IsOwnedResource reports whether c is a Resource defined in this app.
func TableBaseV2_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}
