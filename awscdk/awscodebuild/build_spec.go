package awscodebuild

import (
	"encoding/json"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// BuildSpec is a project's build specification: inline (rendered into the
// template) or the name of a file in the source.
type BuildSpec interface {
	// IsImmediate reports whether the spec is part of the template rather
	// than a file in the source.
	IsImmediate() *bool
	// ToBuildSpec renders the spec for the project in scope.
	ToBuildSpec(scope constructs.Construct) *string
}

type objectBuildSpec struct{ spec map[string]interface{} }
type yamlBuildSpec struct{ spec map[string]interface{} }
type filenameBuildSpec struct{ filename *string }
type assetBuildSpec struct {
	path  *string
	asset awss3assets.Asset
}

// BuildSpec_FromObject renders value as indented JSON in the template.
func BuildSpec_FromObject(value *map[string]interface{}) BuildSpec {
	return &objectBuildSpec{spec: derefMap(value)}
}

// BuildSpec_FromObjectToYaml renders value as YAML in the template.
func BuildSpec_FromObjectToYaml(value *map[string]interface{}) BuildSpec {
	return &yamlBuildSpec{spec: derefMap(value)}
}

// BuildSpec_FromSourceFilename uses a build spec file of the source.
func BuildSpec_FromSourceFilename(filename *string) BuildSpec {
	return &filenameBuildSpec{filename: filename}
}

// BuildSpec_FromAsset uploads a local build spec file as an S3 asset.
func BuildSpec_FromAsset(path *string) BuildSpec {
	return &assetBuildSpec{path: path}
}

func derefMap(m *map[string]interface{}) map[string]interface{} {
	if m == nil {
		return map[string]interface{}{}
	}
	return *m
}

func (b *objectBuildSpec) IsImmediate() *bool { return jsii.Bool(true) }

// ToBuildSpec renders lazily so that tokens in the spec resolve in the
// stack that uses it.
func (b *objectBuildSpec) ToBuildSpec(scope constructs.Construct) *string {
	return awscdk.Lazy_UncachedString(ctxProducer(func(ctx awscdk.IResolveContext) *string {
		return awscdk.Stack_Of(ctx.Scope()).ToJsonString(b.spec, jsii.Number(2))
	}), nil)
}

func (b *yamlBuildSpec) IsImmediate() *bool { return jsii.Bool(true) }

func (b *yamlBuildSpec) ToBuildSpec(scope constructs.Construct) *string {
	// Through JSON, so that pointers, structs and numbers become the plain
	// values aws-cdk-lib's serializer sees.
	data, err := json.Marshal(b.spec)
	if err != nil {
		diag.Panic(pathOf(scope), "BuildSpec.fromObjectToYaml: %v", err)
	}
	var v interface{}
	if err := json.Unmarshal(data, &v); err != nil {
		diag.Panic(pathOf(scope), "BuildSpec.fromObjectToYaml: %v", err)
	}
	return jsii.String(toYaml(v))
}

func (b *filenameBuildSpec) IsImmediate() *bool { return jsii.Bool(false) }

func (b *filenameBuildSpec) ToBuildSpec(scope constructs.Construct) *string { return b.filename }

func (b *assetBuildSpec) IsImmediate() *bool { return jsii.Bool(true) }

func (b *assetBuildSpec) ToBuildSpec(scope constructs.Construct) *string {
	if scope == nil {
		l2.RequireArg(nil, "AssetBuildSpec.ToBuildSpec", "a scope")
	}
	if b.asset == nil {
		b.asset = awss3assets.NewAsset(scope, jsii.String("Code"), &awss3assets.AssetProps{Path: b.path})
	} else if awscdk.Stack_Of(b.asset) != awscdk.Stack_Of(scope) {
		diag.Panic(pathOf(scope), "Asset is already associated with another stack '%s'. Create a new BuildSpec instance for every stack.",
			*awscdk.Stack_Of(b.asset).StackName())
	}
	if g, ok := scope.(awsiam.IGrantable); ok {
		b.asset.GrantRead(g)
	}
	return b.asset.Bucket().ArnForObjects(b.asset.S3ObjectKey())
}

type ctxProducer func(ctx awscdk.IResolveContext) *string

func (f ctxProducer) Produce(ctx awscdk.IResolveContext) *string { return f(ctx) }

func pathOf(c constructs.IConstruct) string {
	if c == nil {
		return ""
	}
	return *c.Node().Path()
}

// runScriptLinuxBuildSpec downloads the scripts asset and runs entrypoint.
func runScriptLinuxBuildSpec(entrypoint *string) BuildSpec {
	e := deref(entrypoint)
	return BuildSpec_FromObject(&map[string]interface{}{
		"version": "0.2",
		"phases": map[string]interface{}{
			"pre_build": map[string]interface{}{"commands": []interface{}{
				`echo "Downloading scripts from s3://${SCRIPT_S3_BUCKET}/${SCRIPT_S3_KEY}"`,
				`aws s3 cp s3://${SCRIPT_S3_BUCKET}/${SCRIPT_S3_KEY} /tmp`,
				"mkdir -p /tmp/scriptdir",
				"unzip /tmp/$(basename $SCRIPT_S3_KEY) -d /tmp/scriptdir",
			}},
			"build": map[string]interface{}{"commands": []interface{}{
				"export SCRIPT_DIR=/tmp/scriptdir",
				`echo "Running ` + e + `"`,
				"chmod +x /tmp/scriptdir/" + e,
				"/tmp/scriptdir/" + e,
			}},
		},
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
