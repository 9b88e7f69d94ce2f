package deploy

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/ecs"
	ecstypes "github.com/aws/aws-sdk-go-v2/service/ecs/types"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	lambdatypes "github.com/aws/aws-sdk-go-v2/service/lambda/types"
)

// LambdaUpdate is one function a hotswap changes in place: its code, its
// description and environment, then a new version and the aliases that
// follow it, in the order the CDK CLI makes these calls.
type LambdaUpdate struct {
	LogicalID, DisplayName string
	// FunctionName is the deployed function's name.
	FunctionName string
	// S3Bucket and S3Key locate new code; empty when the code is unchanged.
	S3Bucket, S3Key string
	// S3ObjectVersion is the object's version, when the template names one.
	S3ObjectVersion string
	// ImageURI is new container image code.
	ImageURI string
	// ZipFile is new inline code, zipped.
	ZipFile []byte
	// Description and Environment are set when they changed.
	Description *string
	Environment map[string]string
	SetEnv      bool
	// PublishVersion publishes a version after the update (the function
	// has an AWS::Lambda::Version); Aliases then point at it.
	PublishVersion bool
	Aliases        []string
}

// EcsTaskDefUpdate is a task definition registered anew with its new
// containers, and the services moved onto it.
type EcsTaskDefUpdate struct {
	LogicalID, DisplayName string
	// Definition is the task definition's CloudFormation properties,
	// evaluated, with Family set to the deployed family.
	Definition map[string]interface{}
	// ServiceArns are the deployed services that use the task definition.
	ServiceArns []string
}

// HotswapOps are the in-place changes to one stack.
type HotswapOps struct {
	Lambda []LambdaUpdate
	Ecs    []EcsTaskDefUpdate
	// Beyond Lambda and ECS (hotswap_more.go).
	Sfn               []SfnUpdate
	CodeBuild         []CodeBuildUpdate
	BucketDeployments []BucketDeploymentInvoke
	AppSync           []AppSyncUpdate
	CloudControl      []CloudControlUpdate
	// EcsDeployment tunes how services move onto a new task definition.
	EcsDeployment EcsDeployment
}

// EcsDeployment is what the CDK CLI's --hotswap-ecs-* flags set: the
// services' deployment limits (nil: minimum 0, maximum the service's) and
// how long to wait for each service to be stable (0: 10 minutes).
type EcsDeployment struct {
	MinimumHealthyPercent, MaximumPercent *int32
	StabilizationTimeout                  time.Duration
}

// Empty reports whether there is nothing to do.
func (o HotswapOps) Empty() bool { return len(o.Lambda) == 0 && len(o.Ecs) == 0 && o.emptyMore() }

// StackPhysicalIDs maps the logical IDs of a deployed stack's resources to
// their physical IDs (one listing: moto's DescribeStackResource fails on
// stacks holding resource types it does not model).
func (s *Session) StackPhysicalIDs(ctx context.Context, stack, region, roleArn, externalID string) (map[string]string, error) {
	cfn := s.CloudFormation(s.Config(ctx, region, roleArn, externalID))
	physical := map[string]string{}
	pages := cloudformation.NewListStackResourcesPaginator(cfn, &cloudformation.ListStackResourcesInput{StackName: aws.String(stack)})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("stack %s: listing its resources: %s", stack, shortErr(err))
		}
		for _, r := range page.StackResourceSummaries {
			physical[aws.ToString(r.LogicalResourceId)] = aws.ToString(r.PhysicalResourceId)
		}
	}
	return physical, nil
}

// Hotswap makes the changes through the Lambda and ECS APIs, without a
// CloudFormation deployment, waiting for each function to finish updating
// and each service to be stable again.
func (s *Session) Hotswap(ctx context.Context, stack, region, roleArn, externalID string, ops HotswapOps, progress Progress) error {
	if progress == nil {
		progress = nopProgress{}
	}
	cfg := s.Config(ctx, region, roleArn, externalID)
	if !ops.Empty() {
		progress.Event(Event{Stack: stack, Kind: EventInfo, Time: time.Now(), Message: hotswapIcon + " hotswapping resources:"})
	}
	if len(ops.Lambda) > 0 {
		lc := lambda.NewFromConfig(cfg)
		for _, u := range ops.Lambda {
			if err := hotswapLambda(ctx, lc, stack, u, progress); err != nil {
				return err
			}
		}
	}
	if len(ops.Ecs) > 0 {
		ec := ecs.NewFromConfig(cfg)
		for _, u := range ops.Ecs {
			if err := hotswapTaskDef(ctx, ec, stack, u, ops.EcsDeployment, progress); err != nil {
				return err
			}
		}
	}
	return s.hotswapMore(ctx, stack, cfg, ops, progress)
}

func hotswapLambda(ctx context.Context, lc *lambda.Client, stack string, u LambdaUpdate, progress Progress) error {
	start := time.Now()
	name := u.FunctionName
	fail := func(what string, err error) error {
		return fmt.Errorf("hotswap of %s (%s): %s: %s", u.DisplayName, name, what, shortErr(err))
	}
	wait := func() error {
		w := lambda.NewFunctionUpdatedV2Waiter(lc, func(o *lambda.FunctionUpdatedV2WaiterOptions) {
			o.MinDelay, o.MaxDelay = 100*time.Millisecond, 2*time.Second
		})
		if err := w.Wait(ctx, &lambda.GetFunctionInput{FunctionName: aws.String(name)}, 5*time.Minute); err != nil {
			return fail("waiting for the update", err)
		}
		return nil
	}
	var done []string
	if u.S3Key != "" || u.ImageURI != "" || u.ZipFile != nil {
		in := &lambda.UpdateFunctionCodeInput{FunctionName: aws.String(name)}
		if u.ZipFile != nil {
			in.ZipFile = u.ZipFile
		} else if u.ImageURI != "" {
			in.ImageUri = aws.String(u.ImageURI)
		} else {
			in.S3Bucket, in.S3Key = aws.String(u.S3Bucket), aws.String(u.S3Key)
			if u.S3ObjectVersion != "" {
				in.S3ObjectVersion = aws.String(u.S3ObjectVersion)
			}
		}
		if _, err := lc.UpdateFunctionCode(ctx, in); err != nil {
			return fail("UpdateFunctionCode", err)
		}
		if err := wait(); err != nil {
			return err
		}
		done = append(done, "code")
	}
	if u.Description != nil || u.SetEnv {
		in := &lambda.UpdateFunctionConfigurationInput{FunctionName: aws.String(name), Description: u.Description}
		var what []string
		if u.Description != nil {
			what = append(what, "description")
		}
		if u.SetEnv {
			vars := u.Environment
			if vars == nil {
				vars = map[string]string{}
			}
			in.Environment = &lambdatypes.Environment{Variables: vars}
			what = append(what, "environment")
		}
		if _, err := lc.UpdateFunctionConfiguration(ctx, in); err != nil {
			return fail("UpdateFunctionConfiguration", err)
		}
		if err := wait(); err != nil {
			return err
		}
		done = append(done, what...)
	}
	msg := fmt.Sprintf("%s updated", strings.Join(done, ", "))
	if u.PublishVersion {
		v, err := lc.PublishVersion(ctx, &lambda.PublishVersionInput{FunctionName: aws.String(name)})
		if err != nil {
			return fail("PublishVersion", err)
		}
		version := aws.ToString(v.Version)
		msg += ", version " + version + " published"
		for _, alias := range u.Aliases {
			if _, err := lc.UpdateAlias(ctx, &lambda.UpdateAliasInput{FunctionName: aws.String(name), Name: aws.String(alias), FunctionVersion: aws.String(version)}); err != nil {
				return fail("UpdateAlias "+alias, err)
			}
			msg += ", alias " + alias + " → " + version
		}
	}
	progress.Event(Event{Stack: stack, Kind: EventInfo, Time: time.Now(), Elapsed: time.Since(start),
		Message: hotswappedLine("AWS::Lambda::Function", name, u.DisplayName+": "+msg, start)})
	return nil
}

// hotswappedLine is the CDK CLI's line for a resource hotswapped, with
// what strata did and how long it took.
func hotswappedLine(typ, name, detail string, start time.Time) string {
	return fmt.Sprintf("%s %s '%s' hotswapped! (%s, %.1fs)", hotswapIcon, typ, name, detail, time.Since(start).Seconds())
}

// hotswapIcon marks hotswap lines, as in the CDK CLI.
const hotswapIcon = "✨"

func hotswapTaskDef(ctx context.Context, ec *ecs.Client, stack string, u EcsTaskDefUpdate, dc EcsDeployment, progress Progress) error {
	start := time.Now()
	in, err := registerInput(u.Definition)
	if err != nil {
		return fmt.Errorf("hotswap of %s: %s", u.DisplayName, err)
	}
	family := aws.ToString(in.Family)
	out, err := ec.RegisterTaskDefinition(ctx, in)
	if err != nil {
		return fmt.Errorf("hotswap of %s (%s): RegisterTaskDefinition: %s", u.DisplayName, family, shortErr(err))
	}
	arn := aws.ToString(out.TaskDefinition.TaskDefinitionArn)
	// As the CDK CLI: no task need stay up during a hotswap unless asked.
	minHealthy := dc.MinimumHealthyPercent
	if minHealthy == nil {
		minHealthy = aws.Int32(0)
	}
	timeout := dc.StabilizationTimeout
	if timeout <= 0 {
		timeout = 10 * time.Minute
	}
	var names []string
	for _, svc := range u.ServiceArns {
		// arn:…:service/<cluster>/<name>, or the older arn:…:service/<name>
		// of a service in the default cluster.
		parts := strings.Split(svc, "/")
		if len(parts) == 2 {
			parts = []string{parts[0], "default", parts[1]}
		}
		if len(parts) != 3 {
			return fmt.Errorf("hotswap of %s: %q is not an ECS service ARN", u.DisplayName, svc)
		}
		up, err := ec.UpdateService(ctx, &ecs.UpdateServiceInput{
			Service: aws.String(svc), Cluster: aws.String(parts[1]), TaskDefinition: aws.String(arn),
			ForceNewDeployment:      true,
			DeploymentConfiguration: &ecstypes.DeploymentConfiguration{MinimumHealthyPercent: minHealthy, MaximumPercent: dc.MaximumPercent},
		})
		if err != nil {
			return fmt.Errorf("hotswap of %s: UpdateService %s: %s", u.DisplayName, parts[2], shortErr(err))
		}
		cluster := parts[1]
		if up.Service != nil && up.Service.ClusterArn != nil {
			cluster = *up.Service.ClusterArn
		}
		w := ecs.NewServicesStableWaiter(ec, func(o *ecs.ServicesStableWaiterOptions) {
			o.MinDelay, o.MaxDelay = 200*time.Millisecond, 15*time.Second
		})
		if err := w.Wait(ctx, &ecs.DescribeServicesInput{Cluster: aws.String(cluster), Services: []string{svc}}, timeout); err != nil {
			return fmt.Errorf("hotswap of %s: waiting for service %s to be stable: %s", u.DisplayName, parts[2], shortErr(err))
		}
		names = append(names, parts[2])
	}
	msg := u.DisplayName + ": registered " + arn
	if len(names) > 0 {
		msg += ", service " + strings.Join(names, ", ") + " updated"
	}
	progress.Event(Event{Stack: stack, Kind: EventInfo, Time: time.Now(), Elapsed: time.Since(start),
		Message: hotswappedLine("AWS::ECS::TaskDefinition", family, msg, start)})
	for _, n := range names {
		progress.Event(Event{Stack: stack, Kind: EventInfo, Time: time.Now(), Elapsed: time.Since(start),
			Message: hotswappedLine("AWS::ECS::Service", n, u.DisplayName+": on the new task definition", start)})
	}
	return nil
}

// registerInput turns a task definition's CloudFormation properties into
// the API's request. The property names are the API's field names but for
// ProxyConfiguration's; encoding/json matches the rest case-insensitively.
func registerInput(props map[string]interface{}) (*ecs.RegisterTaskDefinitionInput, error) {
	p := map[string]interface{}{}
	for k, v := range props {
		p[k] = v
	}
	if pc, ok := p["ProxyConfiguration"].(map[string]interface{}); ok {
		c := map[string]interface{}{}
		for k, v := range pc {
			if k == "ProxyConfigurationProperties" {
				k = "Properties"
			}
			c[k] = v
		}
		p["ProxyConfiguration"] = c
	}
	b, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	var in ecs.RegisterTaskDefinitionInput
	if err := json.Unmarshal(b, &in); err != nil {
		return nil, fmt.Errorf("task definition properties do not fit RegisterTaskDefinition: %s", err)
	}
	return &in, nil
}
