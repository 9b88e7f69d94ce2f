package awsrds

import (
	"fmt"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// aws-cdk-lib 2.276.0 checks every template against CloudFormation's rules
// at synthesis (@aws/cloudformation-validate). A finding fails `go run .`
// and is a warning under the CDK CLI's context
// (@aws-cdk/core:failSynthOnValidationErrors false). Strata applies the
// rules this package's constructs can break, with the same messages:
// E9006, an engine version RDS does not offer for the engine (the lists are
// in validation_versions_gen.go); F3020, StorageEncrypted on a read replica.

//go:generate sh -c "cd gen && node validation_versions.js"

// A ruleFinding is one broken rule: its id and message.
type ruleFinding struct{ rule, message string }

// reportRules adds a validation to c that reports the findings of check.
func reportRules(c constructs.IConstruct, check func() []ruleFinding) {
	c.Node().AddValidation(l2.Validation(func() []string {
		findings := check()
		if len(findings) == 0 {
			return nil
		}
		if v, ok := c.Node().TryGetContext(jsii.String("@aws-cdk/core:failSynthOnValidationErrors")).(bool); ok && !v {
			for _, f := range findings {
				awscdk.Annotations_Of(c).AddWarningV2(jsii.String("CloudFormation-Validate::"+f.rule), jsii.String(f.message))
			}
			return nil
		}
		msgs := make([]string, len(findings))
		for i, f := range findings {
			msgs[i] = f.message
		}
		return msgs
	}))
}

// engineVersionFinding checks a concrete engine version against the versions
// CloudFormation accepts for the engine (versions: a table of
// validation_versions_gen.go); engines without a list, tokens and an absent
// version pass.
func engineVersionFinding(versions map[string][]string, engine, version *string) []ruleFinding {
	if engine == nil || version == nil || *awscdk.Token_IsUnresolved(*engine) || *awscdk.Token_IsUnresolved(*version) {
		return nil
	}
	accepted, ok := versions[*engine]
	if !ok {
		return nil
	}
	for _, v := range accepted {
		if v == *version {
			return nil
		}
	}
	quoted := make([]string, len(accepted))
	for i, v := range accepted {
		quoted[i] = "'" + v + "'"
	}
	return []ruleFinding{{"E9006", fmt.Sprintf("EngineVersion: '%s' is not one of [%s]", *version, strings.Join(quoted, ", "))}}
}

// checkInstanceRules reports the rules an AWS::RDS::DBInstance breaks.
func checkInstanceRules(res CfnDBInstance) {
	reportRules(res, func() []ruleFinding {
		findings := engineVersionFinding(instanceEngineVersions, res.Engine(), res.EngineVersion())
		if res.SourceDbInstanceIdentifier() != nil && res.StorageEncrypted() != nil {
			findings = append(findings, ruleFinding{"F3020", "StorageEncrypted: 'StorageEncrypted' should not be included with 'SourceDBInstanceIdentifier'"})
		}
		return findings
	})
}

// checkClusterRules reports the rules an AWS::RDS::DBCluster breaks.
func checkClusterRules(res CfnDBCluster) {
	reportRules(res, func() []ruleFinding {
		return engineVersionFinding(clusterEngineVersions, res.Engine(), res.EngineVersion())
	})
}
