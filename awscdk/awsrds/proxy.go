package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// DatabaseProxyOptions configure a proxy added with AddProxy.
type DatabaseProxyOptions struct {
	Vpc                       awsec2.IVpc                  `field:"required" json:"vpc" yaml:"vpc"`
	BorrowTimeout             awscdk.Duration              `field:"optional" json:"borrowTimeout" yaml:"borrowTimeout"`
	ClientPasswordAuthType    ClientPasswordAuthType       `field:"optional" json:"clientPasswordAuthType" yaml:"clientPasswordAuthType"`
	DbProxyName               *string                      `field:"optional" json:"dbProxyName" yaml:"dbProxyName"`
	DebugLogging              *bool                        `field:"optional" json:"debugLogging" yaml:"debugLogging"`
	DefaultAuthScheme         DefaultAuthScheme            `field:"optional" json:"defaultAuthScheme" yaml:"defaultAuthScheme"`
	IamAuth                   *bool                        `field:"optional" json:"iamAuth" yaml:"iamAuth"`
	IdleClientTimeout         awscdk.Duration              `field:"optional" json:"idleClientTimeout" yaml:"idleClientTimeout"`
	InitQuery                 *string                      `field:"optional" json:"initQuery" yaml:"initQuery"`
	MaxConnectionsPercent     *float64                     `field:"optional" json:"maxConnectionsPercent" yaml:"maxConnectionsPercent"`
	MaxIdleConnectionsPercent *float64                     `field:"optional" json:"maxIdleConnectionsPercent" yaml:"maxIdleConnectionsPercent"`
	RequireTLS                *bool                        `field:"optional" json:"requireTLS" yaml:"requireTLS"`
	Role                      awsiam.IRole                 `field:"optional" json:"role" yaml:"role"`
	Secrets                   *[]awssecretsmanager.ISecret `field:"optional" json:"secrets" yaml:"secrets"`
	SecurityGroups            *[]awsec2.ISecurityGroup     `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SessionPinningFilters     *[]SessionPinningFilter      `field:"optional" json:"sessionPinningFilters" yaml:"sessionPinningFilters"`
	VpcSubnets                *awsec2.SubnetSelection      `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
}

// DatabaseProxyProps configure a DatabaseProxy.
type DatabaseProxyProps struct {
	Vpc                       awsec2.IVpc                  `field:"required" json:"vpc" yaml:"vpc"`
	BorrowTimeout             awscdk.Duration              `field:"optional" json:"borrowTimeout" yaml:"borrowTimeout"`
	ClientPasswordAuthType    ClientPasswordAuthType       `field:"optional" json:"clientPasswordAuthType" yaml:"clientPasswordAuthType"`
	DbProxyName               *string                      `field:"optional" json:"dbProxyName" yaml:"dbProxyName"`
	DebugLogging              *bool                        `field:"optional" json:"debugLogging" yaml:"debugLogging"`
	DefaultAuthScheme         DefaultAuthScheme            `field:"optional" json:"defaultAuthScheme" yaml:"defaultAuthScheme"`
	IamAuth                   *bool                        `field:"optional" json:"iamAuth" yaml:"iamAuth"`
	IdleClientTimeout         awscdk.Duration              `field:"optional" json:"idleClientTimeout" yaml:"idleClientTimeout"`
	InitQuery                 *string                      `field:"optional" json:"initQuery" yaml:"initQuery"`
	MaxConnectionsPercent     *float64                     `field:"optional" json:"maxConnectionsPercent" yaml:"maxConnectionsPercent"`
	MaxIdleConnectionsPercent *float64                     `field:"optional" json:"maxIdleConnectionsPercent" yaml:"maxIdleConnectionsPercent"`
	RequireTLS                *bool                        `field:"optional" json:"requireTLS" yaml:"requireTLS"`
	Role                      awsiam.IRole                 `field:"optional" json:"role" yaml:"role"`
	Secrets                   *[]awssecretsmanager.ISecret `field:"optional" json:"secrets" yaml:"secrets"`
	SecurityGroups            *[]awsec2.ISecurityGroup     `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	SessionPinningFilters     *[]SessionPinningFilter      `field:"optional" json:"sessionPinningFilters" yaml:"sessionPinningFilters"`
	VpcSubnets                *awsec2.SubnetSelection      `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	ProxyTarget               ProxyTarget                  `field:"required" json:"proxyTarget" yaml:"proxyTarget"`
}

// DatabaseProxyAttributes describe an existing proxy.
type DatabaseProxyAttributes struct {
	DbProxyArn     *string                  `field:"required" json:"dbProxyArn" yaml:"dbProxyArn"`
	DbProxyName    *string                  `field:"required" json:"dbProxyName" yaml:"dbProxyName"`
	Endpoint       *string                  `field:"required" json:"endpoint" yaml:"endpoint"`
	SecurityGroups *[]awsec2.ISecurityGroup `field:"required" json:"securityGroups" yaml:"securityGroups"`
}

// ProxyTargetConfig is what a proxy target binds to.
type ProxyTargetConfig struct {
	EngineFamily *string              `field:"required" json:"engineFamily" yaml:"engineFamily"`
	DbClusters   *[]IDatabaseCluster  `field:"optional" json:"dbClusters" yaml:"dbClusters"`
	DbInstances  *[]IDatabaseInstance `field:"optional" json:"dbInstances" yaml:"dbInstances"`
}

// SessionPinningFilter is a class of SQL operations that does not pin a session.
type SessionPinningFilter interface {
	FilterName() *string
}

type sessionPinningFilter struct{ name string }

func (f sessionPinningFilter) FilterName() *string { return jsii.String(f.name) }

// SessionPinningFilter_Of is a filter by name.
func SessionPinningFilter_Of(filterName *string) SessionPinningFilter {
	return sessionPinningFilter{name: deref(filterName)}
}

// SessionPinningFilter_EXCLUDE_VARIABLE_SETS does not pin sessions on variable sets.
func SessionPinningFilter_EXCLUDE_VARIABLE_SETS() SessionPinningFilter {
	return sessionPinningFilter{name: "EXCLUDE_VARIABLE_SETS"}
}

// ProxyTarget is the instance or cluster behind a proxy.
type ProxyTarget interface {
	Bind(proxy DatabaseProxy) *ProxyTargetConfig
}

type proxyTarget struct {
	instance IDatabaseInstance
	cluster  IDatabaseCluster
}

// ProxyTarget_FromInstance targets an instance.
func ProxyTarget_FromInstance(instance IDatabaseInstance) ProxyTarget {
	return &proxyTarget{instance: instance}
}

// ProxyTarget_FromCluster targets a cluster.
func ProxyTarget_FromCluster(cluster IDatabaseCluster) ProxyTarget {
	return &proxyTarget{cluster: cluster}
}

func (t *proxyTarget) Bind(proxy DatabaseProxy) *ProxyTargetConfig {
	var engine IEngine
	var path string
	if t.instance != nil {
		path = *t.instance.Node().Path()
		if e := t.instance.Engine(); e != nil {
			engine = e
		}
	} else if t.cluster != nil {
		path = *t.cluster.Node().Path()
		if e := t.cluster.Engine(); e != nil {
			engine = e
		}
	}
	if engine == nil {
		l2.Throw(proxy, "Could not determine engine for proxy target '%s'. Please provide it explicitly when importing the resource", path)
	}
	family := engine.EngineFamily()
	if family == nil {
		l2.Throw(proxy, "RDS proxies require an engine family to be specified on the database cluster or instance. No family specified for engine '%s'", *engine.EngineType())
	}
	cfg := &ProxyTargetConfig{EngineFamily: family}
	if t.cluster != nil {
		t.cluster.Connections().AllowDefaultPortFrom(proxy, jsii.String("Allow connections to the database Cluster from the Proxy"))
		cfg.DbClusters = &[]IDatabaseCluster{t.cluster}
	}
	if t.instance != nil {
		t.instance.Connections().AllowDefaultPortFrom(proxy, jsii.String("Allow connections to the database Instance from the Proxy"))
		cfg.DbInstances = &[]IDatabaseInstance{t.instance}
	}
	return cfg
}

// IDatabaseProxy is an RDS proxy, new or imported.
type IDatabaseProxy interface {
	interfacesawsrds.IDBProxyRef
	awscdk.IResource
	GrantConnect(grantee awsiam.IGrantable, dbUser *string) awsiam.Grant
	DbProxyArn() *string
	DbProxyName() *string
	Endpoint() *string
}

// DatabaseProxy is an RDS proxy in front of an instance or a cluster.
type DatabaseProxy interface {
	awscdk.Resource
	awsec2.IConnectable
	IDatabaseProxy
	awssecretsmanager.ISecretAttachmentTarget
	Connections() awsec2.Connections
	AddEndpoint(id *string, options *DatabaseProxyEndpointOptions) IDatabaseProxyEndpoint
}

type proxyBase struct {
	awscdk.Resource
	name, arn, endpoint *string
}

func (p *proxyBase) DbProxyArn() *string  { return p.arn }
func (p *proxyBase) DbProxyName() *string { return p.name }
func (p *proxyBase) Endpoint() *string    { return p.endpoint }
func (p *proxyBase) DbProxyRef() *interfacesawsrds.DBProxyReference {
	return &interfacesawsrds.DBProxyReference{DbProxyName: p.name, DbProxyArn: p.arn}
}

// GrantConnect lets grantee connect to the proxy as dbUser through IAM.
func (p *proxyBase) GrantConnect(grantee awsiam.IGrantable, dbUser *string) awsiam.Grant {
	if dbUser == nil {
		l2.Throw(p, "For imported Database Proxies, the dbUser is required in grantConnect()")
	}
	return p.grantConnect(grantee, dbUser)
}

func (p *proxyBase) grantConnect(grantee awsiam.IGrantable, dbUser *string) awsiam.Grant {
	stack := awscdk.Stack_Of(p)
	generated := stack.SplitArn(p.arn, awscdk.ArnFormat_COLON_RESOURCE_NAME).ResourceName
	user := stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String("rds-db"), Resource: jsii.String("dbuser"),
		ResourceName: jsii.String(*generated + "/" + *dbUser), ArnFormat: awscdk.ArnFormat_COLON_RESOURCE_NAME})
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee,
		Actions: jsii.Strings("rds-db:connect"), ResourceArns: &[]*string{user}})
}

type importedProxy struct{ proxyBase }

// DatabaseProxy_FromDatabaseProxyAttributes imports an existing proxy.
func DatabaseProxy_FromDatabaseProxyAttributes(scope constructs.Construct, id *string, attrs *DatabaseProxyAttributes) IDatabaseProxy {
	p := &importedProxy{}
	p.Resource = awscdk.NewResource(scope, id, nil)
	if attrs == nil {
		l2.Throw(p, "DatabaseProxy_FromDatabaseProxyAttributes needs attributes")
	}
	p.name, p.arn, p.endpoint = attrs.DbProxyName, attrs.DbProxyArn, attrs.Endpoint
	return p
}

type databaseProxy struct {
	proxyBase
	conns   awsec2.Connections
	secrets []awssecretsmanager.ISecret
	res     CfnDBProxy
	vpc     awsec2.IVpc
}

// DatabaseProxy_PROPERTY_INJECTION_ID is the id property injectors use for DatabaseProxy.
func DatabaseProxy_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-rds.DatabaseProxy")
}

// DatabaseProxy_IsConstruct reports whether x is a construct.
func DatabaseProxy_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// DatabaseProxy_IsResource reports whether the construct is a resource.
func DatabaseProxy_IsResource(c constructs.IConstruct) *bool { return awscdk.Resource_IsResource(c) }

// DatabaseProxy_IsOwnedResource reports whether the construct is a resource owned by this app.
func DatabaseProxy_IsOwnedResource(c constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(c)
}

// NewDatabaseProxy creates an RDS proxy with its role, security group and target group.
func NewDatabaseProxy(scope constructs.Construct, id *string, props *DatabaseProxyProps) DatabaseProxy {
	props = l2.Inject(*DatabaseProxy_PROPERTY_INJECTION_ID(), props, scope, id)
	p := &databaseProxy{}
	NewDatabaseProxy_Override(p, scope, id, props)
	return p
}

// NewDatabaseProxy_Override initialises d as NewDatabaseProxy does.
func NewDatabaseProxy_Override(d DatabaseProxy, scope constructs.Construct, id *string, props *DatabaseProxyProps) {
	p, ok := d.(*databaseProxy)
	if !ok {
		p = &databaseProxy{}
	}
	p.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: nil})
	if props == nil || props.Vpc == nil || props.ProxyTarget == nil {
		l2.Throw(p, "DatabaseProxy needs vpc and proxyTarget")
	}
	name := props.DbProxyName
	if name == nil {
		if flag(p, "@aws-cdk/aws-rds:databaseProxyUniqueResourceName") {
			name = awscdk.Names_UniqueResourceName(p, &awscdk.UniqueResourceNameOptions{MaxLength: jsii.Number(60)})
		} else {
			name = id
		}
	}
	role := props.Role
	if role == nil {
		role = awsiam.NewRole(p, jsii.String("IAMRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("rds.amazonaws.com"), nil)})
	}
	if props.Secrets != nil {
		p.secrets = *props.Secrets
		for _, s := range p.secrets {
			s.GrantRead(role, nil)
			if k := s.EncryptionKey(); k != nil {
				k.GrantDecrypt(role)
			}
		}
	}
	var sgs []awsec2.ISecurityGroup
	if props.SecurityGroups != nil {
		sgs = *props.SecurityGroups
	} else {
		sgs = []awsec2.ISecurityGroup{awsec2.NewSecurityGroup(p, jsii.String("ProxySecurityGroup"),
			&awsec2.SecurityGroupProps{Description: jsii.String("SecurityGroup for Database Proxy"), Vpc: props.Vpc})}
	}
	p.conns = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &sgs})
	bound := props.ProxyTarget.Bind(p)
	if (props.DefaultAuthScheme == "" || props.DefaultAuthScheme == DefaultAuthScheme_NONE) && len(p.secrets) == 0 {
		l2.Throw(p, "One or more secrets are required when defaultAuthScheme is not specified or is NONE.")
	}
	p.checkAuthType(*bound.EngineFamily, props.ClientPasswordAuthType)
	var auth interface{}
	if props.Secrets != nil {
		list := make([]interface{}, 0, len(p.secrets))
		iam := "DISABLED"
		if props.IamAuth != nil && *props.IamAuth {
			iam = "REQUIRED"
		}
		for _, s := range p.secrets {
			list = append(list, &CfnDBProxy_AuthFormatProperty{AuthScheme: jsii.String("SECRETS"),
				ClientPasswordAuthType: strOrNilType(string(props.ClientPasswordAuthType)), IamAuth: jsii.String(iam), SecretArn: s.SecretArn()})
		}
		auth = &list
	}
	requireTLS := true
	if props.RequireTLS != nil {
		requireTLS = *props.RequireTLS
	}
	var idle *float64
	if props.IdleClientTimeout != nil {
		idle = props.IdleClientTimeout.ToSeconds(nil)
	}
	p.res = NewCfnDBProxy(p, jsii.String("Resource"), &CfnDBProxyProps{
		Auth: auth, DbProxyName: name, DebugLogging: boolOrNil(props.DebugLogging), EngineFamily: bound.EngineFamily,
		IdleClientTimeout: idle, RequireTls: jsii.Bool(requireTLS), RoleArn: role.RoleArn(),
		VpcSecurityGroupIds: anyList(awscdk.Lazy_List(sgIDs{p}, nil)),
		VpcSubnetIds:        anyList(props.Vpc.SelectSubnets(props.VpcSubnets).SubnetIds),
		DefaultAuthScheme:   strOrNilType(string(props.DefaultAuthScheme)),
	})
	p.name, p.arn, p.endpoint, p.vpc = p.res.Ref(), p.res.AttrDbProxyArn(), p.res.AttrEndpoint(), props.Vpc

	var instanceIDs *[]*string
	var clusterIDs *[]interface{}
	if bound.DbInstances != nil {
		instanceIDs = &[]*string{(*bound.DbInstances)[0].InstanceIdentifier()}
	}
	if bound.DbClusters != nil {
		ids := []interface{}{}
		for _, c := range *bound.DbClusters {
			ids = append(ids, c.ClusterIdentifier())
		}
		clusterIDs = &ids
	}
	if instanceIDs != nil && clusterIDs != nil {
		l2.Throw(p, "Cannot specify both dbInstanceIdentifiers and dbClusterIdentifiers")
	}
	pool := &CfnDBProxyTargetGroup_ConnectionPoolConfigurationInfoFormatProperty{InitQuery: props.InitQuery,
		MaxConnectionsPercent: props.MaxConnectionsPercent, MaxIdleConnectionsPercent: props.MaxIdleConnectionsPercent}
	if props.BorrowTimeout != nil {
		pool.ConnectionBorrowTimeout = props.BorrowTimeout.ToSeconds(nil)
	}
	if props.SessionPinningFilters != nil {
		names := []*string{}
		for _, f := range *props.SessionPinningFilters {
			names = append(names, f.FilterName())
		}
		pool.SessionPinningFilters = &names
	}
	tg := NewCfnDBProxyTargetGroup(p, jsii.String("ProxyTargetGroup"), &CfnDBProxyTargetGroupProps{TargetGroupName: jsii.String("default"),
		DbProxyName: p.name, DbInstanceIdentifiers: instanceIDs, DbClusterIdentifiers: clusterIDs, ConnectionPoolConfigurationInfo: pool})
	// The target group waits for the cluster and its instances, which the proxy cannot register before they exist.
	if bound.DbClusters != nil {
		for _, c := range *bound.DbClusters {
			for _, child := range *c.Node().Children() {
				if r, ok := child.(CfnDBInstance); ok {
					tg.AddResourceDependency(r, nil)
				}
				if r, ok := child.Node().DefaultChild().(CfnDBInstance); ok {
					tg.AddResourceDependency(r, nil)
				}
			}
			if r, ok := c.Node().DefaultChild().(awscdk.CfnResource); ok {
				tg.AddResourceDependency(r, nil)
			}
		}
	}
}

type sgIDs struct{ p *databaseProxy }

func (s sgIDs) Produce() *[]*string {
	out := []*string{}
	for _, g := range *s.p.conns.SecurityGroups() {
		out = append(out, g.SecurityGroupId())
	}
	return &out
}

func strOrNilType(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (p *databaseProxy) checkAuthType(family string, t ClientPasswordAuthType) {
	switch {
	case t == "":
	case t == ClientPasswordAuthType_MYSQL_NATIVE_PASSWORD && family != "MYSQL":
		l2.Throw(p, "%s client password authentication type requires MYSQL engineFamily, got %s", t, family)
	case t == ClientPasswordAuthType_POSTGRES_SCRAM_SHA_256 && family != "POSTGRESQL":
		l2.Throw(p, "%s client password authentication type requires POSTGRESQL engineFamily, got %s", t, family)
	case t == ClientPasswordAuthType_POSTGRES_MD5 && family != "POSTGRESQL":
		l2.Throw(p, "%s client password authentication type requires POSTGRESQL engineFamily, got %s", t, family)
	}
}

func (p *databaseProxy) Connections() awsec2.Connections { return p.conns }

// AsSecretAttachmentTarget attaches a secret to the proxy.
func (p *databaseProxy) AsSecretAttachmentTarget() *awssecretsmanager.SecretAttachmentTargetProps {
	return &awssecretsmanager.SecretAttachmentTargetProps{TargetId: p.name, TargetType: awssecretsmanager.AttachmentTargetType_RDS_DB_PROXY}
}

// GrantConnect lets grantee connect as dbUser (default: the only secret's username).
func (p *databaseProxy) GrantConnect(grantee awsiam.IGrantable, dbUser *string) awsiam.Grant {
	if dbUser == nil {
		if len(p.secrets) > 1 {
			l2.Throw(p, "When the Proxy contains multiple Secrets, you must pass a dbUser explicitly to grantConnect()")
		}
		if len(p.secrets) == 0 {
			l2.Throw(p, "A dbUser is required in grantConnect() when the Proxy has no secrets")
		}
		dbUser = p.secrets[0].SecretValueFromJson(jsii.String("username")).UnsafeUnwrap()
	}
	return p.grantConnect(grantee, dbUser)
}

func (o *DatabaseProxyOptions) props(t ProxyTarget) *DatabaseProxyProps {
	if o == nil {
		return &DatabaseProxyProps{ProxyTarget: t}
	}
	return &DatabaseProxyProps{Vpc: o.Vpc, BorrowTimeout: o.BorrowTimeout, ClientPasswordAuthType: o.ClientPasswordAuthType,
		DbProxyName: o.DbProxyName, DebugLogging: o.DebugLogging, DefaultAuthScheme: o.DefaultAuthScheme, IamAuth: o.IamAuth,
		IdleClientTimeout: o.IdleClientTimeout, InitQuery: o.InitQuery, MaxConnectionsPercent: o.MaxConnectionsPercent,
		MaxIdleConnectionsPercent: o.MaxIdleConnectionsPercent, RequireTLS: o.RequireTLS, Role: o.Role, Secrets: o.Secrets,
		SecurityGroups: o.SecurityGroups, SessionPinningFilters: o.SessionPinningFilters, VpcSubnets: o.VpcSubnets, ProxyTarget: t}
}

// AddProxy puts a DatabaseProxy in front of the instance.
func (d *databaseInstance) AddProxy(id *string, options *DatabaseProxyOptions) DatabaseProxy {
	return NewDatabaseProxy(d, id, options.props(ProxyTarget_FromInstance(d)))
}

// AddProxy puts a DatabaseProxy in front of the cluster.
func (c *clusterBase) AddProxy(id *string, options *DatabaseProxyOptions) DatabaseProxy {
	return NewDatabaseProxy(c, id, options.props(ProxyTarget_FromCluster(c.self)))
}

// AddProxy puts a DatabaseProxy in front of the imported instance.
func (d *importedInstance) AddProxy(id *string, options *DatabaseProxyOptions) DatabaseProxy {
	return NewDatabaseProxy(d, id, options.props(ProxyTarget_FromInstance(d)))
}
