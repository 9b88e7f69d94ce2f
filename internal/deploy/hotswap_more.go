package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/appsync"
	appsynctypes "github.com/aws/aws-sdk-go-v2/service/appsync/types"
	"github.com/aws/aws-sdk-go-v2/service/cloudcontrol"
	cctypes "github.com/aws/aws-sdk-go-v2/service/cloudcontrol/types"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/codebuild"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/smithy-go"
)

// The hotswaps beyond Lambda and ECS, one type per API the CDK CLI calls:
// Step Functions, CodeBuild, the bucket deployment's Lambda, AppSync and
// Cloud Control. Each carries values already evaluated against the
// deployed stack, so applying one is only API calls.

// SfnUpdate is a state machine's new definition.
type SfnUpdate struct {
	LogicalID, DisplayName string
	StateMachineArn        string
	Definition             string
}

// CodeBuildUpdate is a project's new source, environment or source
// version (nil/empty when unchanged), as CloudFormation properties.
type CodeBuildUpdate struct {
	LogicalID, DisplayName string
	ProjectName            string
	Source, Environment    map[string]interface{}
	SourceVersion          *string
}

// BucketDeploymentInvoke runs a Custom::CDKBucketDeployment's handler
// with the resource's new properties, as CloudFormation would on update.
type BucketDeploymentInvoke struct {
	LogicalID, DisplayName string
	FunctionName           string
	// DestinationBucket names what the handler fills, for messages.
	DestinationBucket string
	// Properties are the resource's evaluated properties, ServiceToken
	// left out; every scalar becomes a string, as CloudFormation sends them.
	Properties map[string]interface{}
}

// AppSync resource kinds a hotswap updates.
const (
	AppSyncResolver = "AWS::AppSync::Resolver"
	AppSyncFunction = "AWS::AppSync::FunctionConfiguration"
	AppSyncSchema   = "AWS::AppSync::GraphQLSchema"
	AppSyncAPIKey   = "AWS::AppSync::ApiKey"
)

// AppSyncUpdate is an AppSync resolver, function, schema or API key
// updated with the deployed properties and the new templates or code.
type AppSyncUpdate struct {
	LogicalID, DisplayName string
	Type                   string
	// PhysicalName is the resolver's Type.field, the function's name, or
	// the schema's or API key's physical ID.
	PhysicalName string
	// Properties are the evaluated CloudFormation properties to send;
	// *S3Location properties are read from S3 when applied.
	Properties map[string]interface{}
}

// PatchOp is one RFC 6902 operation of a Cloud Control patch document.
type PatchOp struct {
	Op    string      `json:"op"`
	Path  string      `json:"path"`
	Value interface{} `json:"value,omitempty"`
}

// CloudControlUpdate patches a resource through the Cloud Control API.
type CloudControlUpdate struct {
	LogicalID, DisplayName string
	TypeName, Identifier   string
	Patch                  []PatchOp
	// Tags, when set, are the resource's new Tags (a list of Key/Value or
	// a map): the patch for them is worked out against the resource's
	// current tags, so that the aws: tags AWS manages stay.
	Tags interface{}
}

func (o HotswapOps) emptyMore() bool {
	return len(o.Sfn) == 0 && len(o.CodeBuild) == 0 && len(o.BucketDeployments) == 0 && len(o.AppSync) == 0 && len(o.CloudControl) == 0
}

// hotswapMore applies the operations beyond Lambda and ECS.
func (s *Session) hotswapMore(ctx context.Context, stack string, cfg aws.Config, ops HotswapOps, progress Progress) error {
	done := func(start time.Time, what, who string) {
		progress.Event(Event{Stack: stack, Kind: EventInfo, Time: time.Now(), Elapsed: time.Since(start),
			Message: fmt.Sprintf("%s %s hotswapped! (%s, %.1fs)", hotswapIcon, what, who, time.Since(start).Seconds())})
	}
	if len(ops.Sfn) > 0 {
		c := sfn.NewFromConfig(cfg)
		for _, u := range ops.Sfn {
			start := time.Now()
			if _, err := c.UpdateStateMachine(ctx, &sfn.UpdateStateMachineInput{StateMachineArn: aws.String(u.StateMachineArn), Definition: aws.String(u.Definition)}); err != nil {
				return fmt.Errorf("hotswap of %s: [stepfunctions] UpdateStateMachine: %s", u.DisplayName, shortErr(err))
			}
			done(start, fmt.Sprintf("AWS::StepFunctions::StateMachine '%s'", u.StateMachineArn), u.DisplayName)
		}
	}
	if len(ops.CodeBuild) > 0 {
		c := codebuild.NewFromConfig(cfg)
		for _, u := range ops.CodeBuild {
			start := time.Now()
			in, err := codeBuildInput(u)
			if err != nil {
				return fmt.Errorf("hotswap of %s: %s", u.DisplayName, err)
			}
			if _, err := c.UpdateProject(ctx, in); err != nil {
				return fmt.Errorf("hotswap of %s: [codebuild] UpdateProject: %s", u.DisplayName, shortErr(err))
			}
			done(start, fmt.Sprintf("AWS::CodeBuild::Project '%s'", u.ProjectName), u.DisplayName)
		}
	}
	if len(ops.BucketDeployments) > 0 {
		c := lambda.NewFromConfig(cfg)
		for _, u := range ops.BucketDeployments {
			start := time.Now()
			if err := invokeBucketDeployment(ctx, c, u); err != nil {
				return fmt.Errorf("hotswap of %s: [custom-s3-deployment] %s", u.DisplayName, err)
			}
			done(start, fmt.Sprintf("Contents of AWS::S3::Bucket '%s'", u.DestinationBucket), u.DisplayName)
		}
	}
	if len(ops.AppSync) > 0 {
		c := appsync.NewFromConfig(cfg)
		s3c := s.S3(cfg)
		for _, u := range ops.AppSync {
			start := time.Now()
			if err := updateAppSync(ctx, c, s3c, u); err != nil {
				return fmt.Errorf("hotswap of %s: [appsync] %s", u.DisplayName, err)
			}
			done(start, fmt.Sprintf("%s '%s'", u.Type, u.PhysicalName), u.DisplayName)
		}
	}
	if len(ops.CloudControl) > 0 {
		c := cloudcontrol.NewFromConfig(cfg)
		for _, u := range ops.CloudControl {
			start := time.Now()
			if err := updateCloudControl(ctx, c, u, s.opts.PollInterval); err != nil {
				return fmt.Errorf("hotswap of %s: [cloudcontrol] %s", u.DisplayName, err)
			}
			done(start, fmt.Sprintf("%s '%s'", u.TypeName, u.Identifier), u.DisplayName)
		}
	}
	return nil
}

// fromProps fills an SDK value from CloudFormation properties: their names
// are the API's but for the case of the first letter, which encoding/json
// ignores.
func fromProps(props interface{}, out interface{}) error {
	b, err := json.Marshal(props)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}

func codeBuildInput(u CodeBuildUpdate) (*codebuild.UpdateProjectInput, error) {
	in := &codebuild.UpdateProjectInput{Name: aws.String(u.ProjectName), SourceVersion: u.SourceVersion}
	if u.Source != nil {
		if err := fromProps(u.Source, &in.Source); err != nil {
			return nil, fmt.Errorf("Source does not fit UpdateProject: %s", err)
		}
	}
	if u.Environment != nil {
		if err := fromProps(u.Environment, &in.Environment); err != nil {
			return nil, fmt.Errorf("Environment does not fit UpdateProject: %s", err)
		}
	}
	return in, nil
}

// bucketDeploymentPlaceholder fills the request fields CloudFormation
// sends and the handler does not need on a direct invocation (the CDK
// CLI's value, so the handler sees the same request from either tool).
const bucketDeploymentPlaceholder = "required-to-be-present-by-cfn"

// BucketDeploymentPayload is the custom resource request the handler is
// invoked with.
func BucketDeploymentPayload(props map[string]interface{}) ([]byte, error) {
	return json.Marshal(map[string]interface{}{
		"RequestType":        "Update",
		"ResponseURL":        bucketDeploymentPlaceholder,
		"PhysicalResourceId": bucketDeploymentPlaceholder,
		"StackId":            bucketDeploymentPlaceholder,
		"RequestId":          bucketDeploymentPlaceholder,
		"LogicalResourceId":  bucketDeploymentPlaceholder,
		"ResourceProperties": props,
	})
}

func invokeBucketDeployment(ctx context.Context, c *lambda.Client, u BucketDeploymentInvoke) error {
	payload, err := BucketDeploymentPayload(u.Properties)
	if err != nil {
		return err
	}
	out, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(u.FunctionName), Payload: payload})
	if err != nil {
		return fmt.Errorf("Invoke %s: %s", u.FunctionName, shortErr(err))
	}
	// The CDK CLI does not look at the answer; a handler that failed
	// says so here, and the contents were not deployed.
	if out.FunctionError != nil {
		return fmt.Errorf("the handler %s failed (%s): %s", u.FunctionName, aws.ToString(out.FunctionError), strings.TrimSpace(string(out.Payload)))
	}
	return nil
}

// s3Text reads an s3://bucket/key object as text.
func s3Text(ctx context.Context, c *s3.Client, url string) (string, error) {
	parts := strings.SplitN(strings.TrimPrefix(url, "s3://"), "/", 2)
	if !strings.HasPrefix(url, "s3://") || len(parts) != 2 {
		return "", fmt.Errorf("%q is not an s3:// location", url)
	}
	out, err := c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(parts[0]), Key: aws.String(parts[1])})
	if err != nil {
		return "", fmt.Errorf("reading %s: %s", url, shortErr(err))
	}
	defer out.Body.Close()
	b, err := io.ReadAll(out.Body)
	return string(b), err
}

func updateAppSync(ctx context.Context, c *appsync.Client, s3c *s3.Client, u AppSyncUpdate) error {
	p := map[string]interface{}{}
	for k, v := range u.Properties {
		p[k] = v
	}
	// Templates, code and schemas kept in S3 are sent inline.
	for _, name := range []string{"RequestMappingTemplate", "ResponseMappingTemplate", "Definition", "Code"} {
		loc, ok := p[name+"S3Location"].(string)
		delete(p, name+"S3Location")
		if !ok {
			continue
		}
		text, err := s3Text(ctx, s3c, loc)
		if err != nil {
			return err
		}
		p[name] = text
	}
	switch u.Type {
	case AppSyncResolver:
		var in appsync.UpdateResolverInput
		if err := fromProps(p, &in); err != nil {
			return fmt.Errorf("properties do not fit UpdateResolver: %s", err)
		}
		if _, err := c.UpdateResolver(ctx, &in); err != nil {
			return fmt.Errorf("UpdateResolver: %s", shortErr(err))
		}
	case AppSyncFunction:
		// Code goes with a runtime; mapping templates with a version.
		if _, ok := p["Code"]; ok {
			delete(p, "FunctionVersion")
		} else {
			delete(p, "Runtime")
		}
		var in appsync.UpdateFunctionInput
		if err := fromProps(p, &in); err != nil {
			return fmt.Errorf("properties do not fit UpdateFunction: %s", err)
		}
		id, err := appSyncFunctionID(ctx, c, aws.ToString(in.ApiId), u.PhysicalName)
		if err != nil {
			return err
		}
		in.FunctionId = aws.String(id)
		// AppSync refuses concurrent changes to one API: back off and
		// retry, as the CDK CLI does (1 s doubling, 6 times).
		backoff := time.Second
		for attempt := 0; ; attempt++ {
			_, err := c.UpdateFunction(ctx, &in)
			var ae smithy.APIError
			if err == nil {
				break
			}
			if attempt >= 6 || !errors.As(err, &ae) || ae.ErrorCode() != "ConcurrentModificationException" {
				return fmt.Errorf("UpdateFunction: %s", shortErr(err))
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(backoff):
			}
			backoff *= 2
		}
	case AppSyncSchema:
		def, _ := p["Definition"].(string)
		api, _ := p["ApiId"].(string)
		out, err := c.StartSchemaCreation(ctx, &appsync.StartSchemaCreationInput{ApiId: aws.String(api), Definition: []byte(def)})
		if err != nil {
			return fmt.Errorf("StartSchemaCreation: %s", shortErr(err))
		}
		status, details := out.Status, ""
		for status == appsynctypes.SchemaStatusProcessing || status == appsynctypes.SchemaStatusDeleting {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Second):
			}
			st, err := c.GetSchemaCreationStatus(ctx, &appsync.GetSchemaCreationStatusInput{ApiId: aws.String(api)})
			if err != nil {
				return fmt.Errorf("GetSchemaCreationStatus: %s", shortErr(err))
			}
			status, details = st.Status, aws.ToString(st.Details)
		}
		if status == appsynctypes.SchemaStatusFailed {
			if details == "" {
				details = "Schema creation has failed."
			}
			return errors.New(details)
		}
	case AppSyncAPIKey:
		in := &appsync.UpdateApiKeyInput{}
		in.ApiId, _ = stringProp(p, "ApiId")
		in.Description, _ = stringProp(p, "Description")
		if id, ok := stringProp(p, "ApiKeyId"); ok {
			in.Id = id
		} else if parts := strings.Split(u.PhysicalName, "/"); len(parts) == 4 {
			// arn:…:apis/<api>/apikeys/<key>
			in.Id = aws.String(parts[3])
		}
		switch e := p["Expires"].(type) {
		case float64:
			in.Expires = int64(e)
		case string:
			fmt.Sscan(e, &in.Expires)
		}
		if _, err := c.UpdateApiKey(ctx, in); err != nil {
			return fmt.Errorf("UpdateApiKey: %s", shortErr(err))
		}
	default:
		return fmt.Errorf("%s is not an AppSync type strata hotswaps", u.Type)
	}
	return nil
}

func stringProp(p map[string]interface{}, name string) (*string, bool) {
	s, ok := p[name].(string)
	if !ok {
		return nil, false
	}
	return aws.String(s), true
}

// appSyncFunctionID finds a function's ID by its name.
func appSyncFunctionID(ctx context.Context, c *appsync.Client, api, name string) (string, error) {
	pages := appsync.NewListFunctionsPaginator(c, &appsync.ListFunctionsInput{ApiId: aws.String(api)})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return "", fmt.Errorf("ListFunctions: %s", shortErr(err))
		}
		for _, f := range page.Functions {
			if aws.ToString(f.Name) == name {
				return aws.ToString(f.FunctionId), nil
			}
		}
	}
	return "", fmt.Errorf("no function named %s in API %s", name, api)
}

func updateCloudControl(ctx context.Context, c *cloudcontrol.Client, u CloudControlUpdate, poll time.Duration) error {
	patch := append([]PatchOp(nil), u.Patch...)
	if u.Tags != nil {
		ops, err := tagPatch(ctx, c, u)
		if err != nil {
			return err
		}
		patch = append(patch, ops...)
	}
	if len(patch) == 0 {
		return nil
	}
	doc, err := json.Marshal(patch)
	if err != nil {
		return err
	}
	out, err := c.UpdateResource(ctx, &cloudcontrol.UpdateResourceInput{TypeName: aws.String(u.TypeName), Identifier: aws.String(u.Identifier), PatchDocument: aws.String(string(doc))})
	if err != nil {
		return fmt.Errorf("Failed to update %s (%s): %s", u.Identifier, u.TypeName, shortErr(err))
	}
	// The CDK CLI leaves the request running; strata waits for its end,
	// so that a failed update is not reported hotswapped.
	ev := out.ProgressEvent
	// Quick at first (most updates end within a second), then slower.
	grow := poll <= 0
	if grow {
		poll = 200 * time.Millisecond
	}
	deadline := time.Now().Add(10 * time.Minute)
	for ev != nil && (ev.OperationStatus == cctypes.OperationStatusPending || ev.OperationStatus == cctypes.OperationStatusInProgress) {
		if time.Now().After(deadline) {
			return fmt.Errorf("update of %s (%s) still %s after 10 minutes", u.Identifier, u.TypeName, ev.OperationStatus)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(poll):
		}
		if grow && poll < 5*time.Second {
			poll = poll * 3 / 2
		}
		st, err := c.GetResourceRequestStatus(ctx, &cloudcontrol.GetResourceRequestStatusInput{RequestToken: ev.RequestToken})
		if err != nil {
			return fmt.Errorf("GetResourceRequestStatus: %s", shortErr(err))
		}
		ev = st.ProgressEvent
	}
	if ev != nil && ev.OperationStatus != cctypes.OperationStatusSuccess {
		msg := aws.ToString(ev.StatusMessage)
		if ev.ErrorCode != "" {
			msg = string(ev.ErrorCode) + ": " + msg
		}
		return fmt.Errorf("Failed to update %s (%s): %s %s", u.Identifier, u.TypeName, ev.OperationStatus, msg)
	}
	return nil
}

// tagPatch compares the new tags with the resource's current ones and
// patches only the difference, leaving aws: tags alone.
func tagPatch(ctx context.Context, c *cloudcontrol.Client, u CloudControlUpdate) ([]PatchOp, error) {
	unreadable := func(cause string) error {
		return fmt.Errorf("could not read the current tags of %s (%s), which are needed to update tags without removing the reserved aws: tags that AWS manages - ensure the deployment role is allowed to call cloudcontrolapi:GetResource for this resource type: %s", u.Identifier, u.TypeName, cause)
	}
	out, err := c.GetResource(ctx, &cloudcontrol.GetResourceInput{TypeName: aws.String(u.TypeName), Identifier: aws.String(u.Identifier)})
	if err != nil {
		return nil, unreadable(shortErr(err))
	}
	if out.ResourceDescription == nil || out.ResourceDescription.Properties == nil {
		return nil, unreadable("GetResource returned no resource properties")
	}
	var props struct{ Tags interface{} }
	if err := json.Unmarshal([]byte(*out.ResourceDescription.Properties), &props); err != nil {
		return nil, unreadable(err.Error())
	}
	return TagPatch(props.Tags, u.Tags, u.Identifier, u.TypeName)
}

// TagPatch is the patch that turns current tags into desired ones: a list
// of Key/Value tags or a map, whichever the resource type uses.
func TagPatch(current, desired interface{}, identifier, typeName string) ([]PatchOp, error) {
	reserved := func(k string) bool { return strings.HasPrefix(strings.ToLower(k), "aws:") }
	shape := func(v interface{}) string {
		switch v.(type) {
		case []interface{}:
			return "a list"
		case map[string]interface{}:
			return "a map"
		case nil:
			return "null"
		}
		return fmt.Sprintf("%T", v)
	}
	same := func(a, b interface{}) bool {
		x, _ := json.Marshal(a)
		y, _ := json.Marshal(b)
		return string(x) == string(y)
	}
	switch want := desired.(type) {
	case []interface{}:
		if current == nil {
			current = []interface{}{}
		}
		have, ok := current.([]interface{})
		if !ok {
			break
		}
		key := func(t interface{}) (string, bool) {
			m, ok := t.(map[string]interface{})
			if !ok {
				return "", false
			}
			k, ok := m["Key"].(string)
			return k, ok
		}
		index := map[string]int{}
		for i, t := range have {
			if k, ok := key(t); ok {
				if _, dup := index[k]; !dup {
					index[k] = i
				}
			}
		}
		var repl, adds, removes []PatchOp
		wanted := map[string]bool{}
		for _, t := range want {
			k, ok := key(t)
			if !ok {
				continue
			}
			wanted[k] = true
			if i, has := index[k]; !has {
				adds = append(adds, PatchOp{Op: "add", Path: "/Tags/-", Value: t})
			} else if !same(have[i], t) {
				repl = append(repl, PatchOp{Op: "replace", Path: fmt.Sprintf("/Tags/%d", i), Value: t})
			}
		}
		// Highest index first, so that earlier removals do not shift later ones.
		for i := len(have) - 1; i >= 0; i-- {
			if k, ok := key(have[i]); ok && !wanted[k] && !reserved(k) {
				removes = append(removes, PatchOp{Op: "remove", Path: fmt.Sprintf("/Tags/%d", i)})
			}
		}
		return append(append(repl, removes...), adds...), nil
	case map[string]interface{}:
		if current == nil {
			current = map[string]interface{}{}
		}
		have, ok := current.(map[string]interface{})
		if !ok {
			break
		}
		esc := strings.NewReplacer("~", "~0", "/", "~1")
		var ops []PatchOp
		for _, k := range sortedIfaceKeys(want) {
			if v, has := have[k]; !has {
				ops = append(ops, PatchOp{Op: "add", Path: "/Tags/" + esc.Replace(k), Value: want[k]})
			} else if !same(v, want[k]) {
				ops = append(ops, PatchOp{Op: "replace", Path: "/Tags/" + esc.Replace(k), Value: want[k]})
			}
		}
		for _, k := range sortedIfaceKeys(have) {
			if _, keep := want[k]; !keep && !reserved(k) {
				ops = append(ops, PatchOp{Op: "remove", Path: "/Tags/" + esc.Replace(k)})
			}
		}
		return ops, nil
	}
	return nil, fmt.Errorf("could not interpret the current tags of %s (%s): the resource reports Tags as %s but the template declares %s", identifier, typeName, shape(current), shape(desired))
}

func sortedIfaceKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ResourceProperties reads a deployed resource's properties through Cloud
// Control's GetResource (for the Fn::GetAtt a hotswap cannot derive from a
// physical ID, as the CDK CLI does).
func (s *Session) ResourceProperties(ctx context.Context, region, roleArn, externalID, typeName, identifier string) (map[string]interface{}, error) {
	c := cloudcontrol.NewFromConfig(s.Config(ctx, region, roleArn, externalID))
	out, err := c.GetResource(ctx, &cloudcontrol.GetResourceInput{TypeName: aws.String(typeName), Identifier: aws.String(identifier)})
	if err != nil {
		return nil, fmt.Errorf("%s %s: GetResource: %s", typeName, identifier, shortErr(err))
	}
	if out.ResourceDescription == nil || out.ResourceDescription.Properties == nil {
		return nil, fmt.Errorf("%s %s: GetResource returned no properties", typeName, identifier)
	}
	var props map[string]interface{}
	if err := json.Unmarshal([]byte(*out.ResourceDescription.Properties), &props); err != nil {
		return nil, fmt.Errorf("%s %s: GetResource: %v", typeName, identifier, err)
	}
	return props, nil
}

// Exports lists the region's CloudFormation exports, by name (for
// Fn::ImportValue in what a hotswap evaluates).
func (s *Session) Exports(ctx context.Context, region, roleArn, externalID string) (map[string]string, error) {
	cfn := s.CloudFormation(s.Config(ctx, region, roleArn, externalID))
	out := map[string]string{}
	pages := cloudformation.NewListExportsPaginator(cfn, &cloudformation.ListExportsInput{})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("ListExports: %s", shortErr(err))
		}
		for _, e := range page.Exports {
			out[aws.ToString(e.Name)] = aws.ToString(e.Value)
		}
	}
	return out, nil
}

// StackOutputs are a deployed stack's outputs (for Fn::GetStackOutput in
// what a hotswap evaluates); nil when the stack does not exist.
func (s *Session) StackOutputs(ctx context.Context, region, roleArn, externalID, stack string) (map[string]string, error) {
	st, err := describeStack(ctx, s.CloudFormation(s.Config(ctx, region, roleArn, externalID)), stack)
	if err != nil || st == nil {
		return nil, err
	}
	return outputsOf(st), nil
}
