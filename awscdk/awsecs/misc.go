package awsecs

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// portMapProblem is what is wrong with a port mapping in a network mode, "" if nothing.
func portMapProblem(nm NetworkMode, pm *PortMapping) string {
	useRange := pm.ContainerPort != nil && *pm.ContainerPort == 0
	switch {
	case pm.Name != nil && *pm.Name == "":
		return "Port mapping name cannot be an empty string."
	case useRange && pm.ContainerPortRange == nil:
		return "The containerPortRange must be set when containerPort is equal to 0"
	case !useRange && pm.ContainerPortRange != nil:
		return `Cannot set "containerPort" and "containerPortRange" at the same time.`
	case !useRange && (nm == NetworkMode_AWS_VPC || nm == NetworkMode_HOST) && pm.HostPort != nil && (pm.ContainerPort == nil || *pm.HostPort != *pm.ContainerPort):
		return "The host port must be left out or must be the same as the container port for AwsVpc or Host network mode."
	}
	if r := pm.ContainerPortRange; r != nil {
		switch {
		case isToken(r):
			return "The value of containerPortRange must be concrete (no Tokens)"
		case pm.HostPort != nil:
			return `Cannot set "hostPort" while using a port range for the container.`
		case nm != NetworkMode_BRIDGE && nm != NetworkMode_AWS_VPC:
			return "Either AwsVpc or Bridge network mode is required to set a port range for the container."
		case !portRangeFormat.MatchString(*r):
			return "The containerPortRange must be a string in the format [start port]-[end port]."
		}
	}
	return ""
}

func isServiceConnect(pm *PortMapping) bool { return sv(pm.Name) != "" || pm.AppProtocol != nil }

func serviceConnectProblem(nm NetworkMode, pm *PortMapping) string {
	if nm != NetworkMode_AWS_VPC && nm != NetworkMode_BRIDGE {
		return fmt.Sprintf("Service connect related port mapping fields 'name' and 'appProtocol' are not supported for network mode %s", networkModeValues[nm])
	}
	if sv(pm.Name) == "" {
		return "Service connect-related port mapping field 'appProtocol' cannot be set without 'name'"
	}
	return ""
}

// PortMap checks a port mapping against a network mode.
type PortMap interface {
	Networkmode() NetworkMode
	Portmapping() *PortMapping
	Validate()
}

type portMap struct {
	nm NetworkMode
	pm *PortMapping
}

// NewPortMap is a port mapping in a network mode, to validate.
func NewPortMap(networkmode NetworkMode, pm *PortMapping) PortMap { return &portMap{networkmode, pm} }

func (p *portMap) Networkmode() NetworkMode  { return p.nm }
func (p *portMap) Portmapping() *PortMapping { return p.pm }

// Validate fails with aws-cdk-lib's message when the mapping does not fit the network mode.
func (p *portMap) Validate() {
	if msg := portMapProblem(p.nm, p.pm); msg != "" {
		diag.Panic("", "%s", msg)
	}
}

// ServiceConnect checks the Service Connect fields of a port mapping.
type ServiceConnect interface {
	Networkmode() NetworkMode
	Portmapping() *PortMapping
	IsServiceConnect() *bool
	Validate()
}

type serviceConnectCheck struct {
	nm NetworkMode
	pm *PortMapping
}

// NewServiceConnect is a port mapping's Service Connect fields in a network mode, to validate.
func NewServiceConnect(networkmode NetworkMode, pm *PortMapping) ServiceConnect {
	return &serviceConnectCheck{networkmode, pm}
}

func (s *serviceConnectCheck) Networkmode() NetworkMode  { return s.nm }
func (s *serviceConnectCheck) Portmapping() *PortMapping { return s.pm }
func (s *serviceConnectCheck) IsServiceConnect() *bool   { return boolp(isServiceConnect(s.pm)) }
func (s *serviceConnectCheck) Validate() {
	if msg := serviceConnectProblem(s.nm, s.pm); msg != "" {
		diag.Panic("", "%s", msg)
	}
}

// AppMeshProxyConfigurationProps are the App Mesh proxy settings.
type AppMeshProxyConfigurationProps struct {
	AppPorts           *[]*float64 `field:"required" json:"appPorts" yaml:"appPorts"`
	ProxyEgressPort    *float64    `field:"required" json:"proxyEgressPort" yaml:"proxyEgressPort"`
	ProxyIngressPort   *float64    `field:"required" json:"proxyIngressPort" yaml:"proxyIngressPort"`
	EgressIgnoredIPs   *[]*string  `field:"optional" json:"egressIgnoredIPs" yaml:"egressIgnoredIPs"`
	EgressIgnoredPorts *[]*float64 `field:"optional" json:"egressIgnoredPorts" yaml:"egressIgnoredPorts"`
	IgnoredGID         *float64    `field:"optional" json:"ignoredGID" yaml:"ignoredGID"`
	IgnoredUID         *float64    `field:"optional" json:"ignoredUID" yaml:"ignoredUID"`
}

// AppMeshProxyConfigurationConfigProps name the proxy container and its settings.
type AppMeshProxyConfigurationConfigProps struct {
	ContainerName *string                         `field:"required" json:"containerName" yaml:"containerName"`
	Properties    *AppMeshProxyConfigurationProps `field:"required" json:"properties" yaml:"properties"`
}

// AppMeshProxyConfiguration is an App Mesh (Envoy) proxy configuration.
type AppMeshProxyConfiguration interface {
	ProxyConfiguration
}

type appMeshProxy struct {
	p AppMeshProxyConfigurationConfigProps
}

// NewAppMeshProxyConfiguration is an App Mesh proxy configuration (at least one of IgnoredUID and IgnoredGID).
func NewAppMeshProxyConfiguration(props *AppMeshProxyConfigurationConfigProps) AppMeshProxyConfiguration {
	a := &appMeshProxy{}
	if props != nil {
		a.p = *props
	}
	if pr := a.p.Properties; pr != nil && (pr.IgnoredUID == nil || *pr.IgnoredUID == 0) && (pr.IgnoredGID == nil || *pr.IgnoredGID == 0) {
		diag.Panic("", "At least one of ignoredUID or ignoredGID should be specified.")
	}
	return a
}

// ProxyConfigurations creates proxy configurations.
type ProxyConfigurations interface{}

// NewProxyConfigurations is the ProxyConfigurations factory (its functions are the package-level ProxyConfigurations_*).
func NewProxyConfigurations() ProxyConfigurations { return struct{}{} }

// ProxyConfigurations_AppMeshProxyConfiguration is NewAppMeshProxyConfiguration.
func ProxyConfigurations_AppMeshProxyConfiguration(props *AppMeshProxyConfigurationConfigProps) ProxyConfiguration {
	return NewAppMeshProxyConfiguration(props)
}

func joinNums(xs *[]*float64) string {
	var parts []string
	for _, x := range *xs {
		parts = append(parts, fmtNum(*x))
	}
	return strings.Join(parts, ",")
}

func (a *appMeshProxy) Bind(_ constructs.Construct, _ TaskDefinition) *CfnTaskDefinition_ProxyConfigurationProperty {
	var props []*CfnTaskDefinition_KeyValuePairProperty
	add := func(k, v string) {
		if v != "" {
			props = append(props, &CfnTaskDefinition_KeyValuePairProperty{Name: str(k), Value: str(v)})
		}
	}
	// jsii hands the struct's fields over in declaration order, which is the order they are listed in.
	if p := a.p.Properties; p != nil {
		if p.AppPorts != nil {
			add("AppPorts", joinNums(p.AppPorts))
		}
		if p.ProxyEgressPort != nil {
			add("ProxyEgressPort", fmtNum(*p.ProxyEgressPort))
		}
		if p.ProxyIngressPort != nil {
			add("ProxyIngressPort", fmtNum(*p.ProxyIngressPort))
		}
		if p.EgressIgnoredIPs != nil {
			var ips []string
			for _, ip := range *p.EgressIgnoredIPs {
				ips = append(ips, sv(ip))
			}
			add("EgressIgnoredIPs", strings.Join(ips, ","))
		}
		if p.EgressIgnoredPorts != nil {
			add("EgressIgnoredPorts", joinNums(p.EgressIgnoredPorts))
		}
		if p.IgnoredGID != nil {
			add("IgnoredGID", fmtNum(*p.IgnoredGID))
		}
		if p.IgnoredUID != nil {
			add("IgnoredUID", fmtNum(*p.IgnoredUID))
		}
	}
	return &CfnTaskDefinition_ProxyConfigurationProperty{ContainerName: a.p.ContainerName, ProxyConfigurationProperties: props, Type: str("APPMESH")}
}

// TagParameterContainerImage is an ECR image whose tag is a stack parameter (for CodePipeline deployments).
type TagParameterContainerImage interface {
	ContainerImage
	TagParameterName() *string
	TagParameterValue() *string
}

type tagParameterImage struct {
	repo  awsecr.IRepository
	param awscdk.CfnParameter
}

// NewTagParameterContainerImage is an image from repository with its tag a CloudFormation parameter.
func NewTagParameterContainerImage(repository awsecr.IRepository) TagParameterContainerImage {
	return &tagParameterImage{repo: repository}
}

func (t *tagParameterImage) Bind(scope constructs.Construct, c ContainerDefinition) *ContainerImageConfig {
	t.repo.GrantPull(c.TaskDefinition().ObtainExecutionRole())
	t.param = awscdk.NewCfnParameter(scope, jsii.String("ImageTagParam"), nil)
	return &ContainerImageConfig{ImageName: t.repo.RepositoryUriForTag(t.param.ValueAsString())}
}

func (t *tagParameterImage) lazy(f func() *string, what string) *string {
	return awscdk.Lazy_String(stringProducer(func() *string {
		if t.param == nil {
			diag.Panic("", "TagParameterContainerImage must be used in a container definition when using %s", what)
		}
		return f()
	}), nil)
}

// TagParameterName is the logical ID of the tag parameter (known once the image is used).
func (t *tagParameterImage) TagParameterName() *string {
	return t.lazy(func() *string { return t.param.LogicalId() }, "tagParameterName")
}

// TagParameterValue is the tag parameter's value.
func (t *tagParameterImage) TagParameterValue() *string {
	return t.lazy(func() *string { return t.param.ValueAsString() }, "tagParameterValue")
}

func TagParameterContainerImage_FromAsset(directory *string, props *AssetImageProps) AssetImage {
	return ContainerImage_FromAsset(directory, props)
}
func TagParameterContainerImage_FromDockerImageAsset(asset awsecrassets.DockerImageAsset) ContainerImage {
	return ContainerImage_FromDockerImageAsset(asset)
}
func TagParameterContainerImage_FromEcrRepository(repository awsecr.IRepository, tag *string) EcrImage {
	return ContainerImage_FromEcrRepository(repository, tag)
}
func TagParameterContainerImage_FromRegistry(name *string, props *RepositoryImageProps) RepositoryImage {
	return ContainerImage_FromRegistry(name, props)
}

// CredentialSpec_ArnForS3Object is the ARN of a credential spec file in S3.
func CredentialSpec_ArnForS3Object(bucket awss3.IBucket, key *string) *string {
	if key == nil || *key == "" {
		l2.Throw(bucket, "key is undefined")
	}
	return bucket.ArnForObjects(key)
}

// DomainJoinedCredentialSpec is a gMSA credential spec for domain-joined hosts.
type DomainJoinedCredentialSpec interface{ CredentialSpec }

// NewDomainJoinedCredentialSpec is the domain-joined credential spec at fileLocation.
func NewDomainJoinedCredentialSpec(fileLocation *string) DomainJoinedCredentialSpec {
	return &credentialSpec{str("credentialspec"), fileLocation}
}

// DomainJoinedCredentialSpec_FromS3Bucket is the domain-joined credential spec in an S3 object.
func DomainJoinedCredentialSpec_FromS3Bucket(bucket awss3.IBucket, key *string) DomainJoinedCredentialSpec {
	return NewDomainJoinedCredentialSpec(CredentialSpec_ArnForS3Object(bucket, key))
}
func DomainJoinedCredentialSpec_ArnForS3Object(bucket awss3.IBucket, key *string) *string {
	return CredentialSpec_ArnForS3Object(bucket, key)
}

// DomainlessCredentialSpec is a gMSA credential spec for hosts outside the domain.
type DomainlessCredentialSpec interface{ CredentialSpec }

// NewDomainlessCredentialSpec is the domainless credential spec at fileLocation.
func NewDomainlessCredentialSpec(fileLocation *string) DomainlessCredentialSpec {
	return &credentialSpec{str("credentialspecdomainless"), fileLocation}
}

// DomainlessCredentialSpec_FromS3Bucket is the domainless credential spec in an S3 object.
func DomainlessCredentialSpec_FromS3Bucket(bucket awss3.IBucket, key *string) DomainlessCredentialSpec {
	return NewDomainlessCredentialSpec(CredentialSpec_ArnForS3Object(bucket, key))
}
func DomainlessCredentialSpec_ArnForS3Object(bucket awss3.IBucket, key *string) *string {
	return CredentialSpec_ArnForS3Object(bucket, key)
}

// NewBuiltInAttributes is the BuiltInAttributes holder (its values are the BuiltInAttributes_* functions).
func NewBuiltInAttributes() BuiltInAttributes { return struct{}{} }
