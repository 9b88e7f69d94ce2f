package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// dataAPIActions are the Data API actions GrantDataApiAccess allows.
func dataAPIActions() *[]*string {
	return jsii.Strings("rds-data:BatchExecuteStatement", "rds-data:BeginTransaction", "rds-data:CommitTransaction",
		"rds-data:ExecuteStatement", "rds-data:RollbackTransaction")
}

func grantDataAPI(c constructs.IConstruct, enabled **bool, arn *string, secret awssecretsmanager.ISecret, grantee awsiam.IGrantable) awsiam.Grant {
	if *enabled != nil && !**enabled {
		l2.Throw(c, "Cannot grant Data API access when the Data API is disabled")
	}
	*enabled = jsii.Bool(true)
	g := awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee, Actions: dataAPIActions(), ResourceArns: &[]*string{arn}})
	if secret != nil {
		secret.GrantRead(grantee, nil)
	}
	return g
}

// GrantDataApiAccess lets grantee use the Data API (and read the secret), turning the Data API on.
func (c *databaseCluster) GrantDataApiAccess(grantee awsiam.IGrantable) awsiam.Grant {
	return grantDataAPI(c, &c.dataAPI, c.ClusterArn(), c.secret, grantee)
}

// GrantDataApiAccess lets grantee use the Data API; the imported cluster must have it enabled.
func (c *importedCluster) GrantDataApiAccess(grantee awsiam.IGrantable) awsiam.Grant {
	enabled := c.attrs.DataApiEnabled
	if enabled == nil {
		enabled = jsii.Bool(false)
	}
	return grantDataAPI(c, &enabled, c.ClusterArn(), c.attrs.Secret, grantee)
}

func (c *databaseCluster) SetEnableDataApi(val *bool)                   { c.dataAPI = val }
func (c *databaseCluster) SetHasServerlessInstance(val *bool)           { c.hasServerless = isTrue(val) }
func (c *databaseCluster) MonitoringRole() awsiam.IRole                 { return c.monitoringRole }
func (c *databaseCluster) PerformanceInsightEncryptionKey() awskms.IKey { return c.piKey }
func (c *databaseCluster) PerformanceInsightRetention() PerformanceInsightRetention {
	return c.piRet
}
func (c *databaseCluster) PerformanceInsightsEnabled() *bool              { return jsii.Bool(c.piOn) }
func (c *databaseCluster) ServerlessV2AutoPauseDuration() awscdk.Duration { return c.autoPause }
func (c *databaseCluster) DatabaseInsightsMode() DatabaseInsightsMode     { return c.insightsMode }
func (c *databaseCluster) NewCfnProps() *CfnDBClusterProps                { return c.cfnProps }

// CloudwatchLogGroups are the log groups whose retention the cluster set.
func (c *databaseCluster) CloudwatchLogGroups() *map[string]awslogs.ILogGroup {
	m := make(map[string]awslogs.ILogGroup, len(c.logGroups))
	for k, v := range c.logGroups {
		m[k] = v
	}
	return &m
}

func (d *databaseInstance) NewCfnProps() *CfnDBInstanceProps    { return d.cfnProps }
func (d *databaseInstance) SourceCfnProps() *CfnDBInstanceProps { return d.cfnProps }

// CloudwatchLogGroups are the log groups whose retention the instance set.
func (d *databaseInstance) CloudwatchLogGroups() *map[string]awslogs.ILogGroup {
	m := make(map[string]awslogs.ILogGroup, len(d.logGroups))
	for k, v := range d.logGroups {
		m[k] = v
	}
	return &m
}

// SetLogRetention sets the retention of the exported logs (the constructor
// calls it; a second call would add the same constructs again, as in aws-cdk-lib).
func (d *databaseInstance) SetLogRetention() {
	for k, v := range setLogRetention(d, "instance", d.InstanceIdentifier(), d.logs, d.logsRetention, d.logsRole) {
		d.logGroups[k] = v
	}
}

// CaCertificate_RDS_CA_2019 is rds-ca-2019.
func CaCertificate_RDS_CA_2019() CaCertificate { return caCertificate("rds-ca-2019") }

// CaCertificate_RDS_CA_RDS2048_G1 is rds-ca-rsa2048-g1 (a misspelled alias).
func CaCertificate_RDS_CA_RDS2048_G1() CaCertificate { return caCertificate("rds-ca-rsa2048-g1") }

// CaCertificate_RDS_CA_RDS4096_G1 is rds-ca-rsa4096-g1 (a misspelled alias).
func CaCertificate_RDS_CA_RDS4096_G1() CaCertificate { return caCertificate("rds-ca-rsa4096-g1") }
