package bootstrap

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/internal/deploy"
)

// DefaultStackName is the bootstrap stack's name unless told otherwise.
const DefaultStackName = "CDKToolkit"

// Options are the bootstrap command's choices; empty fields keep the
// deployed stack's previous values (or the template defaults on creation).
type Options struct {
	StackName   string
	Qualifier   string
	Trust       []string
	TrustLookup []string
	// ExecutionPolicies for the CloudFormation execution role (default
	// AdministratorAccess when no accounts are trusted).
	ExecutionPolicies []string
	BucketName        string
	// KMSKeyID: "" keeps the previous choice (AWS managed key for a new
	// stack); CustomerKey creates a new key.
	KMSKeyID    string
	CustomerKey bool
	// PublicAccessBlock: "" keeps the previous value (true for new stacks).
	PublicAccessBlock     string
	TerminationProtection bool
	Tags                  map[string]string
	Method                deploy.Method
	Force                 bool
}

// Result is one environment's bootstrap.
type Result struct {
	Environment string               `json:"environment"`
	StackName   string               `json:"stackName"`
	Version     int                  `json:"version"`
	Deploy      *deploy.DeployResult `json:"result,omitempty"`
	NoOp        bool                 `json:"noChanges"`
}

// Deploy bootstraps one environment.
func Deploy(ctx context.Context, s *deploy.Session, target deploy.Target, o Options, progress deploy.Progress) (*Result, error) {
	name := o.StackName
	if name == "" {
		name = DefaultStackName
	}
	env := "aws://" + target.Account + "/" + target.Region
	res := &Result{Environment: env, StackName: name, Version: Version}
	current, err := s.DescribeStack(ctx, target.Region, "", "", name)
	if err != nil {
		return nil, err
	}
	if current != nil {
		if v, err := strconv.Atoi(current.Outputs["BootstrapVersion"]); err == nil && v > Version && !o.Force {
			return nil, fmt.Errorf("%s in %s is at bootstrap version %d, newer than strata's %d; not downgrading it (pass --force to overwrite)", name, env, v, Version)
		}
	}
	params := map[string]string{}
	if o.Qualifier != "" {
		params["Qualifier"] = o.Qualifier
	} else if current == nil {
		params["Qualifier"] = DefaultQualifier
	}
	if len(o.Trust) > 0 {
		params["TrustedAccounts"] = strings.Join(o.Trust, ",")
	}
	if len(o.TrustLookup) > 0 {
		params["TrustedAccountsForLookup"] = strings.Join(o.TrustLookup, ",")
	}
	if len(o.ExecutionPolicies) > 0 {
		params["CloudFormationExecutionPolicies"] = strings.Join(o.ExecutionPolicies, ",")
	} else if len(o.Trust) > 0 && current == nil {
		return nil, fmt.Errorf("--trust needs --cloudformation-execution-policies: say which policies deployments from the trusted accounts may use")
	}
	if o.BucketName != "" {
		params["FileAssetsBucketName"] = o.BucketName
	}
	switch {
	case o.CustomerKey:
		params["FileAssetsBucketKmsKeyId"] = ""
	case o.KMSKeyID != "":
		params["FileAssetsBucketKmsKeyId"] = o.KMSKeyID
	case current == nil:
		params["FileAssetsBucketKmsKeyId"] = "AWS_MANAGED_KEY"
	}
	if o.PublicAccessBlock != "" {
		params["PublicAccessBlockConfiguration"] = o.PublicAccessBlock
	}
	tmpl := TemplateJSON()
	var decoded map[string]interface{}
	if err := json.Unmarshal(tmpl, &decoded); err != nil {
		return nil, err
	}
	r, err := s.DeployStack(ctx, deploy.StackDeployment{
		Name: name, DisplayName: name, Target: target, TemplateBody: tmpl, Template: decoded,
		Parameters: params, Tags: o.Tags, TerminationProtection: o.TerminationProtection,
		Method: o.Method, Force: o.Force,
	}, progress)
	if err != nil {
		return nil, err
	}
	res.Deploy = r
	res.NoOp = r.NoOp
	return res, nil
}
