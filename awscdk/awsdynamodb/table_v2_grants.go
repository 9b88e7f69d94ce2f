package awsdynamodb

import (
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// tableBaseV2 is what TableV2 and imported TableV2s share: their grant*
// methods cover only the table's own ARN (and its indexes), with the key
// granted first and stream grants on the stream ARN alone, as aws-cdk-lib's
// TableBaseV2 does (Table's grants also cover replica ARNs).
type tableBaseV2 struct{ tableBase }

func (t *tableBaseV2) tableArns() []*string {
	arns := []*string{t.self.TableArn()}
	if *t.self.HasIndex() {
		arns = append(arns, jsii.String(*t.self.TableArn()+"/index/*"))
	}
	return arns
}

func (t *tableBaseV2) checkGrantee(grantee awsiam.IGrantable) {
	if isUnsupportedServicePrincipal(grantee.GrantPrincipal()) {
		l2.Throw(t.self, "DynamoDB grant* methods do not support ServicePrincipal grantees. Use table.addToResourcePolicy() for an explicit service-specific table policy with required service principal, actions, and conditions")
	}
}

// combined grants keyActions on the table key (if any), then tableActions
// on the table (principal or resource policy) and principalOnly on the
// principal alone.
func (t *tableBaseV2) combined(grantee awsiam.IGrantable, keyActions, tableActions, principalOnly []string) awsiam.Grant {
	t.checkGrantee(grantee)
	if key := t.encKey(); key != nil && len(keyActions) > 0 {
		key.Grant(grantee, strPtrs(keyActions)...)
	}
	arns := t.tableArns()
	acts := strPtrs(tableActions)
	result := awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{
		Grantee: grantee, Actions: &acts, ResourceArns: &arns, ResourceSelfArns: jsii.Strings("*"), Resource: t.self,
	})
	if len(principalOnly) > 0 {
		po := strPtrs(principalOnly)
		// The same ARN strings as above, so the two statements merge.
		same := append([]*string{}, arns...)
		result = result.Combine(awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &po, ResourceArns: &same}))
	}
	return result
}

func cat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// Grant gives grantee the actions on the table and its indexes.
func (t *tableBaseV2) Grant(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	t.checkGrantee(grantee)
	arns := t.tableArns()
	return awsiam.Grant_AddToPrincipalOrResource(&awsiam.GrantWithResourceOptions{Grantee: grantee, Actions: &actions, ResourceArns: &arns, Resource: t.self})
}

func (t *tableBaseV2) GrantReadData(grantee awsiam.IGrantable) awsiam.Grant {
	return t.combined(grantee, keyReadActions, cat(resourceReadDataActions, []string{describeTable}), principalOnlyReadDataActions)
}

func (t *tableBaseV2) GrantWriteData(grantee awsiam.IGrantable) awsiam.Grant {
	return t.combined(grantee, cat(keyReadActions, keyWriteActions), cat(writeDataActions, []string{describeTable}), nil)
}

func (t *tableBaseV2) GrantReadWriteData(grantee awsiam.IGrantable) awsiam.Grant {
	return t.combined(grantee, cat(keyReadActions, keyWriteActions), cat(resourceReadDataActions, writeDataActions, []string{describeTable}), principalOnlyReadDataActions)
}

func (t *tableBaseV2) GrantFullAccess(grantee awsiam.IGrantable) awsiam.Grant {
	return t.combined(grantee, cat(keyReadActions, keyWriteActions), []string{"dynamodb:*"}, nil)
}

// GrantStream grants actions on the table's stream ARN.
func (t *tableBaseV2) GrantStream(grantee awsiam.IGrantable, actions ...*string) awsiam.Grant {
	arn := t.self.TableStreamArn()
	if arn == nil {
		l2.Throw(t.self, "No stream ARN found on the table %s", *t.Node().Path())
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: &actions, ResourceArns: &[]*string{arn}})
}

// GrantTableListStreams grants dynamodb:ListStreams on the stream ARN.
func (t *tableBaseV2) GrantTableListStreams(grantee awsiam.IGrantable) awsiam.Grant {
	return t.GrantStream(grantee, jsii.String("dynamodb:ListStreams"))
}

// GrantStreamRead grants reading the stream (and decrypting with the table key).
func (t *tableBaseV2) GrantStreamRead(grantee awsiam.IGrantable) awsiam.Grant {
	t.GrantTableListStreams(grantee)
	t.checkGrantee(grantee)
	if key := t.encKey(); key != nil {
		key.Grant(grantee, strPtrs(keyReadActions)...)
	}
	return t.GrantStream(grantee, strPtrs(readStreamDataActions)...)
}

// Region is the region of the table: the stack's for a TableV2, the
// imported environment's otherwise.
func (t *tableBaseV2) Region() *string { return t.Env().Region }

// MetricThrottledRequestsForOperation is the sum of throttled requests of one operation.
func (t *tableBaseV2) MetricThrottledRequestsForOperation(operation *string, props *OperationsMetricOptions) awscloudwatch.IMetric {
	if props == nil {
		props = &OperationsMetricOptions{}
	}
	return t.tableBase.MetricThrottledRequestsForOperation(operation, &awscloudwatch.MetricOptions{
		Account: props.Account, Color: props.Color, DimensionsMap: props.DimensionsMap, Id: props.Id, Label: props.Label, Period: props.Period,
		Region: props.Region, Statistic: props.Statistic, StackAccount: props.StackAccount, StackRegion: props.StackRegion, Unit: props.Unit, Visible: props.Visible,
	})
}
