package regioninfo

// RegionInfo is information pertaining to an AWS region. Its accessors read
// the fact database when called, so they see facts registered later.
type RegionInfo interface {
	// The ID of the AWS account that owns the public ECR repository that
	// contains the AWS App Mesh Envoy Proxy images in a given region.
	AppMeshRepositoryAccount() *string
	// Whether the `AWS::CDK::Metadata` CloudFormation Resource is available in this region or not.
	CdkMetadataResourceAvailable() *bool
	// The ID of the AWS account that owns the public ECR repository
	// containing the AWS Deep Learning Containers images in this region.
	DlcRepositoryAccount() *string
	// The domain name suffix (e.g: amazonaws.com) for this region.
	DomainSuffix() *string
	// The hosted zone ID used by Route 53 to alias a EBS environment endpoint in this region.
	EbsEnvEndpointHostedZoneId() *string
	// The account ID for ELBv2 in this region.
	Elbv2Account() *string
	// The CIDR block used by Amazon Data Firehose servers.
	FirehoseCidrBlock() *string
	// Whether the given region is an opt-in region.
	IsOptInRegion() *bool
	Name() *string
	// The name of the ARN partition for this region (e.g: aws).
	Partition() *string
	// The endpoint used by S3 static website hosting in this region.
	S3StaticWebsiteEndpoint() *string
	// The hosted zone ID used by Route 53 to alias a S3 static website in this region.
	S3StaticWebsiteHostedZoneId() *string
	// SAML Sign On URL used by IAM SAML Principals.
	SamlSignOnUrl() *string
	// The prefix for VPC Endpoint Service names, cn.com.amazonaws.vpce for
	// China regions, com.amazonaws.vpce otherwise.
	VpcEndpointServiceNamePrefix() *string
	// The ARN of the ADOT Lambda layer, for the given layer type, version and architecture.
	AdotLambdaLayerArn(type_ *string, version *string, architecture *string) *string
	// The ARN of the AppConfig Lambda Layer, for the given version.
	AppConfigLambdaArn(layerVersion *string, architecture *string) *string
	// The ARN of the CloudWatch Lambda Insights extension, for the given version.
	CloudwatchLambdaInsightsArn(insightsVersion *string, architecture *string) *string
	// The ARN of the Parameters and Secrets Lambda layer for the given lambda architecture.
	ParamsAndSecretsLambdaLayerArn(version *string, architecture *string) *string
	// The name of the service principal for a given service in this region.
	//
	// Deprecated: Use `iam.ServicePrincipal.servicePrincipalName()` instead.
	ServicePrincipal(service *string) *string
}

type regionInfo struct{ name string }

// RegionInfo_Get obtains region info for a given region name.
func RegionInfo_Get(name *string) RegionInfo { return &regionInfo{name: deref(name)} }

// RegionInfo_Regions is the information about every region Fact_Regions lists.
func RegionInfo_Regions() *[]RegionInfo {
	names := regionNames()
	out := make([]RegionInfo, len(names))
	for i, n := range names {
		out[i] = &regionInfo{name: n}
	}
	return &out
}

// RegionInfo_RegionMap is a map of region name to the value of factName,
// for every region that has the fact.
func RegionInfo_RegionMap(factName *string) *map[string]*string {
	out := map[string]*string{}
	for _, rv := range regionValues(deref(factName), nil) {
		out[rv.region] = ptr(rv.value)
	}
	return &out
}

// RegionInfo_LimitedRegionMap is RegionInfo_RegionMap restricted to the
// regions of the given partitions.
func RegionInfo_LimitedRegionMap(factName *string, partitions *[]*string) *map[string]*string {
	ps := []string{}
	if partitions != nil {
		for _, p := range *partitions {
			ps = append(ps, deref(p))
		}
	}
	out := map[string]*string{}
	for _, rv := range regionValues(deref(factName), ps) {
		out[rv.region] = ptr(rv.value)
	}
	return &out
}

// RegionValue is one region's value of a fact.
type regionValue struct{ region, value string }

// regionValues lists the regions having factName with their values, in the
// order of Fact_Regions (the order aws-cdk-lib's region maps keep), limited
// to the given partitions unless partitions is nil.
func regionValues(factName string, partitions []string) []regionValue {
	var out []regionValue
	for _, r := range regionNames() {
		v, ok := find(r, factName)
		if !ok {
			continue
		}
		if partitions != nil {
			in := false
			for _, p := range partitions {
				if p == partitionOf(r).partition {
					in = true
					break
				}
			}
			if !in {
				continue
			}
		}
		out = append(out, regionValue{r, v})
	}
	return out
}

func (r *regionInfo) fact(name string) *string { return Fact_Find(&r.name, &name) }

func (r *regionInfo) yes(name string) *bool {
	v := r.fact(name)
	b := v != nil && *v == "YES"
	return &b
}

func (r *regionInfo) Name() *string { return ptr(r.name) }
func (r *regionInfo) AppMeshRepositoryAccount() *string {
	return r.fact("appMeshRepositoryAccount")
}
func (r *regionInfo) CdkMetadataResourceAvailable() *bool {
	return r.yes("cdk:metadata-resource:available")
}
func (r *regionInfo) DlcRepositoryAccount() *string { return r.fact("dlcRepositoryAccount") }
func (r *regionInfo) DomainSuffix() *string         { return r.fact("domainSuffix") }
func (r *regionInfo) EbsEnvEndpointHostedZoneId() *string {
	return r.fact("ebs-environment:route-53-hosted-zone-id")
}
func (r *regionInfo) Elbv2Account() *string      { return r.fact("elbv2Account") }
func (r *regionInfo) FirehoseCidrBlock() *string { return r.fact("firehoseCidrBlock") }
func (r *regionInfo) IsOptInRegion() *bool       { return r.yes("aws:is-opt-in-region") }
func (r *regionInfo) Partition() *string         { return r.fact("partition") }
func (r *regionInfo) S3StaticWebsiteEndpoint() *string {
	return r.fact("s3-static-website:endpoint")
}
func (r *regionInfo) S3StaticWebsiteHostedZoneId() *string {
	return r.fact("s3-static-website:route-53-hosted-zone-id")
}
func (r *regionInfo) SamlSignOnUrl() *string { return r.fact("samlSignOnUrl") }
func (r *regionInfo) VpcEndpointServiceNamePrefix() *string {
	return r.fact("vpcEndpointServiceNamePrefix")
}
func (r *regionInfo) AdotLambdaLayerArn(type_ *string, version *string, architecture *string) *string {
	return r.fact(*FactName_AdotLambdaLayer(type_, version, architecture))
}
func (r *regionInfo) AppConfigLambdaArn(layerVersion *string, architecture *string) *string {
	return r.fact(*FactName_AppConfigLambdaLayerVersion(layerVersion, architecture))
}
func (r *regionInfo) CloudwatchLambdaInsightsArn(insightsVersion *string, architecture *string) *string {
	return r.fact(*FactName_CloudwatchLambdaInsightsVersion(insightsVersion, architecture))
}
func (r *regionInfo) ParamsAndSecretsLambdaLayerArn(version *string, architecture *string) *string {
	return r.fact(*FactName_ParamsAndSecretsLambdaLayer(version, architecture))
}
func (r *regionInfo) ServicePrincipal(service *string) *string {
	return ptr(globalPrincipal(deref(service)))
}
