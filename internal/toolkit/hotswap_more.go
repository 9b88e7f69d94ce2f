package toolkit

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/strata-cdk/strata/internal/deploy"
	"github.com/strata-cdk/strata/internal/toolkit/templatediff"
)

// The hotswaps beyond Lambda and ECS, as the CDK CLI 2.1148.1 detects
// them: Step Functions definitions, CodeBuild projects, bucket
// deployments, AppSync resolvers/functions/schemas/API keys, and the
// types it updates through the Cloud Control API.

// cloudControlTypes are the resource types the CDK CLI hotswaps through
// Cloud Control: any property that is not create-only.
var cloudControlTypes = map[string]bool{
	"AWS::ApiGateway::RestApi": true, "AWS::ApiGateway::Deployment": true, "AWS::ApiGateway::Method": true,
	"AWS::ApiGatewayV2::Api": true, "AWS::ApiGatewayV2::Integration": true,
	"AWS::Bedrock::Agent": true, "AWS::Events::Rule": true,
	"AWS::DynamoDB::Table": true, "AWS::DynamoDB::GlobalTable": true, "AWS::SQS::Queue": true,
	"AWS::CloudWatch::Alarm": true, "AWS::CloudWatch::CompositeAlarm": true, "AWS::CloudWatch::Dashboard": true,
	"AWS::StepFunctions::StateMachine": true, "AWS::BedrockAgentCore::Runtime": true,
	"AWS::QuickSight::Dashboard": true, "AWS::QuickSight::Analysis": true, "AWS::QuickSight::Template": true,
	"AWS::QuickSight::DataSet": true, "AWS::QuickSight::DataSource": true,
}

// cloudControlIdentifiers are the Cloud Control primary identifiers of
// those types that are not their physical ID: the parts are the template's
// properties, or the physical ID for one the template does not set.
var cloudControlIdentifiers = map[string][]string{
	"AWS::ApiGateway::Deployment":    {"DeploymentId", "RestApiId"},
	"AWS::ApiGatewayV2::Integration": {"ApiId", "IntegrationId"},
	"AWS::Events::Rule":              {"Arn"},
}

// appSyncProps are what an AppSync resolver, function, schema or API key
// hotswaps.
var appSyncProps = []string{
	"RequestMappingTemplate", "RequestMappingTemplateS3Location",
	"ResponseMappingTemplate", "ResponseMappingTemplateS3Location",
	"Code", "CodeS3Location", "Definition", "DefinitionS3Location", "Expires",
}

// sfnDefinitionProps are the state machine properties Step Functions'
// own UpdateStateMachine takes; other changes go through Cloud Control.
var sfnDefinitionProps = []string{"Definition", "DefinitionString", "DefinitionSubstitutions"}

const bucketDeploymentType = "Custom::CDKBucketDeployment"

// hotswappableProps are the changed properties of a resource type that a
// hotswap can make in place; known is false for types it cannot touch.
func hotswappableProps(typ string, changed []string) (allowed []string, known bool) {
	if props, ok := hotswapProps(typ); ok {
		return props, true
	}
	switch {
	case typ == bucketDeploymentType:
		return changed, true
	case cloudControlTypes[typ]:
		for _, name := range changed {
			// Create-only: its change replaces the resource.
			if templatediff.UpdateBehavior(typ, name) != "always" {
				allowed = append(allowed, name)
			}
		}
		return allowed, true
	}
	return nil, false
}

// oldProps are a modified resource's deployed properties: the new ones
// with each change undone.
func oldProps(rc templatediff.ResourceChange, props map[string]interface{}) map[string]interface{} {
	out := map[string]interface{}{}
	for k, v := range props {
		out[k] = v
	}
	for _, pc := range rc.Properties {
		if pc.Old == nil {
			delete(out, pc.Name)
		} else {
			out[pc.Name] = pc.Old
		}
	}
	return out
}

// planStateMachine sends a new definition through Step Functions when
// only the definition changed, and anything else through Cloud Control.
func planStateMachine(rc templatediff.ResourceChange, who string, props map[string]interface{}, changed map[string]bool, ev *cfnEval) (*deploy.SfnUpdate, *deploy.CloudControlUpdate, string) {
	onlyDefinition := true
	for name := range changed {
		if !contains(sfnDefinitionProps, name) {
			onlyDefinition = false
		}
	}
	_, hasString := props["DefinitionString"]
	_, hasObject := props["Definition"]
	if !onlyDefinition || (!hasString && !hasObject) {
		u, why := planCloudControl(rc, who, props, changed, ev)
		return nil, u, why
	}
	arn := ev.physical[rc.LogicalID]
	if arn == "" {
		return nil, nil, "not found in the deployed stack"
	}
	var def string
	if hasString {
		s, ok := ev.str(props["DefinitionString"])
		if !ok {
			return nil, nil, "DefinitionString cannot be resolved"
		}
		def = s
	} else {
		v, ok := ev.eval(props["Definition"])
		if !ok {
			return nil, nil, "Definition cannot be resolved"
		}
		b, err := json.Marshal(v)
		if err != nil {
			return nil, nil, "Definition: " + err.Error()
		}
		def = string(b)
	}
	// As CloudFormation: ${name} in the definition stands for the
	// substitution's value.
	subs, _ := props["DefinitionSubstitutions"].(map[string]interface{})
	for _, k := range sortedKeys(subs) {
		v, ok := ev.eval(subs[k])
		if !ok {
			return nil, nil, "DefinitionSubstitutions." + k + " cannot be resolved"
		}
		s, ok := scalarString(v)
		if !ok {
			return nil, nil, "DefinitionSubstitutions." + k + " is not a scalar"
		}
		def = strings.ReplaceAll(def, "${"+k+"}", s)
	}
	return &deploy.SfnUpdate{LogicalID: rc.LogicalID, DisplayName: who, StateMachineArn: arn, Definition: def}, nil, ""
}

// scalarString writes a scalar as JavaScript's toString does.
func scalarString(v interface{}) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), true
	case bool:
		return strconv.FormatBool(x), true
	}
	return "", false
}

// planCloudControl patches the changed properties that are not
// create-only, as the CDK CLI's Cloud Control hotswap: removed ones
// removed, added ones added, the rest replaced, Tags diffed at apply time.
func planCloudControl(rc templatediff.ResourceChange, who string, props map[string]interface{}, changed map[string]bool, ev *cfnEval) (*deploy.CloudControlUpdate, string) {
	physical := ev.physical[rc.LogicalID]
	if physical == "" {
		return nil, "Could not determine the physical name or primary identifier of the resource, so Cloud Control API cannot hotswap it."
	}
	identifier, ok := ev.identifier(rc.LogicalID, rc.Type, physical)
	if !ok {
		return nil, "Could not determine the physical name or primary identifier of the resource, so Cloud Control API cannot hotswap it."
	}
	u := &deploy.CloudControlUpdate{LogicalID: rc.LogicalID, DisplayName: who, TypeName: rc.Type, Identifier: identifier}
	for _, pc := range rc.Properties {
		if !changed[pc.Name] {
			continue
		}
		if pc.Kind == templatediff.Removed {
			u.Patch = append(u.Patch, deploy.PatchOp{Op: "remove", Path: "/" + pc.Name})
			continue
		}
		v, ok := ev.eval(props[pc.Name])
		if !ok {
			return nil, fmt.Sprintf("Property '%s' of resource '%s' has been replaced and could not be resolved", pc.Name, rc.LogicalID)
		}
		switch {
		case pc.Kind == templatediff.Added:
			u.Patch = append(u.Patch, deploy.PatchOp{Op: "add", Path: "/" + pc.Name, Value: v})
		case pc.Name == "Tags" && isObject(v):
			u.Tags = v
		default:
			u.Patch = append(u.Patch, deploy.PatchOp{Op: "replace", Path: "/" + pc.Name, Value: v})
		}
	}
	return u, ""
}

func isObject(v interface{}) bool {
	switch v.(type) {
	case map[string]interface{}, []interface{}:
		return true
	}
	return false
}

// planCodeBuild updates a project's Source, Environment and SourceVersion.
func planCodeBuild(id, who string, props map[string]interface{}, changed map[string]bool, ev *cfnEval) (*deploy.CodeBuildUpdate, string) {
	u := &deploy.CodeBuildUpdate{LogicalID: id, DisplayName: who, ProjectName: ev.physical[id]}
	if n, ok := props["Name"]; ok {
		if s, ok := ev.str(n); ok {
			u.ProjectName = s
		}
	}
	if u.ProjectName == "" {
		return nil, "not found in the deployed stack"
	}
	for _, name := range []string{"Source", "Environment"} {
		if !changed[name] {
			continue
		}
		v, ok := ev.eval(props[name])
		m, isMap := v.(map[string]interface{})
		if !ok || !isMap {
			return nil, name + " cannot be resolved"
		}
		if name == "Source" {
			u.Source = m
		} else {
			u.Environment = m
		}
	}
	if changed["SourceVersion"] {
		s, ok := ev.str(props["SourceVersion"])
		if props["SourceVersion"] != nil && !ok {
			return nil, "SourceVersion cannot be resolved"
		}
		u.SourceVersion = &s
	}
	return u, ""
}

// planBucketDeployment re-runs a bucket deployment's handler with the new
// properties (new SourceObjectKeys and the rest), as the CDK CLI does.
func planBucketDeployment(id, who string, props map[string]interface{}, ev *cfnEval) (*deploy.BucketDeploymentInvoke, string) {
	fn, ok := ev.str(props["ServiceToken"])
	if !ok {
		return nil, "ServiceToken cannot be resolved"
	}
	rest := map[string]interface{}{}
	for k, v := range props {
		if k != "ServiceToken" {
			rest[k] = v
		}
	}
	v, ok := ev.eval(rest)
	if !ok {
		return nil, "its properties cannot be resolved"
	}
	m, isMap := stringified(v).(map[string]interface{})
	if !isMap {
		return nil, "its properties cannot be resolved"
	}
	bucket, _ := m["DestinationBucketName"].(string)
	return &deploy.BucketDeploymentInvoke{LogicalID: id, DisplayName: who, FunctionName: fn, DestinationBucket: bucket, Properties: m}, ""
}

// stringified turns every scalar into a string, as CloudFormation passes
// a custom resource's properties.
func stringified(v interface{}) interface{} {
	switch x := v.(type) {
	case map[string]interface{}:
		out := make(map[string]interface{}, len(x))
		for k, it := range x {
			out[k] = stringified(it)
		}
		return out
	case []interface{}:
		out := make([]interface{}, len(x))
		for i, it := range x {
			out[i] = stringified(it)
		}
		return out
	case nil:
		return nil
	}
	if s, ok := scalarString(v); ok {
		return s
	}
	return fmt.Sprint(v)
}

// planAppSync updates a resolver, function, schema or API key with the
// deployed properties and the new templates, code, definition or expiry.
func planAppSync(rc templatediff.ResourceChange, who string, props map[string]interface{}, ev *cfnEval) (*deploy.AppSyncUpdate, string) {
	physical := ev.physical[rc.LogicalID]
	if rc.Type == deploy.AppSyncFunction {
		if n, ok := props["Name"]; ok {
			if s, ok := ev.str(n); ok {
				physical = s
			}
		}
	}
	if physical == "" {
		return nil, "not found in the deployed stack"
	}
	if rc.Type == deploy.AppSyncResolver {
		// arn:…:apis/<api>/types/<type>/resolvers/<field>
		parts := strings.Split(physical, "/")
		if len(parts) < 6 {
			return nil, "its physical ID " + physical + " is not a resolver ARN"
		}
		physical = parts[3] + "." + parts[5]
	}
	p := oldProps(rc, props)
	for _, name := range appSyncProps {
		if v, ok := props[name]; ok {
			p[name] = v
		} else {
			delete(p, name)
		}
	}
	v, ok := ev.eval(p)
	m, isMap := v.(map[string]interface{})
	if !ok || !isMap {
		return nil, "its properties cannot be resolved"
	}
	return &deploy.AppSyncUpdate{LogicalID: rc.LogicalID, DisplayName: who, Type: rc.Type, PhysicalName: physical, Properties: m}, ""
}

// bucketDeploymentPolicy reports whether a changed IAM policy only serves
// bucket deployments' handlers (its roles are used by functions that only
// bucket deployments use): the CDK CLI leaves such a change for the next
// full deployment rather than refuse the hotswap.
func bucketDeploymentPolicy(id string, props map[string]interface{}, ev *cfnEval) bool {
	roles, _ := props["Roles"].([]interface{})
	if len(roles) == 0 {
		return false
	}
	for _, role := range roles {
		name, ok := ev.str(role)
		if !ok {
			return false
		}
		roleID := ""
		for logical, phys := range ev.physical {
			if phys == name {
				roleID = logical
				break
			}
		}
		if roleID == "" {
			return false
		}
		var users []templateRef
		for _, r := range ev.referencesTo(roleID) {
			if !(r.typ == "AWS::IAM::Policy" && r.id == id) {
				users = append(users, r)
			}
		}
		if len(users) == 0 {
			return false
		}
		for _, r := range users {
			if r.typ != "AWS::Lambda::Function" {
				return false
			}
			fnUsers := ev.referencesTo(r.id)
			if len(fnUsers) == 0 {
				return false
			}
			for _, f := range fnUsers {
				if f.typ != bucketDeploymentType {
					return false
				}
			}
		}
	}
	return true
}
