package awselasticloadbalancingv2

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawselasticloadbalancingv2"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ILoadBalancerV2 is an Application or Network Load Balancer.
type ILoadBalancerV2 interface {
	interfacesawselasticloadbalancingv2.ILoadBalancerRef
	awscdk.IResource
	LoadBalancerCanonicalHostedZoneId() *string
	LoadBalancerDnsName() *string
}

// IApplicationLoadBalancerRef is a reference to an Application Load Balancer.
type IApplicationLoadBalancerRef interface {
	interfacesawselasticloadbalancingv2.ILoadBalancerRef
	IsApplicationLoadBalancer() *bool
}

// IApplicationLoadBalancer is an Application Load Balancer, defined here or imported.
type IApplicationLoadBalancer interface {
	IApplicationLoadBalancerRef
	awsec2.IConnectable
	ILoadBalancerV2
	AddListener(id *string, props *BaseApplicationListenerProps) ApplicationListener
	IpAddressType() IpAddressType
	Listeners() *[]ApplicationListener
	LoadBalancerArn() *string
	Metrics() IApplicationLoadBalancerMetrics
	Vpc() awsec2.IVpc
}

// BaseLoadBalancer is what application and network load balancers share.
type BaseLoadBalancer interface {
	awscdk.Resource
	LoadBalancerArn() *string
	LoadBalancerCanonicalHostedZoneId() *string
	LoadBalancerDnsName() *string
	LoadBalancerFullName() *string
	LoadBalancerName() *string
	LoadBalancerRef() *interfacesawselasticloadbalancingv2.LoadBalancerReference
	LoadBalancerSecurityGroups() *[]*string
	Vpc() awsec2.IVpc
	LogAccessLogs(bucket awss3.IBucket, prefix *string)
	RemoveAttribute(key *string)
	ResourcePolicyPrincipal() awsiam.IPrincipal
	SetAttribute(key *string, value *string)
	ValidateLoadBalancer() *[]*string
}

// ApplicationLoadBalancerProps are the props of NewApplicationLoadBalancer.
type ApplicationLoadBalancerProps struct {
	Vpc                                  awsec2.IVpc             `field:"required" json:"vpc" yaml:"vpc"`
	CrossZoneEnabled                     *bool                   `field:"optional" json:"crossZoneEnabled" yaml:"crossZoneEnabled"`
	DeletionProtection                   *bool                   `field:"optional" json:"deletionProtection" yaml:"deletionProtection"`
	DenyAllIgwTraffic                    *bool                   `field:"optional" json:"denyAllIgwTraffic" yaml:"denyAllIgwTraffic"`
	InternetFacing                       *bool                   `field:"optional" json:"internetFacing" yaml:"internetFacing"`
	LoadBalancerName                     *string                 `field:"optional" json:"loadBalancerName" yaml:"loadBalancerName"`
	MinimumCapacityUnit                  *float64                `field:"optional" json:"minimumCapacityUnit" yaml:"minimumCapacityUnit"`
	VpcSubnets                           *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	ClientKeepAlive                      awscdk.Duration         `field:"optional" json:"clientKeepAlive" yaml:"clientKeepAlive"`
	DesyncMitigationMode                 DesyncMitigationMode    `field:"optional" json:"desyncMitigationMode" yaml:"desyncMitigationMode"`
	DropInvalidHeaderFields              *bool                   `field:"optional" json:"dropInvalidHeaderFields" yaml:"dropInvalidHeaderFields"`
	Http2Enabled                         *bool                   `field:"optional" json:"http2Enabled" yaml:"http2Enabled"`
	IdleTimeout                          awscdk.Duration         `field:"optional" json:"idleTimeout" yaml:"idleTimeout"`
	IpAddressType                        IpAddressType           `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	PreserveHostHeader                   *bool                   `field:"optional" json:"preserveHostHeader" yaml:"preserveHostHeader"`
	PreserveXffClientPort                *bool                   `field:"optional" json:"preserveXffClientPort" yaml:"preserveXffClientPort"`
	SecurityGroup                        awsec2.ISecurityGroup   `field:"optional" json:"securityGroup" yaml:"securityGroup"`
	WafFailOpen                          *bool                   `field:"optional" json:"wafFailOpen" yaml:"wafFailOpen"`
	XAmznTlsVersionAndCipherSuiteHeaders *bool                   `field:"optional" json:"xAmznTlsVersionAndCipherSuiteHeaders" yaml:"xAmznTlsVersionAndCipherSuiteHeaders"`
	XffHeaderProcessingMode              XffHeaderProcessingMode `field:"optional" json:"xffHeaderProcessingMode" yaml:"xffHeaderProcessingMode"`
}

// ApplicationLoadBalancerRedirectConfig are the ports and protocols of AddRedirect.
type ApplicationLoadBalancerRedirectConfig struct {
	Open           *bool               `field:"optional" json:"open" yaml:"open"`
	SourcePort     *float64            `field:"optional" json:"sourcePort" yaml:"sourcePort"`
	SourceProtocol ApplicationProtocol `field:"optional" json:"sourceProtocol" yaml:"sourceProtocol"`
	TargetPort     *float64            `field:"optional" json:"targetPort" yaml:"targetPort"`
	TargetProtocol ApplicationProtocol `field:"optional" json:"targetProtocol" yaml:"targetProtocol"`
}

// IApplicationLoadBalancerMetrics are the CloudWatch metrics of an Application Load Balancer.
type IApplicationLoadBalancerMetrics interface {
	ActiveConnectionCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ClientTlsNegotiationErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ConsumedLCUs(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Custom(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ElbAuthError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ElbAuthFailure(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ElbAuthLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ElbAuthSuccess(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	HttpCodeElb(code HttpCodeElb, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	HttpCodeTarget(code HttpCodeTarget, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	HttpFixedResponseCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	HttpRedirectCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	HttpRedirectUrlLimitExceededCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Ipv6ProcessedBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	Ipv6RequestCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	NewConnectionCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	ProcessedBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	RejectedConnectionCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	RequestCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	RuleEvaluations(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	TargetConnectionErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	TargetResponseTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	TargetTLSNegotiationErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// ApplicationLoadBalancer is an Application Load Balancer (AWS::ElasticLoadBalancingV2::LoadBalancer).
type ApplicationLoadBalancer interface {
	BaseLoadBalancer
	IApplicationLoadBalancer
	Connections() awsec2.Connections
	IsApplicationLoadBalancer() *bool
	AddRedirect(props *ApplicationLoadBalancerRedirectConfig) ApplicationListener
	AddSecurityGroup(securityGroup awsec2.ISecurityGroup)
	LogConnectionLogs(bucket awss3.IBucket, prefix *string)
	Metric(metricName *string, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricActiveConnectionCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricClientTlsNegotiationErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricConsumedLCUs(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricElbAuthError(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricElbAuthFailure(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricElbAuthLatency(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricElbAuthSuccess(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricHttpCodeElb(code HttpCodeElb, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricHttpCodeTarget(code HttpCodeTarget, props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricHttpFixedResponseCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricHttpRedirectCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricHttpRedirectUrlLimitExceededCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIpv6ProcessedBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricIpv6RequestCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricNewConnectionCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricProcessedBytes(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricRejectedConnectionCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricRequestCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricRuleEvaluations(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTargetConnectionErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTargetResponseTime(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
	MetricTargetTLSNegotiationErrorCount(props *awscloudwatch.MetricOptions) awscloudwatch.Metric
}

// lbBase is what application and network load balancers share.
type lbBase struct {
	awscdk.Resource
	cfn         CfnLoadBalancer
	vpc         awsec2.IVpc
	connections awsec2.Connections
	ipType      IpAddressType
	attrs       attributes
	physical    *string
	// noSecurityGroups leaves SecurityGroups unset (a network load balancer without any).
	noSecurityGroups bool
	// keepSecurityGroups leaves SecurityGroups as the L1 props gave them
	// (a load balancer type of the program's own, NewBaseLoadBalancer_Override).
	keepSecurityGroups bool
}

type applicationLoadBalancer struct {
	lbBase
	listeners []ApplicationListener
}

// NewApplicationLoadBalancer defines an Application Load Balancer with
// its own security group unless props.SecurityGroup is given.
func NewApplicationLoadBalancer(scope constructs.Construct, id *string, props *ApplicationLoadBalancerProps) ApplicationLoadBalancer {
	props = l2.Inject(*ApplicationLoadBalancer_PROPERTY_INJECTION_ID(), props, scope, id)
	lb := &applicationLoadBalancer{}
	var physical *string
	if props != nil {
		physical = props.LoadBalancerName
	}
	lb.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{PhysicalName: physical})
	host.Set(lb.Resource, lb)
	if props == nil || props.Vpc == nil {
		l2.Throw(lb, "ApplicationLoadBalancer: vpc is required")
	}
	lb.vpc = props.Vpc
	lb.physical = physical
	internetFacing := props.InternetFacing != nil && *props.InternetFacing
	selection := props.VpcSubnets
	if selection == nil {
		selection = &awsec2.SubnetSelection{}
		if internetFacing {
			selection.SubnetType = awsec2.SubnetType_PUBLIC
		}
	}
	subnets := props.Vpc.SelectSubnets(selection)
	if m := props.MinimumCapacityUnit; m != nil && (*m != float64(int64(*m)) || *m < 100) {
		l2.Throw(lb, "'minimumCapacityUnit' must be a positive integer greater than or equal to 100 for Application Load Balancer, got: %v.", *m)
	}
	lb.ipType = props.IpAddressType
	if lb.ipType == "" {
		lb.ipType = IpAddressType_IPV4
	}
	if props.IpAddressType == IpAddressType_DUAL_STACK_WITHOUT_PUBLIC_IPV4 && !internetFacing {
		l2.Throw(lb, "dual-stack without public IPv4 address can only be used with internet-facing scheme.")
	}
	scheme := "internal"
	if internetFacing {
		scheme = "internet-facing"
	}
	var subnetIDs []interface{}
	for _, s := range *subnets.SubnetIds {
		subnetIDs = append(subnetIDs, s)
	}
	cp := &CfnLoadBalancerProps{Name: physical, Subnets: &subnetIDs, Scheme: jsii.String(scheme), Type: jsii.String("application"),
		IpAddressType: props.IpAddressType.cfn()}
	if props.MinimumCapacityUnit != nil {
		cp.MinimumLoadBalancerCapacity = &CfnLoadBalancer_MinimumLoadBalancerCapacityProperty{CapacityUnits: props.MinimumCapacityUnit}
	}
	lb.cfn = NewCfnLoadBalancer(lb, jsii.String("Resource"), cp)
	if internetFacing && subnets.InternetConnectivityEstablished != nil {
		lb.cfn.Node().AddDependency(subnets.InternetConnectivityEstablished)
	}
	// The load balancer resource comes before its security group in the
	// template, as aws-cdk-lib creates it in the base constructor.
	sg := props.SecurityGroup
	if sg == nil {
		sg = awsec2.NewSecurityGroup(lb, jsii.String("SecurityGroup"), &awsec2.SecurityGroupProps{Vpc: props.Vpc,
			Description:      jsii.String("Automatically created Security Group for ELB " + *awscdk.Names_UniqueId(lb)),
			AllowAllOutbound: jsii.Bool(false)})
	}
	lb.connections = awsec2.NewConnections(&awsec2.ConnectionsProps{SecurityGroups: &[]awsec2.ISecurityGroup{sg}})
	lb.attrs.set("deletion_protection.enabled", jsii.String(fmt.Sprintf("%t", props.DeletionProtection != nil && *props.DeletionProtection)))
	if props.CrossZoneEnabled != nil {
		if !*props.CrossZoneEnabled {
			l2.Throw(lb, "crossZoneEnabled cannot be false with Application Load Balancers.")
		}
		lb.attrs.set("load_balancing.cross_zone.enabled", jsii.String("true"))
	}
	if props.DenyAllIgwTraffic != nil {
		if props.IpAddressType != IpAddressType_DUAL_STACK {
			l2.Throw(lb, "'denyAllIgwTraffic' may only be set on load balancers with dualstack addressing.")
		}
		lb.attrs.set("ipv6.deny_all_igw_traffic", jsii.String(fmt.Sprintf("%t", *props.DenyAllIgwTraffic)))
	}
	if props.Http2Enabled != nil {
		lb.attrs.set("routing.http2.enabled", jsii.String(fmt.Sprintf("%t", *props.Http2Enabled)))
	}
	if props.IdleTimeout != nil {
		lb.attrs.set("idle_timeout.timeout_seconds", jsii.String(fmt.Sprintf("%v", *props.IdleTimeout.ToSeconds(nil))))
	}
	if props.DropInvalidHeaderFields != nil {
		lb.attrs.set("routing.http.drop_invalid_header_fields.enabled", jsii.String(fmt.Sprintf("%t", *props.DropInvalidHeaderFields)))
	}
	if props.DesyncMitigationMode != "" {
		lb.attrs.set("routing.http.desync_mitigation_mode", props.DesyncMitigationMode.cfn())
	}
	if props.PreserveHostHeader != nil && *props.PreserveHostHeader {
		lb.attrs.set("routing.http.preserve_host_header.enabled", jsii.String("true"))
	}
	if props.XAmznTlsVersionAndCipherSuiteHeaders != nil && *props.XAmznTlsVersionAndCipherSuiteHeaders {
		lb.attrs.set("routing.http.x_amzn_tls_version_and_cipher_suite.enabled", jsii.String("true"))
	}
	if props.PreserveXffClientPort != nil && *props.PreserveXffClientPort {
		lb.attrs.set("routing.http.xff_client_port.enabled", jsii.String("true"))
	}
	if props.XffHeaderProcessingMode != "" {
		lb.attrs.set("routing.http.xff_header_processing.mode", props.XffHeaderProcessingMode.cfn())
	}
	if props.WafFailOpen != nil && *props.WafFailOpen {
		lb.attrs.set("waf.fail_open.enabled", jsii.String("true"))
	}
	if props.ClientKeepAlive != nil {
		ms := *props.ClientKeepAlive.ToMilliseconds(nil)
		if ms < 1000 {
			l2.Throw(lb, "'clientKeepAlive' must be between 60 and 604800 seconds. Got: %v milliseconds", ms)
		}
		s := *props.ClientKeepAlive.ToSeconds(nil)
		if s < 60 || s > 604800 {
			l2.Throw(lb, "'clientKeepAlive' must be between 60 and 604800 seconds. Got: %v seconds", s)
		}
		lb.attrs.set("client_keep_alive.seconds", jsii.String(fmt.Sprintf("%v", s)))
	}
	lb.sync()
	lb.Node().AddValidation(l2.Validation(func() []string { return derefAll(lb.ValidateLoadBalancer()) }))
	return lb
}

// NewApplicationLoadBalancer_Override makes a, a pointer to a struct embedding ApplicationLoadBalancer,
// a new ApplicationLoadBalancer (jsii's way of extending a class).
func NewApplicationLoadBalancer_Override(a ApplicationLoadBalancer, scope constructs.Construct, id *string, props *ApplicationLoadBalancerProps) {
	l2.Override[ApplicationLoadBalancer](a, NewApplicationLoadBalancer(scope, id, props))
}

func (lb *lbBase) sync() {
	var attrs []*CfnLoadBalancer_LoadBalancerAttributeProperty
	for _, a := range lb.attrs.render() {
		attrs = append(attrs, &CfnLoadBalancer_LoadBalancerAttributeProperty{Key: a.Key, Value: a.Value})
	}
	if len(attrs) > 0 {
		lb.cfn.SetLoadBalancerAttributes(attrs)
	} else {
		lb.cfn.SetLoadBalancerAttributes(nil)
	}
	if lb.keepSecurityGroups {
		return
	}
	if lb.noSecurityGroups && len(*lb.connections.SecurityGroups()) == 0 {
		lb.cfn.SetSecurityGroups(nil)
		return
	}
	var sgs []*string
	for _, sg := range *lb.connections.SecurityGroups() {
		sgs = append(sgs, sg.SecurityGroupId())
	}
	lb.cfn.SetSecurityGroups(&sgs)
}

func (lb *lbBase) LoadBalancerArn() *string { return lb.cfn.Ref() }
func (lb *lbBase) LoadBalancerRef() *interfacesawselasticloadbalancingv2.LoadBalancerReference {
	return &interfacesawselasticloadbalancingv2.LoadBalancerReference{LoadBalancerArn: lb.LoadBalancerArn()}
}
func (lb *lbBase) LoadBalancerCanonicalHostedZoneId() *string {
	return lb.cfn.AttrCanonicalHostedZoneId()
}
func (lb *lbBase) LoadBalancerDnsName() *string { return lb.cfn.AttrDnsName() }
func (lb *lbBase) LoadBalancerFullName() *string {
	return lb.cfn.AttrLoadBalancerFullName()
}
func (lb *lbBase) LoadBalancerName() *string { return lb.cfn.AttrLoadBalancerName() }
func (lb *lbBase) LoadBalancerSecurityGroups() *[]*string {
	return lb.cfn.AttrSecurityGroups()
}
func (lb *lbBase) Vpc() awsec2.IVpc                                   { return lb.vpc }
func (lb *lbBase) Connections() awsec2.Connections                    { return lb.connections }
func (lb *lbBase) IpAddressType() IpAddressType                       { return lb.ipType }
func (lb *applicationLoadBalancer) IsApplicationLoadBalancer() *bool  { return jsii.Bool(true) }
func (lb *applicationLoadBalancer) Listeners() *[]ApplicationListener { return &lb.listeners }
func (lb *lbBase) Env() *interfaces.ResourceEnvironment               { return lb.Resource.Env() }

// SetAttribute sets a load balancer attribute; a nil value removes it.
func (lb *lbBase) SetAttribute(key *string, value *string) {
	lb.attrs.set(deref(key), value)
	lb.sync()
}

// RemoveAttribute removes a load balancer attribute.
func (lb *lbBase) RemoveAttribute(key *string) { lb.SetAttribute(key, nil) }

// AddSecurityGroup attaches another security group.
func (lb *lbBase) AddSecurityGroup(securityGroup awsec2.ISecurityGroup) {
	lb.connections.AddSecurityGroup(securityGroup)
	lb.sync()
}

// AddListener adds a listener.
func (lb *applicationLoadBalancer) AddListener(id *string, props *BaseApplicationListenerProps) ApplicationListener {
	if props == nil {
		props = &BaseApplicationListenerProps{}
	}
	return NewApplicationListener(lb, id, &ApplicationListenerProps{LoadBalancer: lb, Certificates: props.Certificates,
		DefaultAction: props.DefaultAction, DefaultTargetGroups: props.DefaultTargetGroups, MutualAuthentication: props.MutualAuthentication,
		Open: props.Open, Port: props.Port, Protocol: props.Protocol, SslPolicy: props.SslPolicy})
}

// AddRedirect adds a listener that redirects, by default HTTP 80 to HTTPS 443.
func (lb *applicationLoadBalancer) AddRedirect(props *ApplicationLoadBalancerRedirectConfig) ApplicationListener {
	if props == nil {
		props = &ApplicationLoadBalancerRedirectConfig{}
	}
	source, target := 80.0, 443.0
	if props.SourcePort != nil {
		source = *props.SourcePort
	}
	if props.TargetPort != nil {
		target = *props.TargetPort
	}
	sp, tp := props.SourceProtocol, props.TargetProtocol
	if sp == "" {
		sp = ApplicationProtocol_HTTP
	}
	if tp == "" {
		tp = ApplicationProtocol_HTTPS
	}
	open := props.Open
	if open == nil {
		open = jsii.Bool(true)
	}
	return lb.AddListener(jsii.String(fmt.Sprintf("Redirect%vTo%v", source, target)), &BaseApplicationListenerProps{
		Protocol: sp, Port: jsii.Number(source), Open: open,
		DefaultAction: ListenerAction_Redirect(&RedirectOptions{Port: jsii.String(fmt.Sprintf("%v", target)), Protocol: tp.cfn(), Permanent: jsii.Bool(true)}),
	})
}

// elbv2Accounts are the accounts Elastic Load Balancing delivers access
// logs from, per region (AWS's published list, as aws-cdk-lib's region facts).
var elbv2Accounts = map[string]string{
	"af-south-1": "098369216593", "ap-east-1": "754344448648", "ap-northeast-1": "582318560864", "ap-northeast-2": "600734575887",
	"ap-northeast-3": "383597477331", "ap-south-1": "718504428378", "ap-southeast-1": "114774131450", "ap-southeast-2": "783225319266",
	"ap-southeast-3": "589379963580", "ca-central-1": "985666609251", "cn-north-1": "638102146993", "cn-northwest-1": "037604701340",
	"eu-central-1": "054676820928", "eu-north-1": "897822967062", "eu-south-1": "635631232127", "eu-west-1": "156460612806",
	"eu-west-2": "652711504416", "eu-west-3": "009996457667", "me-south-1": "076674570225", "sa-east-1": "507241528517",
	"us-east-1": "127311923021", "us-east-2": "033677994240", "us-gov-east-1": "190560391635", "us-gov-west-1": "048591011584",
	"us-iso-east-1": "770363063475", "us-iso-west-1": "121062877647", "us-isob-east-1": "740734521339", "us-isof-east-1": "091100254016",
	"us-isof-south-1": "412137745753", "us-west-1": "027434742980", "us-west-2": "797873946194",
}

// ResourcePolicyPrincipal is who delivers the load balancer's logs in the stack's region.
func (lb *lbBase) ResourcePolicyPrincipal() awsiam.IPrincipal {
	region := awscdk.Stack_Of(lb).Region()
	if *awscdk.Token_IsUnresolved(region) {
		l2.Throw(lb, "Region is required to enable ELBv2 access logging")
	}
	if acct, ok := elbv2Accounts[*region]; ok {
		return awsiam.NewAccountPrincipal(jsii.String(acct))
	}
	return awsiam.NewServicePrincipal(jsii.String("logdelivery.elasticloadbalancing.amazonaws.com"), nil)
}

// LogAccessLogs delivers access logs to bucket under prefix.
func (lb *lbBase) LogAccessLogs(bucket awss3.IBucket, prefix *string) {
	lb.logTo("access_logs", bucket, prefix)
}

// LogConnectionLogs delivers connection logs to bucket under prefix.
func (lb *lbBase) LogConnectionLogs(bucket awss3.IBucket, prefix *string) {
	lb.logTo("connection_logs", bucket, prefix)
}

func (lb *lbBase) logTo(kind string, bucket awss3.IBucket, prefix *string) {
	if bucket == nil {
		l2.Throw(lb, "a bucket is required to log to")
	}
	if bucket.EncryptionKey() != nil {
		l2.Throw(lb, "Encryption key detected. Bucket encryption using KMS keys is unsupported")
	}
	p := deref(prefix)
	lb.attrs.set(kind+".s3.enabled", jsii.String("true"))
	lb.attrs.set(kind+".s3.bucket", bucket.BucketName())
	lb.attrs.set(kind+".s3.prefix", jsii.String(p))
	lb.sync()
	keyPrefix := ""
	if p != "" {
		keyPrefix = p + "/"
	}
	objects := bucket.ArnForObjects(jsii.String(keyPrefix + "AWSLogs/" + *awscdk.Stack_Of(lb).Account() + "/*"))
	delivery := awsiam.NewServicePrincipal(jsii.String("delivery.logs.amazonaws.com"), nil)
	bucket.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:PutObject"),
		Principals: &[]awsiam.IPrincipal{lb.ResourcePolicyPrincipal()}, Resources: &[]*string{objects}}))
	bucket.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:PutObject"),
		Principals: &[]awsiam.IPrincipal{delivery}, Resources: &[]*string{objects},
		Conditions: &map[string]interface{}{"StringEquals": map[string]interface{}{"s3:x-amz-acl": "bucket-owner-full-control"}}}))
	bucket.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("s3:GetBucketAcl"),
		Principals: &[]awsiam.IPrincipal{delivery}, Resources: &[]*string{bucket.BucketArn()}}))
	if pol := bucket.Policy(); pol != nil {
		if child := pol.Node().DefaultChild(); child != nil {
			if res, ok := child.(awscdk.CfnResource); ok {
				lb.cfn.AddDependency(res)
			}
		}
	}
}

// ValidateLoadBalancer checks the load balancer's name.
func (lb *lbBase) ValidateLoadBalancer() *[]*string {
	var ret []string
	n := lb.physical
	if n != nil && !*awscdk.Token_IsUnresolved(n) {
		s := *n
		if len(s) > 32 {
			ret = append(ret, fmt.Sprintf("Load balancer name: %q can have a maximum of 32 characters.", s))
		}
		if len(s) >= 9 && s[:9] == "internal-" {
			ret = append(ret, fmt.Sprintf("Load balancer name: %q must not begin with \"internal-\".", s))
		}
		if len(s) > 0 && (s[0] == '-' || s[len(s)-1] == '-') {
			ret = append(ret, fmt.Sprintf("Load balancer name: %q must not begin or end with a hyphen.", s))
		}
		if !targetGroupNamePattern.MatchString(s) {
			ret = append(ret, fmt.Sprintf("Load balancer name: %q must contain only alphanumeric characters or hyphens.", s))
		}
	}
	return strs(ret)
}

func (lb *applicationLoadBalancer) Metrics() IApplicationLoadBalancerMetrics { return &albMetrics{lb} }

type albMetrics struct {
	lb interface{ LoadBalancerFullName() *string }
}

func (m *albMetrics) metric(name, statistic string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return newMetric("AWS/ApplicationELB", name, statistic, map[string]*string{"LoadBalancer": m.lb.LoadBalancerFullName()}, o)
}
func (m *albMetrics) Custom(metricName *string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric(deref(metricName), "", o)
}
func (m *albMetrics) ActiveConnectionCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ActiveConnectionCount", "Sum", o)
}
func (m *albMetrics) ClientTlsNegotiationErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ClientTLSNegotiationErrorCount", "Sum", o)
}
func (m *albMetrics) ConsumedLCUs(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ConsumedLCUs", "Sum", o)
}
func (m *albMetrics) ElbAuthError(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ELBAuthError", "Sum", o)
}
func (m *albMetrics) ElbAuthFailure(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ELBAuthFailure", "Sum", o)
}
func (m *albMetrics) ElbAuthLatency(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ELBAuthLatency", "Average", o)
}
func (m *albMetrics) ElbAuthSuccess(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ELBAuthSuccess", "Sum", o)
}
func (m *albMetrics) HttpCodeElb(code HttpCodeElb, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric(deref(code.cfn()), "Sum", o)
}
func (m *albMetrics) HttpCodeTarget(code HttpCodeTarget, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric(deref(code.cfn()), "Sum", o)
}
func (m *albMetrics) HttpFixedResponseCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("HTTP_Fixed_Response_Count", "Sum", o)
}
func (m *albMetrics) HttpRedirectCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("HTTP_Redirect_Count", "Sum", o)
}
func (m *albMetrics) HttpRedirectUrlLimitExceededCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("HTTP_Redirect_Url_Limit_Exceeded_Count", "Sum", o)
}
func (m *albMetrics) Ipv6ProcessedBytes(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("IPv6ProcessedBytes", "Sum", o)
}
func (m *albMetrics) Ipv6RequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("IPv6RequestCount", "Sum", o)
}
func (m *albMetrics) NewConnectionCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("NewConnectionCount", "Sum", o)
}
func (m *albMetrics) ProcessedBytes(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("ProcessedBytes", "Sum", o)
}
func (m *albMetrics) RejectedConnectionCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("RejectedConnectionCount", "Sum", o)
}
func (m *albMetrics) RequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("RequestCount", "Sum", o)
}
func (m *albMetrics) RuleEvaluations(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("RuleEvaluations", "Sum", o)
}
func (m *albMetrics) TargetConnectionErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("TargetConnectionErrorCount", "Sum", o)
}
func (m *albMetrics) TargetResponseTime(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("TargetResponseTime", "Average", o)
}
func (m *albMetrics) TargetTLSNegotiationErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return m.metric("TargetTLSNegotiationErrorCount", "Sum", o)
}

func (lb *applicationLoadBalancer) Metric(n *string, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().Custom(n, o)
}
func (lb *applicationLoadBalancer) MetricActiveConnectionCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ActiveConnectionCount(o)
}
func (lb *applicationLoadBalancer) MetricClientTlsNegotiationErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ClientTlsNegotiationErrorCount(o)
}
func (lb *applicationLoadBalancer) MetricConsumedLCUs(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ConsumedLCUs(o)
}
func (lb *applicationLoadBalancer) MetricElbAuthError(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ElbAuthError(o)
}
func (lb *applicationLoadBalancer) MetricElbAuthFailure(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ElbAuthFailure(o)
}
func (lb *applicationLoadBalancer) MetricElbAuthLatency(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ElbAuthLatency(o)
}
func (lb *applicationLoadBalancer) MetricElbAuthSuccess(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ElbAuthSuccess(o)
}
func (lb *applicationLoadBalancer) MetricHttpCodeElb(code HttpCodeElb, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().HttpCodeElb(code, o)
}
func (lb *applicationLoadBalancer) MetricHttpCodeTarget(code HttpCodeTarget, o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().HttpCodeTarget(code, o)
}
func (lb *applicationLoadBalancer) MetricHttpFixedResponseCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().HttpFixedResponseCount(o)
}
func (lb *applicationLoadBalancer) MetricHttpRedirectCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().HttpRedirectCount(o)
}
func (lb *applicationLoadBalancer) MetricHttpRedirectUrlLimitExceededCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().HttpRedirectUrlLimitExceededCount(o)
}
func (lb *applicationLoadBalancer) MetricIpv6ProcessedBytes(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().Ipv6ProcessedBytes(o)
}
func (lb *applicationLoadBalancer) MetricIpv6RequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().Ipv6RequestCount(o)
}
func (lb *applicationLoadBalancer) MetricNewConnectionCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().NewConnectionCount(o)
}
func (lb *applicationLoadBalancer) MetricProcessedBytes(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().ProcessedBytes(o)
}
func (lb *applicationLoadBalancer) MetricRejectedConnectionCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().RejectedConnectionCount(o)
}
func (lb *applicationLoadBalancer) MetricRequestCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().RequestCount(o)
}
func (lb *applicationLoadBalancer) MetricRuleEvaluations(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().RuleEvaluations(o)
}
func (lb *applicationLoadBalancer) MetricTargetConnectionErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().TargetConnectionErrorCount(o)
}
func (lb *applicationLoadBalancer) MetricTargetResponseTime(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().TargetResponseTime(o)
}
func (lb *applicationLoadBalancer) MetricTargetTLSNegotiationErrorCount(o *awscloudwatch.MetricOptions) awscloudwatch.Metric {
	return lb.Metrics().TargetTLSNegotiationErrorCount(o)
}

// ApplicationLoadBalancer_PROPERTY_INJECTION_ID is the id property injectors use.
func ApplicationLoadBalancer_PROPERTY_INJECTION_ID() *string {
	return jsii.String("aws-cdk-lib.aws-elasticloadbalancingv2.ApplicationLoadBalancer")
}

// ApplicationLoadBalancer_IsConstruct reports whether x is a construct.
func ApplicationLoadBalancer_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// ApplicationLoadBalancer_IsResource reports whether construct is a Resource.
func ApplicationLoadBalancer_IsResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsResource(construct)
}

// ApplicationLoadBalancer_IsOwnedResource reports whether construct is a Resource owned by the app.
func ApplicationLoadBalancer_IsOwnedResource(construct constructs.IConstruct) *bool {
	return awscdk.Resource_IsOwnedResource(construct)
}
