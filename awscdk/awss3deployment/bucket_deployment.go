package awss3deployment

import (
	"sort"
	"strings"
	"time"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsefs"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawscloudfront"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/handlers/s3deployment"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l1"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// BucketDeploymentProps are the props of NewBucketDeployment.
type BucketDeploymentProps struct {
	DestinationBucket                     awss3.IBucket                            `field:"required" json:"destinationBucket" yaml:"destinationBucket"`
	Sources                               *[]ISource                               `field:"required" json:"sources" yaml:"sources"`
	AccessControl                         awss3.BucketAccessControl                `field:"optional" json:"accessControl" yaml:"accessControl"`
	CacheControl                          *[]CacheControl                          `field:"optional" json:"cacheControl" yaml:"cacheControl"`
	ContentDisposition                    *string                                  `field:"optional" json:"contentDisposition" yaml:"contentDisposition"`
	ContentEncoding                       *string                                  `field:"optional" json:"contentEncoding" yaml:"contentEncoding"`
	ContentLanguage                       *string                                  `field:"optional" json:"contentLanguage" yaml:"contentLanguage"`
	ContentType                           *string                                  `field:"optional" json:"contentType" yaml:"contentType"`
	DestinationKeyPrefix                  *string                                  `field:"optional" json:"destinationKeyPrefix" yaml:"destinationKeyPrefix"`
	Distribution                          interfacesawscloudfront.IDistributionRef `field:"optional" json:"distribution" yaml:"distribution"`
	DistributionPaths                     *[]*string                               `field:"optional" json:"distributionPaths" yaml:"distributionPaths"`
	EphemeralStorageSize                  awscdk.Size                              `field:"optional" json:"ephemeralStorageSize" yaml:"ephemeralStorageSize"`
	Exclude                               *[]*string                               `field:"optional" json:"exclude" yaml:"exclude"`
	Expires                               awscdk.Expiration                        `field:"optional" json:"expires" yaml:"expires"`
	Extract                               *bool                                    `field:"optional" json:"extract" yaml:"extract"`
	Include                               *[]*string                               `field:"optional" json:"include" yaml:"include"`
	LogGroup                              interfacesawslogs.ILogGroupRef           `field:"optional" json:"logGroup" yaml:"logGroup"`
	LogRetention                          awslogs.RetentionDays                    `field:"optional" json:"logRetention" yaml:"logRetention"`
	MemoryLimit                           *float64                                 `field:"optional" json:"memoryLimit" yaml:"memoryLimit"`
	Metadata                              *map[string]*string                      `field:"optional" json:"metadata" yaml:"metadata"`
	OutputObjectKeys                      *bool                                    `field:"optional" json:"outputObjectKeys" yaml:"outputObjectKeys"`
	Prune                                 *bool                                    `field:"optional" json:"prune" yaml:"prune"`
	RetainOnDelete                        *bool                                    `field:"optional" json:"retainOnDelete" yaml:"retainOnDelete"`
	Role                                  awsiam.IRole                             `field:"optional" json:"role" yaml:"role"`
	SecurityGroups                        *[]awsec2.ISecurityGroup                 `field:"optional" json:"securityGroups" yaml:"securityGroups"`
	ServerSideEncryption                  ServerSideEncryption                     `field:"optional" json:"serverSideEncryption" yaml:"serverSideEncryption"`
	ServerSideEncryptionAwsKmsKeyId       *string                                  `field:"optional" json:"serverSideEncryptionAwsKmsKeyId" yaml:"serverSideEncryptionAwsKmsKeyId"`
	ServerSideEncryptionCustomerAlgorithm *string                                  `field:"optional" json:"serverSideEncryptionCustomerAlgorithm" yaml:"serverSideEncryptionCustomerAlgorithm"`
	SignContent                           *bool                                    `field:"optional" json:"signContent" yaml:"signContent"`
	StorageClass                          StorageClass                             `field:"optional" json:"storageClass" yaml:"storageClass"`
	// UseEfs has the handler work on an EFS file system (for large files); needs Vpc.
	UseEfs                          *bool                   `field:"optional" json:"useEfs" yaml:"useEfs"`
	Vpc                             awsec2.IVpc             `field:"optional" json:"vpc" yaml:"vpc"`
	VpcSubnets                      *awsec2.SubnetSelection `field:"optional" json:"vpcSubnets" yaml:"vpcSubnets"`
	WaitForDistributionInvalidation *bool                   `field:"optional" json:"waitForDistributionInvalidation" yaml:"waitForDistributionInvalidation"`
	WebsiteRedirectLocation         *string                 `field:"optional" json:"websiteRedirectLocation" yaml:"websiteRedirectLocation"`
}

// BucketDeployment copies files into a bucket when the stack deploys:
// a Custom::CDKBucketDeployment resource served by a stack-wide Lambda
// function running Strata's own handler.
type BucketDeployment interface {
	constructs.Construct
	DeployedBucket() awss3.IBucket
	HandlerRole() awsiam.IRole
	ObjectKeys() *[]*string
	ObjectVersionIds() *[]*string
	AddSource(source ISource)
}

type bucketDeployment struct {
	constructs.Construct
	props            *BucketDeploymentProps
	dest             awss3.IBucket
	extract          bool
	outputObjectKeys bool
	handlerRole      awsiam.IRole
	sources          []*SourceConfig
	cr               awscdk.Resource
	cfn              awscdk.CfnResource
	requestArn       bool
	requestVersions  bool
	deployedBucket   awss3.IBucket
}

// customResourceOwnerTag prefixes the tag a deployment puts on its
// destination bucket; the handler leaves a bucket's objects in place on
// delete while a deployment to the same prefix still owns the bucket.
const customResourceOwnerTag = "aws-cdk:cr-owned"

// BucketDeployment_PROPERTY_INJECTION_ID is the id property injectors use.
func BucketDeployment_PROPERTY_INJECTION_ID() *string {
	return str("aws-cdk-lib.aws-s3-deployment.BucketDeployment")
}

// BucketDeployment_IsConstruct reports whether x is a construct.
func BucketDeployment_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// NewBucketDeployment deploys props.Sources to props.DestinationBucket.
func NewBucketDeployment(scope constructs.Construct, id *string, props *BucketDeploymentProps) BucketDeployment {
	props = l2.Inject(*BucketDeployment_PROPERTY_INJECTION_ID(), props, scope, id)
	d := &bucketDeployment{}
	initBucketDeployment(d, d, scope, id, props)
	return d
}

// initBucketDeployment builds d, whose tree object is outer (d itself, or
// a DeployTimeSubstitutedFile embedding it).
func initBucketDeployment(d *bucketDeployment, outer constructs.IConstruct, scope constructs.Construct, id *string, props *BucketDeploymentProps) {
	d.props = props
	d.Construct = constructs.NewConstruct(scope, id)
	host.Set(d.Construct, outer)
	if props == nil || props.DestinationBucket == nil || isNil(props.DestinationBucket) {
		throwScoped(d, "BucketDeployment: the 'destinationBucket' property is required")
	}
	if props.DistributionPaths != nil {
		if props.Distribution == nil || isNil(props.Distribution) {
			addError(d, "Distribution must be specified if distribution paths are specified")
		} else if !isUnresolved(props.DistributionPaths) {
			for _, p := range *props.DistributionPaths {
				if !isUnresolved(p) && !strings.HasPrefix(deref(p), "/") {
					addError(d, "Distribution paths must start with \"/\"")
					break
				}
			}
		}
	}
	useEfs := props.UseEfs != nil && *props.UseEfs
	if useEfs && (props.Vpc == nil || isNil(props.Vpc)) {
		throwScoped(d, "Vpc must be specified if useEfs is set")
	}
	d.dest = props.DestinationBucket
	d.extract = boolOr(props.Extract, true)
	d.outputObjectKeys = boolOr(props.OutputObjectKeys, true)

	// With EFS, the handler unpacks sources under the access point's
	// mount instead of its small /tmp; one file system per VPC and stack.
	const mountPath = "/mnt/lambda"
	var fileSystem awslambda.FileSystem
	if useEfs {
		fs := efsFor(scope, props.Vpc)
		ap := fs.AddAccessPoint(str("AccessPoint"), &awsefs.AccessPointOptions{
			Path:      str("/lambda"),
			CreateAcl: &awsefs.Acl{OwnerUid: str("1001"), OwnerGid: str("1001"), Permissions: str("0777")},
			PosixUser: &awsefs.PosixUser{Uid: str("1001"), Gid: str("1001")},
		})
		ap.Node().AddDependency(fs.MountTargetsAvailable())
		fileSystem = awslambda.FileSystem_FromEfsAccessPoint(ap, str(mountPath))
	}
	if props.Vpc != nil && !isNil(props.Vpc) {
		d.Node().AddDependency(props.Vpc)
	}

	memory := props.MemoryLimit
	if memory == nil {
		memory = num(1024)
	}
	var groups *[]awsec2.ISecurityGroup
	if props.SecurityGroups != nil && len(*props.SecurityGroups) > 0 {
		groups = props.SecurityGroups
	}
	caBundle := str("/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem")
	env := &map[string]*string{"AWS_CA_BUNDLE": caBundle}
	if useEfs {
		// aws-cdk-lib writes MOUNT_PATH first; a Go map would sort it after
		// AWS_CA_BUNDLE, so the variables are added in order below.
		env = nil
	}
	handler := awslambda.NewSingletonFunction(d, str("CustomResourceHandler"), &awslambda.SingletonFunctionProps{
		Uuid: str("8693BB64-9689-44B6-9AAF-B0CC9EB8756C" + d.renderUniqueID(props.MemoryLimit, props.EphemeralStorageSize,
			props.Vpc, props.SecurityGroups)),
		Code:                 awslambda.Code_FromAsset(str(s3deployment.Dir()), nil),
		Handler:              str("index.handler"),
		Runtime:              awslambda.Runtime_PYTHON_3_13(),
		Architecture:         awslambda.Architecture_ARM_64(),
		Environment:          env,
		LambdaPurpose:        str("Custom::CDKBucketDeployment"),
		Timeout:              awscdk.Duration_Minutes(num(15)),
		Role:                 props.Role,
		MemorySize:           memory,
		EphemeralStorageSize: props.EphemeralStorageSize,
		Vpc:                  props.Vpc,
		VpcSubnets:           props.VpcSubnets,
		SecurityGroups:       groups,
		Filesystem:           fileSystem,
		LogRetention:         props.LogRetention,
		LogGroup:             props.LogGroup,
	})
	if useEfs {
		handler.AddEnvironment(str("MOUNT_PATH"), str(mountPath), nil)
		handler.AddEnvironment(str("AWS_CA_BUNDLE"), caBundle, nil)
	}
	d.handlerRole = handler.Role()
	if d.handlerRole == nil || isNil(d.handlerRole) {
		throwScoped(d, "lambda.SingletonFunction should have created a Role")
	}
	if props.Sources != nil {
		for _, s := range *props.Sources {
			d.sources = append(d.sources, s.Bind(d, &DeploymentSourceContext{HandlerRole: d.handlerRole}))
		}
	}
	d.dest.GrantReadWrite(handler, nil)
	if props.AccessControl != "" {
		d.dest.GrantPutAcl(handler, nil)
	}
	if props.Distribution != nil && !isNil(props.Distribution) {
		handler.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Effect:    awsiam.Effect_ALLOW,
			Actions:   &[]*string{str("cloudfront:GetInvalidation"), str("cloudfront:CreateInvalidation")},
			Resources: &[]*string{str("*")},
		}))
	}
	d.Node().AddValidation(validation(func() []string {
		if props.Extract != nil && !*props.Extract {
			for _, s := range d.sources {
				if s.Markers != nil && len(*s.Markers) > 0 {
					return []string{"Some sources are incompatible with extract=false; sources with deploy-time values (such as 'snsTopic.topicArn') must be extracted."}
				}
			}
		}
		return nil
	}))

	crID := "CustomResource" + d.renderUniqueID(props.MemoryLimit, props.EphemeralStorageSize, props.Vpc, nil)
	d.cr = awscdk.NewResource(d, str(crID), nil)
	d.cfn = awscdk.NewCfnResource(d.cr, str("Default"), &awscdk.CfnResourceProps{Type: str("Custom::CDKBucketDeployment")})
	l1.Init(d.cfn, d.cfn, d.renderProperties(handler.FunctionArn()))
	d.cfn.ApplyRemovalPolicy(awscdk.RemovalPolicy_DESTROY, nil)
	d.cr.Node().SetDefaultChild(d.cfn)

	tag := customResourceOwnerTag
	if p := deref(props.DestinationKeyPrefix); p != "" {
		tag += ":" + p
	}
	addr := *d.cr.Node().Addr()
	tag += ":" + addr[len(addr)-8:]
	if !isUnresolved(tag) && len(tag) > 128 {
		addError(d, "The BucketDeployment construct requires that the \"destinationKeyPrefix\" be <=104 characters.")
	}
	awscdk.Tags_Of(d.dest).Add(str(tag), str("true"), nil)
}

func num(f float64) *float64 { return &f }

// renderUniqueID makes the handler (and the custom resource) differ for
// each memory and storage size, as in aws-cdk-lib.
func (d *bucketDeployment) renderUniqueID(memory *float64, storage awscdk.Size, vpc awsec2.IVpc, groups *[]awsec2.ISecurityGroup) string {
	id := ""
	if memory != nil {
		if isUnresolved(memory) {
			throwScoped(d, "Can't use tokens when specifying 'memoryLimit' since we use it to identify the singleton custom resource handler.")
		}
		id += "-" + formatNumber(*memory) + "MiB"
	}
	if storage != nil && !isNil(storage) {
		if *storage.IsUnresolved() {
			throwScoped(d, "Can't use tokens when specifying 'ephemeralStorageSize' since we use it to identify the singleton custom resource handler.")
		}
		id += "-" + formatNumber(*storage.ToMebibytes(nil)) + "MiB"
	}
	if vpc != nil && !isNil(vpc) {
		id += "-" + *vpc.Node().Addr()
	}
	if groups != nil && len(*groups) > 0 {
		addrs := make([]string, len(*groups))
		for i, g := range *groups {
			addrs[i] = *g.Node().Addr()
		}
		sort.Strings(addrs)
		id += "-" + strings.Join(addrs, "-")
	}
	return id
}

// efsFor returns the stack's file system for deployments in vpc, making it
// on first use.
func efsFor(scope constructs.Construct, vpc awsec2.IVpc) awsefs.FileSystem {
	id := "BucketDeploymentEFS-VPC-" + *vpc.Node().Addr()
	if fs, ok := awscdk.Stack_Of(scope).Node().TryFindChild(str(id)).(awsefs.FileSystem); ok {
		return fs
	}
	return awsefs.NewFileSystem(scope, str(id), &awsefs.FileSystemProps{Vpc: vpc, RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
}

// deploymentProps are the properties of Custom::CDKBucketDeployment, in
// aws-cdk-lib's order.
type deploymentProps struct {
	ServiceToken                    interface{} `cfn:"ServiceToken"`
	SourceBucketNames               interface{} `cfn:"SourceBucketNames"`
	SourceObjectKeys                interface{} `cfn:"SourceObjectKeys"`
	SourceMarkers                   interface{} `cfn:"SourceMarkers"`
	SourceMarkersConfig             interface{} `cfn:"SourceMarkersConfig"`
	DestinationBucketName           interface{} `cfn:"DestinationBucketName"`
	DestinationBucketKeyPrefix      interface{} `cfn:"DestinationBucketKeyPrefix"`
	WaitForDistributionInvalidation interface{} `cfn:"WaitForDistributionInvalidation"`
	RetainOnDelete                  interface{} `cfn:"RetainOnDelete"`
	Extract                         interface{} `cfn:"Extract"`
	Prune                           interface{} `cfn:"Prune"`
	Exclude                         interface{} `cfn:"Exclude"`
	Include                         interface{} `cfn:"Include"`
	UserMetadata                    interface{} `cfn:"UserMetadata"`
	SystemMetadata                  interface{} `cfn:"SystemMetadata"`
	DistributionId                  interface{} `cfn:"DistributionId"`
	DistributionPaths               interface{} `cfn:"DistributionPaths"`
	SignContent                     interface{} `cfn:"SignContent"`
	OutputObjectKeys                interface{} `cfn:"OutputObjectKeys"`
	DestinationBucketArn            interface{} `cfn:"DestinationBucketArn"`
	OutputObjectVersionIds          interface{} `cfn:"OutputObjectVersionIds"`
}

func lazy(f func() interface{}) awscdk.IResolvable { return awscdk.Lazy_Any(anyProducer(f), nil) }

func optional(b *bool) interface{} {
	if b == nil {
		return nil
	}
	return *b
}

func (d *bucketDeployment) renderProperties(serviceToken *string) *deploymentProps {
	p := d.props
	out := &deploymentProps{
		ServiceToken: serviceToken,
		SourceBucketNames: lazy(func() interface{} {
			l := make([]interface{}, len(d.sources))
			for i, s := range d.sources {
				l[i] = s.Bucket.BucketName()
			}
			return l
		}),
		SourceObjectKeys: lazy(func() interface{} {
			l := make([]interface{}, len(d.sources))
			for i, s := range d.sources {
				l[i] = s.ZipObjectKey
			}
			return l
		}),
		SourceMarkers:         lazy(d.renderMarkers),
		SourceMarkersConfig:   lazy(d.renderMarkersConfig),
		DestinationBucketName: d.dest.BucketName(),
		WaitForDistributionInvalidation: func() interface{} {
			return boolOr(p.WaitForDistributionInvalidation, true)
		}(),
		RetainOnDelete:   optional(p.RetainOnDelete),
		Extract:          optional(p.Extract),
		Prune:            boolOr(p.Prune, true),
		SignContent:      optional(p.SignContent),
		OutputObjectKeys: d.outputObjectKeys,
		DestinationBucketArn: lazy(func() interface{} {
			if d.requestArn {
				return d.dest.BucketArn()
			}
			return nil
		}),
		OutputObjectVersionIds: lazy(func() interface{} {
			if d.requestVersions {
				return true
			}
			return nil
		}),
	}
	if p.DestinationKeyPrefix != nil {
		out.DestinationBucketKeyPrefix = p.DestinationKeyPrefix
	}
	if p.Exclude != nil {
		out.Exclude = p.Exclude
	}
	if p.Include != nil {
		out.Include = p.Include
	}
	// Ordered objects go through as tokens, which the L1 renderer leaves as
	// they are.
	if p.Metadata != nil {
		m := userMetadata(*p.Metadata)
		out.UserMetadata = lazy(func() interface{} { return m })
	}
	if m := systemMetadata(p); m != nil {
		out.SystemMetadata = lazy(func() interface{} { return m })
	}
	if p.Distribution != nil && !isNil(p.Distribution) {
		out.DistributionId = p.Distribution.DistributionRef().DistributionId
	}
	if p.DistributionPaths != nil {
		out.DistributionPaths = p.DistributionPaths
	}
	return out
}

// markerKeys lists a source's markers in the order they were found (the
// order of its map's keys for a source made outside this package).
func markerKeys(s *SourceConfig) []string {
	if s.markerOrder != nil {
		return s.markerOrder
	}
	var keys []string
	if s.Markers != nil {
		for k := range *s.Markers {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// trimEmpty drops the empty objects at the end of a list, and the list
// when nothing is left.
func trimEmpty(l []*ojson.Object) interface{} {
	for len(l) > 0 && l[len(l)-1].Len() == 0 {
		l = l[:len(l)-1]
	}
	if len(l) == 0 {
		return nil
	}
	out := make([]interface{}, len(l))
	for i := range l {
		out[i] = l[i]
	}
	return out
}

func (d *bucketDeployment) renderMarkers() interface{} {
	l := make([]*ojson.Object, len(d.sources))
	for i, s := range d.sources {
		o := ojson.New()
		for _, k := range markerKeys(s) {
			o.Set(k, (*s.Markers)[k])
		}
		l[i] = o
	}
	return trimEmpty(l)
}

func (d *bucketDeployment) renderMarkersConfig() interface{} {
	l := make([]*ojson.Object, len(d.sources))
	for i, s := range d.sources {
		o := ojson.New()
		if c := s.MarkersConfig; c != nil {
			if c.JsonEscape != nil && *c.JsonEscape {
				o.Set("jsonEscape", true)
			}
			if c.MarkerEncodings != nil && len(*c.MarkerEncodings) > 0 {
				enc := ojson.New()
				for _, k := range markerKeys(s) {
					if e, ok := (*c.MarkerEncodings)[k]; ok {
						enc.Set(k, string(e))
					}
				}
				var rest []string
				for k := range *c.MarkerEncodings {
					if _, done := enc.Get(k); !done {
						rest = append(rest, k)
					}
				}
				sort.Strings(rest)
				for _, k := range rest {
					enc.Set(k, string((*c.MarkerEncodings)[k]))
				}
				o.Set("markerEncodings", enc)
			}
		}
		l[i] = o
	}
	return trimEmpty(l)
}

// userMetadata lower-cases the keys, in the (sorted) order jsii hands a Go
// map to aws-cdk-lib.
func userMetadata(m map[string]*string) *ojson.Object {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := ojson.New()
	for _, k := range keys {
		o.Set(strings.ToLower(k), deref(m[k]))
	}
	return o
}

func systemMetadata(p *BucketDeploymentProps) *ojson.Object {
	o := ojson.New()
	if p.CacheControl != nil && len(*p.CacheControl) > 0 {
		var vs []string
		for _, c := range *p.CacheControl {
			vs = append(vs, *awscdk.Token_AsString(c.Value(), nil))
		}
		o.Set("cache-control", strings.Join(vs, ", "))
	}
	if p.Expires != nil && !isNil(p.Expires) {
		o.Set("expires", time.Unix(int64(*p.Expires.ToEpoch()), 0).UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT"))
	}
	set := func(key string, v *string) {
		if v != nil && *v != "" {
			o.Set(key, *v)
		}
	}
	set("content-disposition", p.ContentDisposition)
	set("content-encoding", p.ContentEncoding)
	set("content-language", p.ContentLanguage)
	set("content-type", p.ContentType)
	if p.ServerSideEncryption != "" {
		o.Set("sse", serverSideEncryptionValues[p.ServerSideEncryption])
	}
	if p.StorageClass != "" {
		o.Set("storage-class", string(p.StorageClass))
	}
	set("website-redirect", p.WebsiteRedirectLocation)
	set("sse-kms-key-id", p.ServerSideEncryptionAwsKmsKeyId)
	set("sse-c-copy-source", p.ServerSideEncryptionCustomerAlgorithm)
	if p.AccessControl != "" {
		o.Set("acl", kebab(accessControlValue(p.AccessControl)))
	}
	if o.Len() == 0 {
		return nil
	}
	return o
}

// accessControlValue is the canned ACL's CloudFormation name ("PublicRead").
func accessControlValue(a awss3.BucketAccessControl) string {
	parts := strings.Split(strings.ToLower(string(a)), "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

// HandlerRole is the role of the function that does the deployment.
func (d *bucketDeployment) HandlerRole() awsiam.IRole { return d.handlerRole }

// DeployedBucket is the destination bucket, known to have been deployed
// to: using it makes a resource wait for the deployment.
func (d *bucketDeployment) DeployedBucket() awss3.IBucket {
	d.requestArn = true
	if d.deployedBucket == nil {
		env := d.dest.Env()
		d.deployedBucket = awss3.Bucket_FromBucketAttributes(d, str("DestinationBucket"), &awss3.BucketAttributes{
			BucketArn: awscdk.Token_AsString(d.cfn.GetAtt(str("DestinationBucketArn"), awscdk.ResolutionTypeHint_STRING), nil),
			Region:    env.Region,
			Account:   env.Account,
			IsWebsite: d.dest.IsWebsite(),
		})
	}
	return d.deployedBucket
}

// ObjectKeys are the keys of the source archives, for Fn_Select.
func (d *bucketDeployment) ObjectKeys() *[]*string {
	return awscdk.Token_AsList(d.cfn.GetAtt(str("SourceObjectKeys"), awscdk.ResolutionTypeHint_STRING_LIST), nil)
}

// ObjectVersionIds are the S3 version ids of the deployed archives, when
// Extract is false.
func (d *bucketDeployment) ObjectVersionIds() *[]*string {
	if d.extract {
		throwScoped(d, "'objectVersionIds' is only supported when 'extract' is set to false")
	}
	if !d.outputObjectKeys {
		throwScoped(d, "'objectVersionIds' requires 'outputObjectKeys' to be enabled (the default), so it stays positionally aligned with 'objectKeys'")
	}
	d.requestVersions = true
	return awscdk.Token_AsList(d.cfn.GetAtt(str("SourceObjectVersionIds"), awscdk.ResolutionTypeHint_STRING_LIST), nil)
}

// AddSource deploys one more source (a source already deployed from the
// same bucket and key is not added twice).
func (d *bucketDeployment) AddSource(source ISource) {
	cfg := source.Bind(d, &DeploymentSourceContext{HandlerRole: d.handlerRole})
	stack := awscdk.Stack_Of(d)
	for _, c := range d.sources {
		if sameSource(stack, c, cfg) {
			return
		}
	}
	d.sources = append(d.sources, cfg)
}

func sameSource(stack awscdk.Stack, a, b *SourceConfig) bool {
	name := func(c *SourceConfig) string {
		b, _ := ojson.Marshal(stack.Resolve(c.Bucket.BucketName()), "")
		return string(b)
	}
	return name(a) == name(b) && deref(a.ZipObjectKey) == deref(b.ZipObjectKey) && a.Markers == nil && b.Markers == nil
}
