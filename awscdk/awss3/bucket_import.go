package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
)

// BucketAttributes describe a bucket defined outside the app.
type BucketAttributes struct {
	Account                   *string      `field:"optional" json:"account" yaml:"account"`
	BucketArn                 *string      `field:"optional" json:"bucketArn" yaml:"bucketArn"`
	BucketDomainName          *string      `field:"optional" json:"bucketDomainName" yaml:"bucketDomainName"`
	BucketDualStackDomainName *string      `field:"optional" json:"bucketDualStackDomainName" yaml:"bucketDualStackDomainName"`
	BucketName                *string      `field:"optional" json:"bucketName" yaml:"bucketName"`
	BucketRegionalDomainName  *string      `field:"optional" json:"bucketRegionalDomainName" yaml:"bucketRegionalDomainName"`
	BucketWebsiteNewUrlFormat *bool        `field:"optional" json:"bucketWebsiteNewUrlFormat" yaml:"bucketWebsiteNewUrlFormat"`
	BucketWebsiteUrl          *string      `field:"optional" json:"bucketWebsiteUrl" yaml:"bucketWebsiteUrl"`
	EncryptionKey             awskms.IKey  `field:"optional" json:"encryptionKey" yaml:"encryptionKey"`
	IsWebsite                 *bool        `field:"optional" json:"isWebsite" yaml:"isWebsite"`
	NotificationsHandlerRole  awsiam.IRole `field:"optional" json:"notificationsHandlerRole" yaml:"notificationsHandlerRole"`
	Region                    *string      `field:"optional" json:"region" yaml:"region"`
}

// importedBucket is a bucket defined outside the app. It has no policy of
// its own (statements added to it are reported as not added), and its
// notifications leave the bucket's other notifications alone.
type importedBucket struct {
	*bucketBase
}

// Bucket_FromBucketArn imports a bucket by ARN.
func Bucket_FromBucketArn(scope constructs.Construct, id *string, bucketArn *string) IBucket {
	return Bucket_FromBucketAttributes(scope, id, &BucketAttributes{BucketArn: bucketArn})
}

// Bucket_FromBucketName imports a bucket by name.
func Bucket_FromBucketName(scope constructs.Construct, id *string, bucketName *string) IBucket {
	return Bucket_FromBucketAttributes(scope, id, &BucketAttributes{BucketName: bucketName})
}

// Bucket_FromBucketAttributes imports a bucket from what is known of it;
// the name or the ARN is required, the rest is derived.
func Bucket_FromBucketAttributes(scope constructs.Construct, id *string, attrs *BucketAttributes) IBucket {
	if attrs == nil {
		attrs = &BucketAttributes{}
	}
	stack := awscdk.Stack_Of(scope)
	region := attrs.Region
	if region == nil {
		region = stack.Region()
	}
	urlSuffix := domainSuffixOf(scope, region)
	name := attrs.BucketName
	if name == nil && attrs.BucketArn != nil {
		name = stack.SplitArn(attrs.BucketArn, awscdk.ArnFormat_SLASH_RESOURCE_NAME).Resource
	}

	b := &importedBucket{bucketBase: &bucketBase{}}
	b.Resource = awscdk.NewResource(scope, id, &awscdk.ResourceProps{Account: attrs.Account, Region: attrs.Region})
	host.Set(b.Resource, b)
	b.self = b
	b.init()
	if name == nil || *name == "" {
		addError(scope, "Bucket name is required")
		name = str("")
	}
	arn := attrs.BucketArn
	if arn == nil && deref(name) != "" {
		arn = stack.FormatArn(&awscdk.ArnComponents{Region: str(""), Account: str(""), Service: str("s3"), Resource: name})
	}
	n, r, s := deref(name), deref(region), deref(urlSuffix)
	b.name = name
	b.arn = arn
	b.domainName = orDefault(attrs.BucketDomainName, n+".s3."+s)
	b.regionalDomainName = orDefault(attrs.BucketRegionalDomainName, n+".s3."+r+"."+s)
	b.dualStackDomainName = orDefault(attrs.BucketDualStackDomainName, n+".s3.dualstack."+r+"."+s)
	b.encryptionKey = attrs.EncryptionKey
	website := isTrue(attrs.IsWebsite)
	b.isWebsite = func() bool { return website }
	b.autoCreatePolicy = false
	b.disallowPublicAccess = func() *bool { return boolp(false) }
	b.notificationsHandlerRole = attrs.NotificationsHandlerRole
	newEndpoint := "s3-website." + r + "." + s
	var endpoint *string
	switch {
	case attrs.BucketWebsiteNewUrlFormat != nil && *attrs.BucketWebsiteNewUrlFormat:
		endpoint = str(newEndpoint)
	case attrs.BucketWebsiteNewUrlFormat != nil:
		endpoint = str("s3-website-" + r + "." + s)
	case !isUnresolved(region) && factOf(r) != nil:
		endpoint = str(factOf(r).websiteEndpoint)
	default:
		endpoint = websiteEndpointFact(stack, newEndpoint)
	}
	domain := n + "." + *endpoint
	if u := attrs.BucketWebsiteUrl; u != nil && *u != "" {
		b.websiteURL = u
		b.websiteDomainName = awscdk.Fn_Select(num(2), awscdk.Fn_Split(str("/"), u, nil))
	} else {
		b.websiteURL = str("http://" + domain)
		b.websiteDomainName = str(domain)
	}
	validateBucketNameScoped(b, name, true)
	return b
}

func orDefault(v *string, def string) *string {
	if v != nil && *v != "" {
		return v
	}
	return str(def)
}

// Bucket_FromCfnBucket wraps an L1 bucket of this app as an IBucket: its
// attributes, grants and URL helpers, and a BucketPolicy created under it
// when statements are added. Asking twice returns the same wrapper.
func Bucket_FromCfnBucket(cfnBucket CfnBucket) IBucket {
	const id = "@FromCfnBucket"
	if existing, ok := cfnBucket.Node().TryFindChild(str(id)).(IBucket); ok {
		return existing
	}
	b := &importedBucket{bucketBase: &bucketBase{autoCreatePolicy: true}}
	b.Resource = awscdk.NewResource(cfnBucket, str(id), nil)
	host.Set(b.Resource, b)
	b.self = b
	b.init()
	b.Node().SetDefaultChild(cfnBucket)
	b.arn = cfnBucket.AttrArn()
	b.name = cfnBucket.Ref()
	b.domainName = cfnBucket.AttrDomainName()
	b.dualStackDomainName = cfnBucket.AttrDualStackDomainName()
	b.regionalDomainName = cfnBucket.AttrRegionalDomainName()
	b.websiteURL = cfnBucket.AttrWebsiteUrl()
	b.websiteDomainName = awscdk.Fn_Select(num(2), awscdk.Fn_Split(str("/"), cfnBucket.AttrWebsiteUrl(), nil))
	b.isWebsite = func() bool { return !isNil(cfnBucket.WebsiteConfiguration()) }
	b.disallowPublicAccess = func() *bool {
		if cfg, ok := cfnBucket.PublicAccessBlockConfiguration().(*CfnBucket_PublicAccessBlockConfigurationProperty); ok {
			if v, ok := cfg.BlockPublicPolicy.(*bool); ok && isTrue(v) {
				return v
			}
		}
		return nil
	}
	return b
}
