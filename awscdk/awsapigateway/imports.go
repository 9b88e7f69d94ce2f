package awsapigateway

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
)

// StageAttributes identify an existing stage.
type StageAttributes struct {
	RestApi   IRestApi `field:"required" json:"restApi" yaml:"restApi"`
	StageName *string  `field:"required" json:"stageName" yaml:"stageName"`
}

// Stage_FromStageAttributes imports a stage of an API.
func Stage_FromStageAttributes(scope constructs.Construct, id *string, attrs *StageAttributes) IStage {
	s := &stage{}
	s.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(s.Resource, s)
	if attrs == nil || isNil(attrs.RestApi) || attrs.StageName == nil {
		l2.Throw(s, "Stage_FromStageAttributes needs RestApi and StageName")
	}
	s.api, s.stageName = attrs.RestApi, attrs.StageName
	return s
}

// ResourceAttributes identify an existing resource of an API.
type ResourceAttributes struct {
	Path       *string  `field:"required" json:"path" yaml:"path"`
	ResourceId *string  `field:"required" json:"resourceId" yaml:"resourceId"`
	RestApi    IRestApi `field:"required" json:"restApi" yaml:"restApi"`
}

type importedResource struct{ resourceBase }

// ParentResource is not known for an imported resource.
func (r *importedResource) ParentResource() IResource {
	l2.Throw(r, "parentResource is not configured for imported resource.")
	return nil
}

// RestApi is not known for an imported resource (use Api).
func (r *importedResource) RestApi() RestApi {
	l2.Throw(r, "restApi is not configured for imported resource.")
	return nil
}

// Resource_FromResourceAttributes imports a resource, to add resources and
// methods under it.
func Resource_FromResourceAttributes(scope constructs.Construct, id *string, attrs *ResourceAttributes) IResource {
	r := &importedResource{}
	r.Resource = awscdk.NewResource(scope, id, nil)
	host.Set(r.Resource, r)
	r.self = r
	if attrs == nil || isNil(attrs.RestApi) || attrs.ResourceId == nil || attrs.Path == nil {
		l2.Throw(r, "Resource_FromResourceAttributes needs RestApi, ResourceId and Path")
	}
	r.api, r.resourceID, r.path = attrs.RestApi, attrs.ResourceId, *attrs.Path
	return r
}
