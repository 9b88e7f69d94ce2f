package deploy

import (
	"context"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
)

const hotswapFn = `{"Resources":{
 "Role":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"}}},
 "Fn":{"Type":"AWS::Lambda::Function","DependsOn":["Role"],"Properties":{"Code":{"ZipFile":"exports.handler = async () => 1;"},"Handler":"index.handler","Runtime":"nodejs20.x","Role":{"Fn::GetAtt":["Role","Arn"]},"Description":"one"}},
 "FnVersion":{"Type":"AWS::Lambda::Version","Properties":{"FunctionName":{"Ref":"Fn"}}}}}`

// TestHotswapLambdaConfigVersionAlias: a configuration change, then a new
// version, then the alias moved onto it, in the CDK CLI's order (moto's
// CloudFormation has no AWS::Lambda::Alias: the alias is made directly).
func TestHotswapLambdaConfigVersionAlias(t *testing.T) {
	moto := startMoto(t)
	s := session(t, moto, Options{})
	ctx := context.Background()
	if _, err := s.DeployStack(ctx, stack("Hot", hotswapFn), nil); err != nil {
		t.Fatal(err)
	}
	physical, err := s.StackPhysicalIDs(ctx, "Hot", "us-east-1", "", "")
	if err != nil {
		t.Fatal(err)
	}
	name := physical["Fn"]
	if name == "" {
		t.Fatalf("no physical ID for Fn: %v", physical)
	}
	lc := lambda.NewFromConfig(s.Config(ctx, "us-east-1", "", ""))
	if _, err := lc.CreateAlias(ctx, &lambda.CreateAliasInput{FunctionName: aws.String(name), Name: aws.String("live"), FunctionVersion: aws.String("1")}); err != nil {
		t.Fatal(err)
	}
	desc := "two"
	rec := &recorder{}
	err = s.Hotswap(ctx, "Hot", "us-east-1", "", "", HotswapOps{Lambda: []LambdaUpdate{{
		LogicalID: "Fn", DisplayName: "Hot/Fn (Fn)", FunctionName: name,
		Description: &desc, Environment: map[string]string{"STAGE": "b"}, SetEnv: true,
		PublishVersion: true, Aliases: []string{"live"},
	}}}, rec)
	if err != nil {
		t.Fatal(err)
	}
	if got := rec.messages(); !strings.Contains(got, "description, environment updated, version 2 published, alias live → 2") {
		t.Errorf("progress: %s", got)
	}
	fc, err := lc.GetFunctionConfiguration(ctx, &lambda.GetFunctionConfigurationInput{FunctionName: aws.String(name)})
	if err != nil {
		t.Fatal(err)
	}
	if aws.ToString(fc.Description) != "two" || fc.Environment == nil || fc.Environment.Variables["STAGE"] != "b" {
		t.Errorf("configuration not updated: %q %+v", aws.ToString(fc.Description), fc.Environment)
	}
	a, err := lc.GetAlias(ctx, &lambda.GetAliasInput{FunctionName: aws.String(name), Name: aws.String("live")})
	if err != nil {
		t.Fatal(err)
	}
	if aws.ToString(a.FunctionVersion) != "2" {
		t.Errorf("alias live points at %s, want 2", aws.ToString(a.FunctionVersion))
	}
}

// TestRegisterInput: CloudFormation's task definition properties become
// the API's request, ProxyConfiguration's properties renamed.
func TestRegisterInput(t *testing.T) {
	in, err := registerInput(map[string]interface{}{
		"Family": "web",
		"Cpu":    "256",
		"ContainerDefinitions": []interface{}{map[string]interface{}{
			"Name": "app", "Image": "nginx:1.27", "Memory": float64(512), "Essential": true,
			"PortMappings":     []interface{}{map[string]interface{}{"ContainerPort": float64(80), "Protocol": "tcp"}},
			"DockerLabels":     map[string]interface{}{"Team": "x"},
			"LogConfiguration": map[string]interface{}{"LogDriver": "awslogs", "Options": map[string]interface{}{"awslogs-group": "g"}},
		}},
		"ProxyConfiguration": map[string]interface{}{"ContainerName": "envoy", "Type": "APPMESH",
			"ProxyConfigurationProperties": []interface{}{map[string]interface{}{"Name": "AppPorts", "Value": "80"}}},
		"RequiresCompatibilities": []interface{}{"FARGATE"},
	})
	if err != nil {
		t.Fatal(err)
	}
	c := in.ContainerDefinitions[0]
	if aws.ToString(in.Family) != "web" || aws.ToString(in.Cpu) != "256" || aws.ToString(c.Image) != "nginx:1.27" ||
		aws.ToInt32(c.Memory) != 512 || aws.ToInt32(c.PortMappings[0].ContainerPort) != 80 || c.DockerLabels["Team"] != "x" ||
		c.LogConfiguration.Options["awslogs-group"] != "g" || string(in.RequiresCompatibilities[0]) != "FARGATE" {
		t.Errorf("request: %+v", in)
	}
	if in.ProxyConfiguration == nil || len(in.ProxyConfiguration.Properties) != 1 || aws.ToString(in.ProxyConfiguration.Properties[0].Name) != "AppPorts" {
		t.Errorf("proxy configuration: %+v", in.ProxyConfiguration)
	}
	if _, err := registerInput(map[string]interface{}{"ContainerDefinitions": "nope"}); err == nil {
		t.Error("a malformed definition must be an error")
	}
}
