package awsecr

import "github.com/strata-cdk/strata/awscdk"

// TagStatus selects the images a lifecycle rule applies to by their tags.
type TagStatus string

const (
	// TagStatus_ANY: every image; there can be only one such rule, and it runs last.
	TagStatus_ANY TagStatus = "ANY"
	// TagStatus_TAGGED: images with a tag matching TagPrefixList or TagPatternList.
	TagStatus_TAGGED TagStatus = "TAGGED"
	// TagStatus_UNTAGGED: images without tags.
	TagStatus_UNTAGGED TagStatus = "UNTAGGED"
)

var tagStatusValues = map[TagStatus]string{TagStatus_ANY: "any", TagStatus_TAGGED: "tagged", TagStatus_UNTAGGED: "untagged"}

// LifecycleRule expires images of a repository, by count or by age.
type LifecycleRule struct {
	// Describes the rule.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// Expire images older than this (exactly one of MaxImageAge and MaxImageCount).
	MaxImageAge awscdk.Duration `field:"optional" json:"maxImageAge" yaml:"maxImageAge"`
	// Keep only this many images.
	MaxImageCount *float64 `field:"optional" json:"maxImageCount" yaml:"maxImageCount"`
	// Rules run in priority order. Default: after the prioritized rules, in
	// the order they were added (an ANY rule last).
	RulePriority *float64 `field:"optional" json:"rulePriority" yaml:"rulePriority"`
	// Tag patterns (with up to four '*') of TAGGED images.
	TagPatternList *[]*string `field:"optional" json:"tagPatternList" yaml:"tagPatternList"`
	// Tag prefixes of TAGGED images.
	TagPrefixList *[]*string `field:"optional" json:"tagPrefixList" yaml:"tagPrefixList"`
	// Default: TAGGED when a tag list is given, else ANY.
	TagStatus TagStatus `field:"optional" json:"tagStatus" yaml:"tagStatus"`
}
