package awsecr

import (
	"embed"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/handlers"
	"github.com/strata-cdk/strata/internal/ojson"
)

const (
	autoDeleteImagesResourceType = "Custom::ECRAutoDeleteImages"
	autoDeleteImagesTag          = "aws-cdk:auto-delete-images"
)

// autoDeleteCode is Strata's own handler of Custom::ECRAutoDeleteImages
// (read-only; staged to a directory when a repository needs it).
//
//go:embed autodelete/index.js
var autoDeleteCode embed.FS

// enableAutoDeleteImages deletes the repository's images before
// CloudFormation deletes it: a Custom::ECRAutoDeleteImages resource, served
// by a stack-wide provider, empties a repository tagged
// aws-cdk:auto-delete-images when the resource is deleted.
func (r *repository) enableAutoDeleteImages() {
	stack := r.Stack()
	firstTime := stack.Node().TryFindChild(strp(autoDeleteImagesResourceType+"CustomResourceProvider")) == nil
	dir, err := handlers.Stage(autoDeleteCode, "autodelete")
	if err != nil {
		diag.Panic(*r.Node().Path(), "writing the code of the built-in auto-delete-images handler: %v", err)
	}
	provider := awscdk.CustomResourceProvider_GetOrCreateProvider(r, strp(autoDeleteImagesResourceType), &awscdk.CustomResourceProviderProps{
		CodeDirectory:         &dir,
		Runtime:               awscdk.CustomResourceProviderRuntime_NODEJS_24_X,
		UseCfnResponseWrapper: boolp(false),
		Description:           strp("Lambda function for auto-deleting images in " + *r.RepositoryName() + " repository."),
	})
	if firstTime {
		cond := ojson.New()
		cond.Set("StringEquals", map[string]interface{}{"ecr:ResourceTag/" + autoDeleteImagesTag: "true"})
		st := ojson.New()
		st.Set("Effect", "Allow")
		st.Set("Action", []interface{}{"ecr:BatchDeleteImage", "ecr:DescribeRepositories", "ecr:ListImages", "ecr:ListTagsForResource"})
		st.Set("Resource", []interface{}{"arn:" + *awscdk.Aws_PARTITION() + ":ecr:" + *stack.Region() + ":" + *stack.Account() + ":repository/*"})
		st.Set("Condition", cond)
		provider.AddToRolePolicy(st)
	}
	cr := awscdk.NewCustomResource(r, strp("AutoDeleteImagesCustomResource"), &awscdk.CustomResourceProps{
		ResourceType: strp(autoDeleteImagesResourceType),
		ServiceToken: provider.ServiceToken(),
		Properties:   &map[string]interface{}{"RepositoryName": r.RepositoryName()},
	})
	// aws-cdk-lib makes it depend on the repository construct, which holds
	// the custom resource itself: the only other resource there is the
	// repository's.
	cr.Node().AddDependency(r.res)
	awscdk.Tags_Of(r.res).Add(strp(autoDeleteImagesTag), strp("true"), nil)
}
