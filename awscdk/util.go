package awscdk

import (
	"fmt"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/cdkctx"
	"github.com/strata-cdk/strata/internal/l2"
)

// addError records a user mistake on construct c; synthesis reports it.
func addError(c constructs.IConstruct, format string, args ...interface{}) {
	l2.AddError(c, format, args...)
}

// futureFlagDefaults are the flags that behave as true (or a value) in v2
// when nothing configures them, from aws-cdk-lib's flag table.
var futureFlagDefaults = func() map[string]interface{} {
	m := map[string]interface{}{}
	for _, f := range cdkctx.Flags() {
		if f.V2 != nil {
			m[f.Name] = f.V2
		}
	}
	return m
}()

// FeatureFlags reads feature flags from a scope's context.
type FeatureFlags interface {
	IsEnabled(featureFlag *string) *bool
}

type featureFlags struct{ scope constructs.IConstruct }

// FeatureFlags_Of returns the feature flags of scope.
func FeatureFlags_Of(scope constructs.IConstruct) FeatureFlags { return &featureFlags{scope: scope} }

func (f *featureFlags) IsEnabled(flag *string) *bool {
	return boolp(featureEnabled(f.scope, deref(flag)))
}

// expiredFlags are always on in v2; setting one to false is a mistake.
var expiredFlags = map[string]bool{
	"@aws-cdk/aws-ecr-assets:dockerIgnoreSupport": true, "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount": true,
	"@aws-cdk/aws-efs:defaultEncryptionAtRest": true, "@aws-cdk/aws-kms:defaultKeyPolicies": true,
	"@aws-cdk/aws-s3:grantWriteWithoutAcl": true, "@aws-cdk/aws-secretsmanager:parseOwnedSecretName": true,
	"@aws-cdk/core:enableStackNameDuplicates": true, "aws-cdk:enableDiffNoFail": true,
}

func featureEnabled(scope constructs.IConstruct, flag string) bool {
	v := contextValue(scope, flag)
	if expiredFlags[flag] {
		if b, ok := v.(bool); ok && !b {
			panicf(*scope.Node().Path(), "unsupported feature flag '%s': it is always enabled in this version of the CDK; remove it from cdk.json", flag)
		}
		return true
	}
	if v == nil {
		v = futureFlagDefaults[flag]
	}
	switch x := v.(type) {
	case bool:
		return x
	case string:
		return x == "true"
	}
	return false
}

var partitions = map[string]string{
	"cn-north-1": "aws-cn", "cn-northwest-1": "aws-cn", "eu-isoe-west-1": "aws-iso-e",
	"eusc-de-east-1": "aws-eusc", "us-gov-east-1": "aws-us-gov", "us-gov-west-1": "aws-us-gov",
	"us-iso-east-1": "aws-iso", "us-iso-west-1": "aws-iso", "us-isob-east-1": "aws-iso-b",
	"us-isob-west-1": "aws-iso-b", "us-isof-east-1": "aws-iso-f", "us-isof-south-1": "aws-iso-f",
}

var awsRegions = []string{"af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
	"ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
	"ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1",
	"eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3",
	"il-central-1", "me-central-1", "me-south-1", "me-west-1", "mx-central-1", "sa-east-1", "us-east-1",
	"us-east-2", "us-west-1", "us-west-2"}

// partitionOf returns the partition of a known region, or "".
func partitionOf(region string) string {
	if p, ok := partitions[region]; ok {
		return p
	}
	for _, r := range awsRegions {
		if r == region {
			return "aws"
		}
	}
	return ""
}

// addDependencyBetween makes source deploy after target: a DependsOn when
// both resources are in one stack, else a dependency between their stacks.
func addDependencyBetween(source, target constructs.IConstruct, reason string, srcRes, tgtRes *cfnResource) {
	ss, ts := stackOf(source), stackOf(target)
	if ss == nil || ts == nil {
		return
	}
	if stageOf(ss.Construct) != stageOf(ts.Construct) {
		addError(source, "you cannot add a dependency from '%s' (in %s) to '%s' (in %s) because they are in different stages", *source.Node().Path(), stageName(ss), *target.Node().Path(), stageName(ts))
		return
	}
	if ss == ts {
		if srcRes != nil && tgtRes != nil {
			srcRes.addDependsOn(tgtRes)
		}
		return
	}
	ss.addAssemblyDependency(ts, reason)
}

func stageName(s *stack) string {
	if st := stageOf(s.Construct); st != nil && st.stageName != "" {
		return "stage '" + st.stageName + "'"
	}
	return "the App"
}

func sprint(v interface{}) string { return fmt.Sprint(v) }
