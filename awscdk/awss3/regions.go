package awss3

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

// regionFact is what aws-cdk-lib's region-info knows of a region that
// buckets need: its partition, domain suffix and S3 website endpoint.
type regionFact struct {
	name, partition, domainSuffix, websiteEndpoint string
}

// regionFacts are aws-cdk-lib 2.276.0's region-info facts, in its order.
var regionFacts = []regionFact{
	{"af-south-1", "aws", "amazonaws.com", "s3-website.af-south-1.amazonaws.com"},
	{"ap-east-1", "aws", "amazonaws.com", "s3-website.ap-east-1.amazonaws.com"},
	{"ap-east-2", "aws", "amazonaws.com", "s3-website.ap-east-2.amazonaws.com"},
	{"ap-northeast-1", "aws", "amazonaws.com", "s3-website-ap-northeast-1.amazonaws.com"},
	{"ap-northeast-2", "aws", "amazonaws.com", "s3-website.ap-northeast-2.amazonaws.com"},
	{"ap-northeast-3", "aws", "amazonaws.com", "s3-website.ap-northeast-3.amazonaws.com"},
	{"ap-south-1", "aws", "amazonaws.com", "s3-website.ap-south-1.amazonaws.com"},
	{"ap-south-2", "aws", "amazonaws.com", "s3-website.ap-south-2.amazonaws.com"},
	{"ap-southeast-1", "aws", "amazonaws.com", "s3-website-ap-southeast-1.amazonaws.com"},
	{"ap-southeast-2", "aws", "amazonaws.com", "s3-website-ap-southeast-2.amazonaws.com"},
	{"ap-southeast-3", "aws", "amazonaws.com", "s3-website.ap-southeast-3.amazonaws.com"},
	{"ap-southeast-4", "aws", "amazonaws.com", "s3-website.ap-southeast-4.amazonaws.com"},
	{"ap-southeast-5", "aws", "amazonaws.com", "s3-website.ap-southeast-5.amazonaws.com"},
	{"ap-southeast-6", "aws", "amazonaws.com", "s3-website.ap-southeast-6.amazonaws.com"},
	{"ap-southeast-7", "aws", "amazonaws.com", "s3-website.ap-southeast-7.amazonaws.com"},
	{"ca-central-1", "aws", "amazonaws.com", "s3-website.ca-central-1.amazonaws.com"},
	{"ca-west-1", "aws", "amazonaws.com", "s3-website.ca-west-1.amazonaws.com"},
	{"cn-north-1", "aws-cn", "amazonaws.com.cn", "s3-website.cn-north-1.amazonaws.com.cn"},
	{"cn-northwest-1", "aws-cn", "amazonaws.com.cn", "s3-website.cn-northwest-1.amazonaws.com.cn"},
	{"eu-central-1", "aws", "amazonaws.com", "s3-website.eu-central-1.amazonaws.com"},
	{"eu-central-2", "aws", "amazonaws.com", "s3-website.eu-central-2.amazonaws.com"},
	{"eu-isoe-west-1", "aws-iso-e", "cloud.adc-e.uk", "s3-website.eu-isoe-west-1.cloud.adc-e.uk"},
	{"eu-north-1", "aws", "amazonaws.com", "s3-website.eu-north-1.amazonaws.com"},
	{"eu-south-1", "aws", "amazonaws.com", "s3-website.eu-south-1.amazonaws.com"},
	{"eu-south-2", "aws", "amazonaws.com", "s3-website.eu-south-2.amazonaws.com"},
	{"eu-west-1", "aws", "amazonaws.com", "s3-website-eu-west-1.amazonaws.com"},
	{"eu-west-2", "aws", "amazonaws.com", "s3-website.eu-west-2.amazonaws.com"},
	{"eu-west-3", "aws", "amazonaws.com", "s3-website.eu-west-3.amazonaws.com"},
	{"eusc-de-east-1", "aws-eusc", "amazonaws.eu", "s3-website.eusc-de-east-1.amazonaws.eu"},
	{"il-central-1", "aws", "amazonaws.com", "s3-website.il-central-1.amazonaws.com"},
	{"me-central-1", "aws", "amazonaws.com", "s3-website.me-central-1.amazonaws.com"},
	{"me-south-1", "aws", "amazonaws.com", "s3-website.me-south-1.amazonaws.com"},
	{"me-west-1", "aws", "amazonaws.com", "s3-website.me-west-1.amazonaws.com"},
	{"mx-central-1", "aws", "amazonaws.com", "s3-website.mx-central-1.amazonaws.com"},
	{"sa-east-1", "aws", "amazonaws.com", "s3-website-sa-east-1.amazonaws.com"},
	{"us-east-1", "aws", "amazonaws.com", "s3-website-us-east-1.amazonaws.com"},
	{"us-east-2", "aws", "amazonaws.com", "s3-website.us-east-2.amazonaws.com"},
	{"us-gov-east-1", "aws-us-gov", "amazonaws.com", "s3-website.us-gov-east-1.amazonaws.com"},
	{"us-gov-west-1", "aws-us-gov", "amazonaws.com", "s3-website-us-gov-west-1.amazonaws.com"},
	{"us-iso-east-1", "aws-iso", "c2s.ic.gov", "s3-website.us-iso-east-1.c2s.ic.gov"},
	{"us-iso-west-1", "aws-iso", "c2s.ic.gov", "s3-website.us-iso-west-1.c2s.ic.gov"},
	{"us-isob-east-1", "aws-iso-b", "sc2s.sgov.gov", "s3-website.us-isob-east-1.sc2s.sgov.gov"},
	{"us-isob-west-1", "aws-iso-b", "sc2s.sgov.gov", "s3-website.us-isob-west-1.sc2s.sgov.gov"},
	{"us-isof-east-1", "aws-iso-f", "csp.hci.ic.gov", "s3-website.us-isof-east-1.csp.hci.ic.gov"},
	{"us-isof-south-1", "aws-iso-f", "csp.hci.ic.gov", "s3-website.us-isof-south-1.csp.hci.ic.gov"},
	{"us-west-1", "aws", "amazonaws.com", "s3-website-us-west-1.amazonaws.com"},
	{"us-west-2", "aws", "amazonaws.com", "s3-website-us-west-2.amazonaws.com"},
}

func factOf(region string) *regionFact {
	for i := range regionFacts {
		if regionFacts[i].name == region {
			return &regionFacts[i]
		}
	}
	return nil
}

// websiteEndpointFact is the S3 website endpoint of the stack's region.
// For a stack whose region is only known at deployment it is looked up in
// a mapping of every region of the target partitions ("S3staticwebsiteMap"),
// as aws-cdk-lib's Stack.regionalFact does; defaultValue stands in for a
// region the table does not know. The value is worked out when the
// template is prepared, so the mapping exists only if the value is used,
// and comes after the stack's other elements, as in aws-cdk-lib.
func websiteEndpointFact(stack awscdk.Stack, defaultValue string) *string {
	return awscdk.Lazy_String(stringProducer(func() *string { return regionalWebsiteEndpoint(stack, defaultValue) }), nil)
}

func regionalWebsiteEndpoint(stack awscdk.Stack, defaultValue string) *string {
	region := stack.Region()
	if !isUnresolved(region) {
		if f := factOf(*region); f != nil {
			return str(f.websiteEndpoint)
		}
		return str(defaultValue)
	}
	var partitions map[string]bool
	if ps, ok := stack.Node().TryGetContext(str("@aws-cdk/core:target-partitions")).([]interface{}); ok {
		partitions = map[string]bool{}
		for _, p := range ps {
			if s, ok := p.(string); ok {
				partitions[s] = true
			}
		}
	}
	const mapID = "S3staticwebsiteMap"
	mapping, ok := stack.Node().TryFindChild(str(mapID)).(awscdk.CfnMapping)
	if !ok {
		mapping = awscdk.NewCfnMapping(stack, str(mapID), nil)
		for _, f := range regionFacts {
			if partitions == nil || partitions[f.partition] {
				mapping.SetValue(str(f.name), str("endpoint"), f.websiteEndpoint)
			}
		}
	}
	return mapping.FindInMap(awscdk.Aws_REGION(), str("endpoint"), nil)
}

// domainSuffixOf is the domain suffix of region, or the stack's URL suffix
// when the region is unknown.
func domainSuffixOf(scope constructs.IConstruct, region *string) *string {
	if !isUnresolved(region) {
		if f := factOf(deref(region)); f != nil {
			return str(f.domainSuffix)
		}
	}
	return awscdk.Stack_Of(scope).UrlSuffix()
}
