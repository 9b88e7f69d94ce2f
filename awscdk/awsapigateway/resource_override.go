package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
)

// NewResourceBase_Override initialises r, a program's own resource type
// that embeds ResourceBase (aws-cdk-lib's `class X extends ResourceBase`).
// The type defines the abstract members itself: Api, Path, ResourceId,
// ParentResource, DefaultIntegration, DefaultMethodOptions and
// DefaultCorsPreflightOptions. ResourceBase's methods (AddResource,
// AddMethod, AddProxy, AddCorsPreflight, ResourceForPath, Url,
// ResourceRef) read them from r, and the resources added under r are r's
// children for GetResource.
func NewResourceBase_Override(r ResourceBase, scope constructs.Construct, id *string) {
	b := &abstractResource{}
	b.Resource = awscdk.NewResource(scope, id, nil)
	l2.OverrideAbstract(r, ResourceBase(b))
	b.self = r
}

// abstractResource is the base a program's ResourceBase type embeds. Its
// own answers to the abstract members are aws-cdk-lib's undefined.
type abstractResource struct{ resourceBase }

func (r *abstractResource) Path() *string { return nil }

// resourceBaseOf is the resourceBase behind a parent resource: one of this
// package's, or the base a program's ResourceBase type embeds (whose
// method set cannot carry the unexported hooks).
func resourceBaseOf(parent IResource) interface {
	trackChild(string, IResource)
	restApiOrNil() RestApi
} {
	if pb, ok := parent.(interface {
		trackChild(string, IResource)
		restApiOrNil() RestApi
	}); ok {
		return pb
	}
	if b, ok := l2.Embedded[ResourceBase](parent); ok {
		if ab, ok := b.(*abstractResource); ok {
			return ab
		}
	}
	return nil
}
