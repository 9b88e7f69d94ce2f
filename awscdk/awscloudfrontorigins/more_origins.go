package awscloudfrontorigins

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapigateway"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// Function URL, REST API, VPC and the deprecated S3 origins.

// hostOf is the host part of an https://host/... URL token.
func hostOf(url *string) *string {
	return awscdk.Fn_Select(jsii.Number(2), awscdk.Fn_Split(jsii.String("/"), url, nil))
}

// httpsConfig is the custom origin configuration of the HTTPS-only
// origins (function URLs, REST APIs).
func httpsConfig(read, keepalive awscdk.Duration, ip awscloudfront.OriginIpAddressType) *awscloudfront.CfnDistribution_CustomOriginConfigProperty {
	c := &awscloudfront.CfnDistribution_CustomOriginConfigProperty{
		OriginSslProtocols:   jsii.Strings(string(awscloudfront.OriginSslPolicy_TLS_V1_2)),
		OriginProtocolPolicy: jsii.String(string(awscloudfront.OriginProtocolPolicy_HTTPS_ONLY)),
	}
	if read != nil {
		c.OriginReadTimeout = read.ToSeconds(nil)
	}
	if keepalive != nil {
		c.OriginKeepaliveTimeout = keepalive.ToSeconds(nil)
	}
	if ip != "" {
		c.IpAddressType = jsii.String(string(ip))
	}
	return c
}

// FunctionUrlOriginBaseProps are the settings every function URL origin has.
type FunctionUrlOriginBaseProps struct {
	ConnectionAttempts        *float64            `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration     `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string             `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string             `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool               `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string             `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration     `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string             `field:"optional" json:"originPath" yaml:"originPath"`
}

// FunctionUrlOriginProps are the props of NewFunctionUrlOrigin.
type FunctionUrlOriginProps struct {
	ConnectionAttempts        *float64                          `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration                   `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string               `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string                           `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string                           `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool                             `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string                           `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration                   `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string                           `field:"optional" json:"originPath" yaml:"originPath"`
	IpAddressType             awscloudfront.OriginIpAddressType `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	KeepaliveTimeout          awscdk.Duration                   `field:"optional" json:"keepaliveTimeout" yaml:"keepaliveTimeout"`
	ReadTimeout               awscdk.Duration                   `field:"optional" json:"readTimeout" yaml:"readTimeout"`
}

// FunctionUrlOriginWithOACProps are the props of FunctionUrlOrigin_WithOriginAccessControl.
type FunctionUrlOriginWithOACProps struct {
	ConnectionAttempts        *float64                                        `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration                                 `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string                             `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string                                         `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string                                         `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool                                           `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string                                         `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration                                 `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string                                         `field:"optional" json:"originPath" yaml:"originPath"`
	IpAddressType             awscloudfront.OriginIpAddressType               `field:"optional" json:"ipAddressType" yaml:"ipAddressType"`
	KeepaliveTimeout          awscdk.Duration                                 `field:"optional" json:"keepaliveTimeout" yaml:"keepaliveTimeout"`
	ReadTimeout               awscdk.Duration                                 `field:"optional" json:"readTimeout" yaml:"readTimeout"`
	OriginAccessControl       interfacesawscloudfront.IOriginAccessControlRef `field:"optional" json:"originAccessControl" yaml:"originAccessControl"`
}

// FunctionUrlOrigin is a Lambda function URL as an origin.
type FunctionUrlOrigin interface {
	awscloudfront.OriginBase
}

type functionUrlOrigin struct {
	awscloudfront.OriginBase
	props FunctionUrlOriginProps
	url   awslambda.IFunctionUrl
	oac   interfacesawscloudfront.IOriginAccessControlRef
	// withOAC: the origin signs its requests and grants the distribution
	// the invoke permissions.
	withOAC bool
}

func newFunctionUrlOrigin(url awslambda.IFunctionUrl, props *FunctionUrlOriginProps) *functionUrlOrigin {
	if url == nil {
		diag.Panic("", "FunctionUrlOrigin needs a function URL; got nil")
	}
	o := &functionUrlOrigin{url: url}
	if props != nil {
		o.props = *props
	}
	p := &o.props
	awscloudfront.NewOriginBase_Override(o, hostOf(url.Url()), &awscloudfront.OriginProps{
		ConnectionAttempts: p.ConnectionAttempts, ConnectionTimeout: p.ConnectionTimeout, CustomHeaders: p.CustomHeaders,
		OriginAccessControlId: p.OriginAccessControlId, OriginId: p.OriginId, OriginShieldEnabled: p.OriginShieldEnabled,
		OriginShieldRegion: p.OriginShieldRegion, ResponseCompletionTimeout: p.ResponseCompletionTimeout, OriginPath: p.OriginPath,
	})
	minSeconds("readTimeout", p.ReadTimeout)
	minSeconds("keepaliveTimeout", p.KeepaliveTimeout)
	return o
}

// NewFunctionUrlOrigin is a function URL as a public origin.
func NewFunctionUrlOrigin(lambdaFunctionUrl awslambda.IFunctionUrl, props *FunctionUrlOriginProps) FunctionUrlOrigin {
	o := newFunctionUrlOrigin(lambdaFunctionUrl, props)
	o.ValidateResponseCompletionTimeoutWithReadTimeout(o.props.ResponseCompletionTimeout, o.props.ReadTimeout)
	return o
}

// NewFunctionUrlOrigin_Override initialises outer, a type embedding FunctionUrlOrigin.
func NewFunctionUrlOrigin_Override(outer FunctionUrlOrigin, lambdaFunctionUrl awslambda.IFunctionUrl, props *FunctionUrlOriginProps) {
	l2.Override[FunctionUrlOrigin](outer, NewFunctionUrlOrigin(lambdaFunctionUrl, props))
}

// FunctionUrlOrigin_WithOriginAccessControl is a function URL reached
// through an origin access control (made beside the origin unless given),
// with the permissions that let the distribution invoke it.
func FunctionUrlOrigin_WithOriginAccessControl(lambdaFunctionUrl awslambda.IFunctionUrl, props *FunctionUrlOriginWithOACProps) awscloudfront.IOrigin {
	if props == nil {
		props = &FunctionUrlOriginWithOACProps{}
	}
	o := newFunctionUrlOrigin(lambdaFunctionUrl, &FunctionUrlOriginProps{ConnectionAttempts: props.ConnectionAttempts, ConnectionTimeout: props.ConnectionTimeout,
		CustomHeaders: props.CustomHeaders, OriginAccessControlId: props.OriginAccessControlId, OriginId: props.OriginId,
		OriginShieldEnabled: props.OriginShieldEnabled, OriginShieldRegion: props.OriginShieldRegion,
		ResponseCompletionTimeout: props.ResponseCompletionTimeout, OriginPath: props.OriginPath,
		IpAddressType: props.IpAddressType, KeepaliveTimeout: props.KeepaliveTimeout, ReadTimeout: props.ReadTimeout})
	o.withOAC, o.oac = true, props.OriginAccessControl
	return o
}

func (o *functionUrlOrigin) RenderCustomOriginConfig() *awscloudfront.CfnDistribution_CustomOriginConfigProperty {
	return httpsConfig(o.props.ReadTimeout, o.props.KeepaliveTimeout, o.props.IpAddressType)
}

// Bind binds the origin; with an OAC it also checks the URL's auth type
// and lets the distribution invoke the function.
func (o *functionUrlOrigin) Bind(scope constructs.Construct, options *awscloudfront.OriginBindOptions) *awscloudfront.OriginBindConfig {
	cfg := o.OriginBase.Bind(scope, options)
	if !o.withOAC {
		return cfg
	}
	if isNil(o.oac) {
		o.oac = awscloudfront.NewFunctionUrlOriginAccessControl(scope, jsii.String("FunctionUrlOriginAccessControl"), nil)
	}
	o.validateAuthType(scope)
	originID, distID := "", (*string)(nil)
	if options != nil {
		originID, distID = deref(options.OriginId), options.DistributionId
	}
	sourceArn := jsii.String("arn:" + *awscdk.Aws_PARTITION() + ":cloudfront::" + *awscdk.Aws_ACCOUNT_ID() + ":distribution/" + deref(distID))
	principal := jsii.String("cloudfront.amazonaws.com")
	awslambda.NewCfnPermission(scope, jsii.String("InvokeFromApiFor"+originID), &awslambda.CfnPermissionProps{Principal: principal,
		Action: jsii.String("lambda:InvokeFunctionUrl"), FunctionName: o.url.FunctionArn(), SourceArn: sourceArn})
	awslambda.NewCfnPermission(scope, jsii.String("InvokeFunctionFromCloudFrontFor"+originID), &awslambda.CfnPermissionProps{Principal: principal,
		Action: jsii.String("lambda:InvokeFunction"), FunctionName: o.url.FunctionArn(), SourceArn: sourceArn, InvokedViaFunctionUrl: jsii.Bool(true)})
	prop := *cfg.OriginProperty
	prop.OriginAccessControlId = o.oac.OriginAccessControlRef().OriginAccessControlId
	out := *cfg
	out.OriginProperty = &prop
	return &out
}

// validateAuthType refuses a URL anyone may call behind an OAC that always
// signs: CloudFront's signed requests would be refused.
func (o *functionUrlOrigin) validateAuthType(scope constructs.Construct) {
	c, ok := o.oac.(constructs.IConstruct)
	if !ok {
		return
	}
	for _, child := range *c.Node().Children() {
		cfn, ok := child.(awscloudfront.CfnOriginAccessControl)
		if !ok {
			continue
		}
		cfg, ok := cfn.OriginAccessControlConfig().(*awscloudfront.CfnOriginAccessControl_OriginAccessControlConfigProperty)
		if !ok || cfg == nil {
			return
		}
		always := deref(cfg.SigningBehavior) == string(awscloudfront.SigningBehavior_ALWAYS) && deref(cfg.SigningProtocol) == string(awscloudfront.SigningProtocol_SIGV4)
		if always && o.url.AuthType() != awslambda.FunctionUrlAuthType_AWS_IAM {
			diag.Panic(*scope.Node().Path(), "The authType of the Function URL must be set to AWS_IAM when origin access control signing method is SIGV4_ALWAYS.")
		}
		return
	}
}

// RestApiOriginProps are the props of NewRestApiOrigin.
type RestApiOriginProps struct {
	ConnectionAttempts        *float64            `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration     `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string             `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string             `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool               `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string             `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration     `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string             `field:"optional" json:"originPath" yaml:"originPath"`
	KeepaliveTimeout          awscdk.Duration     `field:"optional" json:"keepaliveTimeout" yaml:"keepaliveTimeout"`
	ReadTimeout               awscdk.Duration     `field:"optional" json:"readTimeout" yaml:"readTimeout"`
}

// RestApiOrigin is an API Gateway REST API as an origin, its stage as the path.
type RestApiOrigin interface {
	awscloudfront.OriginBase
}

type restApiOrigin struct {
	awscloudfront.OriginBase
	props RestApiOriginProps
}

// NewRestApiOrigin is restApi's deployed stage as an origin.
func NewRestApiOrigin(restApi awsapigateway.RestApiBase, props *RestApiOriginProps) RestApiOrigin {
	if restApi == nil {
		diag.Panic("", "RestApiOrigin needs a REST API; got nil")
	}
	o := &restApiOrigin{}
	if props != nil {
		o.props = *props
	}
	p := &o.props
	url := restApi.Url()
	path := p.OriginPath
	if path == nil {
		path = jsii.String("/" + *awscdk.Fn_Select(jsii.Number(3), awscdk.Fn_Split(jsii.String("/"), url, nil)))
	}
	awscloudfront.NewOriginBase_Override(o, hostOf(url), &awscloudfront.OriginProps{
		ConnectionAttempts: p.ConnectionAttempts, ConnectionTimeout: p.ConnectionTimeout, CustomHeaders: p.CustomHeaders,
		OriginAccessControlId: p.OriginAccessControlId, OriginId: p.OriginId, OriginShieldEnabled: p.OriginShieldEnabled,
		OriginShieldRegion: p.OriginShieldRegion, ResponseCompletionTimeout: p.ResponseCompletionTimeout, OriginPath: path,
	})
	minSeconds("readTimeout", p.ReadTimeout)
	minSeconds("keepaliveTimeout", p.KeepaliveTimeout)
	o.ValidateResponseCompletionTimeoutWithReadTimeout(p.ResponseCompletionTimeout, p.ReadTimeout)
	return o
}

func (o *restApiOrigin) RenderCustomOriginConfig() *awscloudfront.CfnDistribution_CustomOriginConfigProperty {
	return httpsConfig(o.props.ReadTimeout, o.props.KeepaliveTimeout, "")
}

// NewRestApiOrigin_Override initialises outer, a type embedding RestApiOrigin.
func NewRestApiOrigin_Override(outer RestApiOrigin, restApi awsapigateway.RestApiBase, props *RestApiOriginProps) {
	l2.Override[RestApiOrigin](outer, NewRestApiOrigin(restApi, props))
}

// S3OriginProps are the props of the deprecated NewS3Origin.
type S3OriginProps struct {
	ConnectionAttempts        *float64            `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration     `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string             `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string             `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool               `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string             `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration     `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string             `field:"optional" json:"originPath" yaml:"originPath"`
	OriginAccessIdentity      interface {
		interfacesawscloudfront.ICloudFrontOriginAccessIdentityRef
		awsiam.IGrantable
	} `field:"optional" json:"originAccessIdentity" yaml:"originAccessIdentity"`
}

// S3Origin is the deprecated S3 origin: a website bucket as an HTTP
// origin, any other bucket through an origin access identity.
type S3Origin interface {
	awscloudfront.IOrigin
}

type s3Origin struct{ origin awscloudfront.IOrigin }

func (s *s3Origin) Bind(scope constructs.Construct, options *awscloudfront.OriginBindOptions) *awscloudfront.OriginBindConfig {
	return s.origin.Bind(scope, options)
}

// NewS3Origin is bucket as an origin (deprecated: use S3BucketOrigin or
// S3StaticWebsiteOrigin).
func NewS3Origin(bucket awss3.IBucket, props *S3OriginProps) S3Origin {
	if bucket == nil {
		diag.Panic("", "S3Origin needs a bucket; got nil")
	}
	if props == nil {
		props = &S3OriginProps{}
	}
	base := &awscloudfront.OriginProps{ConnectionAttempts: props.ConnectionAttempts, ConnectionTimeout: props.ConnectionTimeout,
		CustomHeaders: props.CustomHeaders, OriginAccessControlId: props.OriginAccessControlId, OriginId: props.OriginId,
		OriginShieldEnabled: props.OriginShieldEnabled, OriginShieldRegion: props.OriginShieldRegion,
		ResponseCompletionTimeout: props.ResponseCompletionTimeout, OriginPath: props.OriginPath}
	if w := bucket.IsWebsite(); w != nil && *w {
		return &s3Origin{origin: NewHttpOrigin(bucket.BucketWebsiteDomainName(), &HttpOriginProps{ProtocolPolicy: awscloudfront.OriginProtocolPolicy_HTTP_ONLY,
			ConnectionAttempts: base.ConnectionAttempts, ConnectionTimeout: base.ConnectionTimeout, CustomHeaders: base.CustomHeaders,
			OriginAccessControlId: base.OriginAccessControlId, OriginId: base.OriginId, OriginShieldEnabled: base.OriginShieldEnabled,
			OriginShieldRegion: base.OriginShieldRegion, ResponseCompletionTimeout: base.ResponseCompletionTimeout, OriginPath: base.OriginPath})}
	}
	o := newS3BucketOrigin(bucket, base)
	oai := props.OriginAccessIdentity
	o.s3 = func() *awscloudfront.CfnDistribution_S3OriginConfigProperty {
		return &awscloudfront.CfnDistribution_S3OriginConfigProperty{OriginAccessIdentity: jsii.String(
			"origin-access-identity/cloudfront/" + *oai.CloudFrontOriginAccessIdentityRef().CloudFrontOriginAccessIdentityId)}
	}
	o.bind = func(scope constructs.Construct, options *awscloudfront.OriginBindOptions) *awscloudfront.OriginBindConfig {
		if isNil(oai) {
			bucketStack := awscdk.Stack_Of(bucket)
			oaiScope, oaiID := constructs.Construct(scope), "S3Origin"
			if bucketStack != awscdk.Stack_Of(scope) {
				oaiScope, oaiID = bucketStack, *awscdk.Names_UniqueId(scope)+"S3Origin"
			}
			originID := ""
			if options != nil {
				originID = deref(options.OriginId)
			}
			oai = awscloudfront.NewOriginAccessIdentity(oaiScope, jsii.String(oaiID), &awscloudfront.OriginAccessIdentityProps{Comment: jsii.String("Identity for " + originID)})
		}
		bucket.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Resources: &[]*string{bucket.ArnForObjects(jsii.String("*"))}, Actions: jsii.Strings("s3:GetObject"),
			Principals: &[]awsiam.IPrincipal{oai.GrantPrincipal()},
		}))
		return o.OriginBase.Bind(scope, options)
	}
	return &s3Origin{origin: o}
}

// NewS3Origin_Override initialises outer, a type embedding S3Origin.
func NewS3Origin_Override(outer S3Origin, bucket awss3.IBucket, props *S3OriginProps) {
	l2.Override[S3Origin](outer, NewS3Origin(bucket, props))
}

// VpcOriginProps are the props of the VPC origins.
type VpcOriginProps struct {
	ConnectionAttempts        *float64            `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration     `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string             `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string             `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool               `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string             `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration     `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string             `field:"optional" json:"originPath" yaml:"originPath"`
	DomainName                *string             `field:"optional" json:"domainName" yaml:"domainName"`
	KeepaliveTimeout          awscdk.Duration     `field:"optional" json:"keepaliveTimeout" yaml:"keepaliveTimeout"`
	ReadTimeout               awscdk.Duration     `field:"optional" json:"readTimeout" yaml:"readTimeout"`
}

// VpcOriginWithEndpointProps are the props of the VPC origins made for an endpoint.
type VpcOriginWithEndpointProps struct {
	ConnectionAttempts        *float64                           `field:"optional" json:"connectionAttempts" yaml:"connectionAttempts"`
	ConnectionTimeout         awscdk.Duration                    `field:"optional" json:"connectionTimeout" yaml:"connectionTimeout"`
	CustomHeaders             *map[string]*string                `field:"optional" json:"customHeaders" yaml:"customHeaders"`
	OriginAccessControlId     *string                            `field:"optional" json:"originAccessControlId" yaml:"originAccessControlId"`
	OriginId                  *string                            `field:"optional" json:"originId" yaml:"originId"`
	OriginShieldEnabled       *bool                              `field:"optional" json:"originShieldEnabled" yaml:"originShieldEnabled"`
	OriginShieldRegion        *string                            `field:"optional" json:"originShieldRegion" yaml:"originShieldRegion"`
	ResponseCompletionTimeout awscdk.Duration                    `field:"optional" json:"responseCompletionTimeout" yaml:"responseCompletionTimeout"`
	OriginPath                *string                            `field:"optional" json:"originPath" yaml:"originPath"`
	DomainName                *string                            `field:"optional" json:"domainName" yaml:"domainName"`
	KeepaliveTimeout          awscdk.Duration                    `field:"optional" json:"keepaliveTimeout" yaml:"keepaliveTimeout"`
	ReadTimeout               awscdk.Duration                    `field:"optional" json:"readTimeout" yaml:"readTimeout"`
	HttpPort                  *float64                           `field:"optional" json:"httpPort" yaml:"httpPort"`
	HttpsPort                 *float64                           `field:"optional" json:"httpsPort" yaml:"httpsPort"`
	OriginSslProtocols        *[]awscloudfront.OriginSslPolicy   `field:"optional" json:"originSslProtocols" yaml:"originSslProtocols"`
	ProtocolPolicy            awscloudfront.OriginProtocolPolicy `field:"optional" json:"protocolPolicy" yaml:"protocolPolicy"`
	VpcOriginName             *string                            `field:"optional" json:"vpcOriginName" yaml:"vpcOriginName"`
}

// VpcOrigin is a CloudFront VPC origin (a private ALB, NLB or instance) as
// a distribution's origin.
type VpcOrigin interface {
	awscloudfront.OriginBase
	Props() *VpcOriginProps
	VpcOrigin() awscloudfront.IVpcOrigin
	SetVpcOrigin(val awscloudfront.IVpcOrigin)
}

type vpcOrigin struct {
	awscloudfront.OriginBase
	props    VpcOriginProps
	vpc      awscloudfront.IVpcOrigin
	endpoint awscloudfront.VpcOriginEndpoint
	opts     *VpcOriginWithEndpointProps
}

func (v *vpcOrigin) Props() *VpcOriginProps                    { return &v.props }
func (v *vpcOrigin) VpcOrigin() awscloudfront.IVpcOrigin       { return v.vpc }
func (v *vpcOrigin) SetVpcOrigin(val awscloudfront.IVpcOrigin) { v.vpc = val }

func newVpcOrigin(domainName *string, props *VpcOriginProps) *vpcOrigin {
	v := &vpcOrigin{}
	if props != nil {
		v.props = *props
	}
	p := &v.props
	awscloudfront.NewOriginBase_Override(v, domainName, &awscloudfront.OriginProps{
		ConnectionAttempts: p.ConnectionAttempts, ConnectionTimeout: p.ConnectionTimeout, CustomHeaders: p.CustomHeaders,
		OriginAccessControlId: p.OriginAccessControlId, OriginId: p.OriginId, OriginShieldEnabled: p.OriginShieldEnabled,
		OriginShieldRegion: p.OriginShieldRegion, ResponseCompletionTimeout: p.ResponseCompletionTimeout, OriginPath: p.OriginPath,
	})
	minSeconds("readTimeout", p.ReadTimeout)
	minSeconds("keepaliveTimeout", p.KeepaliveTimeout)
	return v
}

// NewVpcOrigin_Override initialises outer, a type embedding VpcOrigin, as
// a VPC origin at domainName; SetVpcOrigin names the CloudFront VPC origin.
func NewVpcOrigin_Override(outer VpcOrigin, domainName *string, props *VpcOriginProps) {
	l2.Override[VpcOrigin](outer, newVpcOrigin(domainName, props))
}

// Bind makes the CloudFront VPC origin for an endpoint on first use.
func (v *vpcOrigin) Bind(scope constructs.Construct, options *awscloudfront.OriginBindOptions) *awscloudfront.OriginBindConfig {
	if v.vpc == nil && v.endpoint != nil {
		o := v.opts
		v.vpc = awscloudfront.NewVpcOrigin(scope, jsii.String("VpcOrigin"), &awscloudfront.VpcOriginProps{Endpoint: v.endpoint,
			VpcOriginName: o.VpcOriginName, HttpPort: o.HttpPort, HttpsPort: o.HttpsPort, ProtocolPolicy: o.ProtocolPolicy, OriginSslProtocols: o.OriginSslProtocols})
	}
	return v.OriginBase.Bind(scope, options)
}

func (v *vpcOrigin) RenderVpcOriginConfig() *awscloudfront.CfnDistribution_VpcOriginConfigProperty {
	if v.vpc == nil {
		diag.Panic("", "VPC origin cannot be undefined.")
	}
	c := &awscloudfront.CfnDistribution_VpcOriginConfigProperty{VpcOriginId: v.vpc.VpcOriginId()}
	if v.props.ReadTimeout != nil {
		c.OriginReadTimeout = v.props.ReadTimeout.ToSeconds(nil)
	}
	if v.props.KeepaliveTimeout != nil {
		c.OriginKeepaliveTimeout = v.props.KeepaliveTimeout.ToSeconds(nil)
	}
	return c
}

// VpcOrigin_WithVpcOrigin is an existing CloudFront VPC origin.
func VpcOrigin_WithVpcOrigin(origin awscloudfront.IVpcOrigin, props *VpcOriginProps) VpcOrigin {
	if origin == nil {
		diag.Panic("", "VpcOrigin.withVpcOrigin needs a VPC origin; got nil")
	}
	domain := origin.DomainName()
	if props != nil && props.DomainName != nil {
		domain = props.DomainName
	}
	if domain == nil {
		diag.Panic("", "'domainName' must be specified when no default domain name is defined.")
	}
	v := newVpcOrigin(domain, props)
	v.vpc = origin
	return v
}

func withEndpoint(e awscloudfront.VpcOriginEndpoint, props *VpcOriginWithEndpointProps) VpcOrigin {
	if props == nil {
		props = &VpcOriginWithEndpointProps{}
	}
	domain := e.DomainName()
	if props.DomainName != nil {
		domain = props.DomainName
	}
	if domain == nil {
		diag.Panic("", "'domainName' must be specified when no default domain name is defined.")
	}
	v := newVpcOrigin(domain, &VpcOriginProps{ConnectionAttempts: props.ConnectionAttempts, ConnectionTimeout: props.ConnectionTimeout,
		CustomHeaders: props.CustomHeaders, OriginAccessControlId: props.OriginAccessControlId, OriginId: props.OriginId,
		OriginShieldEnabled: props.OriginShieldEnabled, OriginShieldRegion: props.OriginShieldRegion,
		ResponseCompletionTimeout: props.ResponseCompletionTimeout, OriginPath: props.OriginPath, DomainName: props.DomainName,
		KeepaliveTimeout: props.KeepaliveTimeout, ReadTimeout: props.ReadTimeout})
	v.endpoint, v.opts = e, props
	return v
}

// VpcOrigin_WithEc2Instance is an EC2 instance in a private subnet.
func VpcOrigin_WithEc2Instance(instance awsec2.IInstance, props *VpcOriginWithEndpointProps) VpcOrigin {
	return withEndpoint(awscloudfront.VpcOriginEndpoint_Ec2Instance(instance), props)
}

// VpcOrigin_WithApplicationLoadBalancer is an internal application load balancer.
func VpcOrigin_WithApplicationLoadBalancer(alb awselasticloadbalancingv2.IApplicationLoadBalancer, props *VpcOriginWithEndpointProps) VpcOrigin {
	return withEndpoint(awscloudfront.VpcOriginEndpoint_ApplicationLoadBalancer(alb), props)
}

// VpcOrigin_WithNetworkLoadBalancer is an internal network load balancer.
func VpcOrigin_WithNetworkLoadBalancer(nlb awselasticloadbalancingv2.INetworkLoadBalancer, props *VpcOriginWithEndpointProps) VpcOrigin {
	return withEndpoint(awscloudfront.VpcOriginEndpoint_NetworkLoadBalancer(nlb), props)
}
