package awscodebuild

import "github.com/strata-cdk/strata/internal/l2"

// NewCache_Override initialises outer, a type embedding Cache. aws-cdk-lib
// renders a cache through internal methods a subclass cannot provide, so
// a project given such a cache reports that it must come from Cache_None,
// Cache_Local or Cache_Bucket.
func NewCache_Override(outer Cache) { l2.Override(outer, Cache(foreignCache{})) }

type foreignCache struct{}

func (foreignCache) toCloudFormation() *CfnProject_ProjectCacheProperty { return nil }

func (foreignCache) bindCache(project IProject) {
	l2.Throw(project, "Cache must come from Cache_None, Cache_Local or Cache_Bucket")
}
