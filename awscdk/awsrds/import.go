package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// DatabaseClusterAttributes describe a cluster defined outside this app.
type DatabaseClusterAttributes struct {
	ClusterIdentifier         *string                   `field:"required" json:"clusterIdentifier" yaml:"clusterIdentifier"`
	ClusterEndpointAddress    *string                   `field:"optional" json:"clusterEndpointAddress" yaml:"clusterEndpointAddress"`
	ClusterResourceIdentifier *string                   `field:"optional" json:"clusterResourceIdentifier" yaml:"clusterResourceIdentifier"`
	DataApiEnabled            *bool                     `field:"optional" json:"dataApiEnabled" yaml:"dataApiEnabled"`
	Engine                    IClusterEngine            `field:"optional" json:"engine" yaml:"engine"`
	InstanceEndpointAddresses *[]*string                `field:"optional" json:"instanceEndpointAddresses" yaml:"instanceEndpointAddresses"`
	InstanceIdentifiers       *[]*string                `field:"optional" json:"instanceIdentifiers" yaml:"instanceIdentifiers"`
	Port                      *float64                  `field:"optional" json:"port" yaml:"port"`
	ReaderEndpointAddress     *string                   `field:"optional" json:"readerEndpointAddress" yaml:"readerEndpointAddress"`
	Secret                    awssecretsmanager.ISecret `field:"optional" json:"secret" yaml:"secret"`
	SecurityGroups            *[]awsec2.ISecurityGroup  `field:"optional" json:"securityGroups" yaml:"securityGroups"`
}

type importedCluster struct {
	clusterBase
	attrs *DatabaseClusterAttributes
}

// DatabaseCluster_FromDatabaseClusterAttributes imports a cluster. Its
// endpoints and identifiers exist only when the attributes give them.
func DatabaseCluster_FromDatabaseClusterAttributes(scope constructs.Construct, id *string, attrs *DatabaseClusterAttributes) IDatabaseCluster {
	if attrs == nil || attrs.ClusterIdentifier == nil {
		l2.RequireArg(scope, "DatabaseCluster_FromDatabaseClusterAttributes", "attrs.ClusterIdentifier")
	}
	c := &importedCluster{attrs: attrs}
	c.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(c.Resource, c)
	c.self = c
	c.identifier, c.engine = attrs.ClusterIdentifier, attrs.Engine
	var port awsec2.Port
	if attrs.Port != nil {
		port = awsec2.Port_Tcp(attrs.Port)
	}
	var sgs []awsec2.ISecurityGroup
	if attrs.SecurityGroups != nil {
		sgs = append(sgs, (*attrs.SecurityGroups)...)
	}
	c.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs, DefaultPort: port})
	return c
}

func (c *importedCluster) ClusterResourceIdentifier() *string {
	if c.attrs.ClusterResourceIdentifier == nil {
		l2.Throw(c, "Cannot access `clusterResourceIdentifier` of an imported cluster without a clusterResourceIdentifier")
	}
	return c.attrs.ClusterResourceIdentifier
}

func (c *importedCluster) ClusterEndpoint() Endpoint {
	if c.attrs.ClusterEndpointAddress == nil || c.attrs.Port == nil {
		l2.Throw(c, "Cannot access `clusterEndpoint` of an imported cluster without an endpoint address and port")
	}
	return NewEndpoint(c.attrs.ClusterEndpointAddress, c.attrs.Port)
}

func (c *importedCluster) ClusterReadEndpoint() Endpoint {
	if c.attrs.ReaderEndpointAddress == nil || c.attrs.Port == nil {
		l2.Throw(c, "Cannot access `clusterReadEndpoint` of an imported cluster without a readerEndpointAddress and port")
	}
	return NewEndpoint(c.attrs.ReaderEndpointAddress, c.attrs.Port)
}

func (c *importedCluster) InstanceIdentifiers() *[]*string {
	if c.attrs.InstanceIdentifiers == nil {
		l2.Throw(c, "Cannot access `instanceIdentifiers` of an imported cluster without provided instanceIdentifiers")
	}
	return c.attrs.InstanceIdentifiers
}

func (c *importedCluster) InstanceEndpoints() *[]Endpoint {
	if c.attrs.InstanceEndpointAddresses == nil || c.attrs.Port == nil {
		l2.Throw(c, "Cannot access `instanceEndpoints` of an imported cluster without instanceEndpointAddresses and port")
	}
	var out []Endpoint
	for _, a := range *c.attrs.InstanceEndpointAddresses {
		out = append(out, NewEndpoint(a, c.attrs.Port))
	}
	return &out
}

// DatabaseInstanceAttributes describe an instance defined outside this app.
type DatabaseInstanceAttributes struct {
	InstanceEndpointAddress *string                  `field:"required" json:"instanceEndpointAddress" yaml:"instanceEndpointAddress"`
	InstanceIdentifier      *string                  `field:"required" json:"instanceIdentifier" yaml:"instanceIdentifier"`
	Port                    *float64                 `field:"required" json:"port" yaml:"port"`
	SecurityGroups          *[]awsec2.ISecurityGroup `field:"required" json:"securityGroups" yaml:"securityGroups"`
	Engine                  IInstanceEngine          `field:"optional" json:"engine" yaml:"engine"`
	InstanceResourceId      *string                  `field:"optional" json:"instanceResourceId" yaml:"instanceResourceId"`
}

type importedInstance struct {
	awscdk.Resource
	attrs   *DatabaseInstanceAttributes
	conns   awsec2.Connections
	iamAuth bool
}

// DatabaseInstance_FromDatabaseInstanceAttributes imports an instance.
func DatabaseInstance_FromDatabaseInstanceAttributes(scope constructs.Construct, id *string, attrs *DatabaseInstanceAttributes) IDatabaseInstance {
	if attrs == nil || attrs.InstanceIdentifier == nil || attrs.InstanceEndpointAddress == nil || attrs.Port == nil {
		l2.RequireArg(scope, "DatabaseInstance_FromDatabaseInstanceAttributes", "attrs (instanceEndpointAddress, instanceIdentifier, port, securityGroups)")
	}
	d := &importedInstance{attrs: attrs, iamAuth: true}
	d.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(d.Resource, d)
	var sgs []awsec2.ISecurityGroup
	if attrs.SecurityGroups != nil {
		sgs = append(sgs, (*attrs.SecurityGroups)...)
	}
	d.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs, DefaultPort: awsec2.Port_Tcp(attrs.Port)})
	return d
}

// DatabaseInstanceReadReplica_FromDatabaseInstanceAttributes imports an instance.
func DatabaseInstanceReadReplica_FromDatabaseInstanceAttributes(scope constructs.Construct, id *string, attrs *DatabaseInstanceAttributes) IDatabaseInstance {
	return DatabaseInstance_FromDatabaseInstanceAttributes(scope, id, attrs)
}

func (d *importedInstance) Connections() awsec2.Connections { return d.conns }
func (d *importedInstance) Engine() IInstanceEngine         { return d.attrs.Engine }
func (d *importedInstance) InstanceIdentifier() *string     { return d.attrs.InstanceIdentifier }
func (d *importedInstance) DbInstanceEndpointAddress() *string {
	return d.attrs.InstanceEndpointAddress
}
func (d *importedInstance) DbInstanceEndpointPort() *string {
	return awscdk.Tokenization_StringifyNumber(d.attrs.Port)
}
func (d *importedInstance) InstanceEndpoint() Endpoint {
	return NewEndpoint(d.attrs.InstanceEndpointAddress, d.attrs.Port)
}
func (d *importedInstance) InstanceResourceId() *string { return d.attrs.InstanceResourceId }

func (d *importedInstance) InstanceArn() *string {
	local := awscdk.Stack_Of(d).FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("db"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: d.InstanceIdentifier()})
	return d.GetResourceArnAttribute(local, &awscdk.ArnComponents{Service: jsii.String("rds"), Resource: jsii.String("db"),
		ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME, ResourceName: d.PhysicalName()})
}

func (d *importedInstance) DbInstanceRef() *interfacesawsrds.DBInstanceReference {
	return &interfacesawsrds.DBInstanceReference{DbInstanceIdentifier: d.InstanceIdentifier(), DbInstanceArn: d.InstanceArn()}
}

func (d *importedInstance) AsSecretAttachmentTarget() *awssecretsmanager.SecretAttachmentTargetProps {
	return &awssecretsmanager.SecretAttachmentTargetProps{TargetId: d.InstanceIdentifier(), TargetType: awssecretsmanager.AttachmentTargetType_RDS_DB_INSTANCE}
}

func (d *importedInstance) GrantConnect(grantee awsiam.IGrantable, dbUser *string) awsiam.Grant {
	if d.attrs.InstanceResourceId == nil {
		l2.Throw(d, "For imported Database Instances, instanceResourceId is required to grantConnect()")
	}
	if dbUser == nil {
		l2.Throw(d, "For imported Database Instances, the dbUser is required to grantConnect()")
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee: grantee, Actions: jsii.Strings("rds-db:connect"),
		ResourceArns: &[]*string{awscdk.Stack_Of(d).FormatArn(&awscdk.ArnComponents{ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME,
			Service: jsii.String("rds-db"), Resource: jsii.String("dbuser"),
			ResourceName: jsii.String(deref(d.attrs.InstanceResourceId) + "/" + deref(dbUser))})},
	})
}

func (d *importedInstance) Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return rdsMetric(d, metricName, "DBInstanceIdentifier", d.InstanceIdentifier(), "", props)
}

func (d *importedInstance) metricAvg(name string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return rdsMetric(d, jsii.String(name), "DBInstanceIdentifier", d.InstanceIdentifier(), "Average", o)
}

func (d *importedInstance) MetricCPUUtilization(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("CPUUtilization", o)
}
func (d *importedInstance) MetricDatabaseConnections(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("DatabaseConnections", o)
}
func (d *importedInstance) MetricFreeableMemory(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("FreeableMemory", o)
}
func (d *importedInstance) MetricFreeStorageSpace(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("FreeStorageSpace", o)
}
func (d *importedInstance) MetricReadIOPS(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("ReadIOPS", o)
}
func (d *importedInstance) MetricWriteIOPS(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return d.metricAvg("WriteIOPS", o)
}
