package awsstepfunctionstasks

import (
	"reflect"
	"regexp"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsbedrock"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsiam"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
	"github.com/strata-cdk/strata/jsii"
)

// BedrockCreateModelCustomizationJob starts a Bedrock model customization job (fine-tuning,
// continued pre-training or distillation of a base model); without a role
// it creates one Bedrock assumes, with access to the training, validation
// and output buckets (and the VPC, when given).
type BedrockCreateModelCustomizationJob interface {
	awsstepfunctions.TaskStateBase
	// Role is the role the job runs with.
	Role() awsiam.IRole
}

// NewBedrockCreateModelCustomizationJob builds the task at scope/id.
func NewBedrockCreateModelCustomizationJob(scope constructs.Construct, id *string, props *BedrockCreateModelCustomizationJobProps) BedrockCreateModelCustomizationJob {
	return newBedrockCreateModelCustomizationJob(scope, id, props)
}

// NewBedrockCreateModelCustomizationJob_Override initializes t, a Go type embedding BedrockCreateModelCustomizationJob, as the task.
func NewBedrockCreateModelCustomizationJob_Override(t BedrockCreateModelCustomizationJob, scope constructs.Construct, id *string, props *BedrockCreateModelCustomizationJobProps) {
	l2.Override[BedrockCreateModelCustomizationJob](t, newBedrockCreateModelCustomizationJob(scope, id, props))
}

// BedrockCreateModelCustomizationJob_FilterNextables is awsstepfunctions.TaskStateBase_FilterNextables.
func BedrockCreateModelCustomizationJob_FilterNextables(states *[]awsstepfunctions.State) *[]awsstepfunctions.INextable {
	return awsstepfunctions.TaskStateBase_FilterNextables(states)
}

// BedrockCreateModelCustomizationJob_FindReachableEndStates is awsstepfunctions.TaskStateBase_FindReachableEndStates.
func BedrockCreateModelCustomizationJob_FindReachableEndStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableEndStates(start, options)
}

// BedrockCreateModelCustomizationJob_FindReachableStates is awsstepfunctions.TaskStateBase_FindReachableStates.
func BedrockCreateModelCustomizationJob_FindReachableStates(start awsstepfunctions.State, options *awsstepfunctions.FindStateOptions) *[]awsstepfunctions.State {
	return awsstepfunctions.TaskStateBase_FindReachableStates(start, options)
}

// BedrockCreateModelCustomizationJob_IsConstruct reports whether x is a construct.
func BedrockCreateModelCustomizationJob_IsConstruct(x interface{}) *bool {
	return constructs.Construct_IsConstruct(x)
}

// BedrockCreateModelCustomizationJob_PrefixStates prefixes the names of the states under root.
func BedrockCreateModelCustomizationJob_PrefixStates(root constructs.IConstruct, prefix *string) {
	awsstepfunctions.TaskStateBase_PrefixStates(root, prefix)
}

// BedrockCreateModelCustomizationJobProps configures a BedrockCreateModelCustomizationJob task.
type BedrockCreateModelCustomizationJobProps struct {
	Comment            *string                                      `field:"optional" json:"comment" yaml:"comment"`
	QueryLanguage      awsstepfunctions.QueryLanguage               `field:"optional" json:"queryLanguage" yaml:"queryLanguage"`
	StateName          *string                                      `field:"optional" json:"stateName" yaml:"stateName"`
	Credentials        *awsstepfunctions.Credentials                `field:"optional" json:"credentials" yaml:"credentials"`
	Heartbeat          awscdk.Duration                              `field:"optional" json:"heartbeat" yaml:"heartbeat"`
	HeartbeatTimeout   awsstepfunctions.Timeout                     `field:"optional" json:"heartbeatTimeout" yaml:"heartbeatTimeout"`
	IntegrationPattern awsstepfunctions.IntegrationPattern          `field:"optional" json:"integrationPattern" yaml:"integrationPattern"`
	TaskTimeout        awsstepfunctions.Timeout                     `field:"optional" json:"taskTimeout" yaml:"taskTimeout"`
	Timeout            awscdk.Duration                              `field:"optional" json:"timeout" yaml:"timeout"`
	Assign             *map[string]interface{}                      `field:"optional" json:"assign" yaml:"assign"`
	InputPath          *string                                      `field:"optional" json:"inputPath" yaml:"inputPath"`
	OutputPath         *string                                      `field:"optional" json:"outputPath" yaml:"outputPath"`
	Outputs            interface{}                                  `field:"optional" json:"outputs" yaml:"outputs"`
	ResultPath         *string                                      `field:"optional" json:"resultPath" yaml:"resultPath"`
	ResultSelector     *map[string]interface{}                      `field:"optional" json:"resultSelector" yaml:"resultSelector"`
	BaseModel          awsbedrock.IModel                            `field:"required" json:"baseModel" yaml:"baseModel"`
	CustomModelName    *string                                      `field:"required" json:"customModelName" yaml:"customModelName"`
	JobName            *string                                      `field:"required" json:"jobName" yaml:"jobName"`
	OutputData         *OutputBucketConfiguration                   `field:"required" json:"outputData" yaml:"outputData"`
	TrainingData       *TrainingBucketConfiguration                 `field:"required" json:"trainingData" yaml:"trainingData"`
	ClientRequestToken *string                                      `field:"optional" json:"clientRequestToken" yaml:"clientRequestToken"`
	CustomizationType  CustomizationType                            `field:"optional" json:"customizationType" yaml:"customizationType"`
	CustomModelKmsKey  awskms.IKey                                  `field:"optional" json:"customModelKmsKey" yaml:"customModelKmsKey"`
	CustomModelTags    *[]*CustomModelTag                           `field:"optional" json:"customModelTags" yaml:"customModelTags"`
	HyperParameters    *map[string]*string                          `field:"optional" json:"hyperParameters" yaml:"hyperParameters"`
	JobTags            *[]*CustomModelTag                           `field:"optional" json:"jobTags" yaml:"jobTags"`
	Role               interfacesawsiam.IRoleRef                    `field:"optional" json:"role" yaml:"role"`
	ValidationData     *[]*ValidationBucketConfiguration            `field:"optional" json:"validationData" yaml:"validationData"`
	VpcConfig          IBedrockCreateModelCustomizationJobVpcConfig `field:"optional" json:"vpcConfig" yaml:"vpcConfig"`
}

// CustomizationType is the kind of model customization.
type CustomizationType string

const (
	CustomizationType_FINE_TUNING            CustomizationType = "FINE_TUNING"
	CustomizationType_CONTINUED_PRE_TRAINING CustomizationType = "CONTINUED_PRE_TRAINING"
	CustomizationType_DISTILLATION           CustomizationType = "DISTILLATION"
)

// CustomModelTag is a tag of the custom model or of the job.
type CustomModelTag struct {
	Key   *string `field:"required" json:"key" yaml:"key"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

// IBedrockCreateModelCustomizationJobVpcConfig is the VPC a customization
// job runs in.
type IBedrockCreateModelCustomizationJobVpcConfig interface {
	// SecurityGroups are the job's security groups (1 to 5).
	SecurityGroups() *[]awsec2.ISecurityGroup
	// Subnets are the job's subnets (1 to 16).
	Subnets() *[]awsec2.ISubnet
}

// DataBucketConfiguration is an S3 location of a customization job's data.
type DataBucketConfiguration struct {
	Bucket awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	// The key prefix or object key in the bucket; the bucket's root when absent.
	Path *string `field:"optional" json:"path" yaml:"path"`
}

// OutputBucketConfiguration is where a customization job writes its output.
type OutputBucketConfiguration struct {
	Bucket awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	// The key prefix or object key in the bucket; the bucket's root when absent.
	Path *string `field:"optional" json:"path" yaml:"path"`
}

// TrainingBucketConfiguration is where a customization job reads its training data.
type TrainingBucketConfiguration struct {
	Bucket awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	// The key prefix or object key in the bucket; the bucket's root when absent.
	Path *string `field:"optional" json:"path" yaml:"path"`
}

// ValidationBucketConfiguration is where a customization job reads validation data.
type ValidationBucketConfiguration struct {
	Bucket awss3.IBucket `field:"required" json:"bucket" yaml:"bucket"`
	// The key prefix or object key in the bucket; the bucket's root when absent.
	Path *string `field:"optional" json:"path" yaml:"path"`
}

type customizationJob struct {
	*task
	role interfacesawsiam.IRoleRef
}

func (c *customizationJob) Role() awsiam.IRole {
	if r, ok := c.role.(awsiam.IRole); ok {
		return r
	}
	name := reflect.TypeOf(c.role).String()
	throw(c, "Role is not an instance of IRole: %s", name)
	return nil
}

var (
	customizationTokenPattern = regexp.MustCompile(`^[a-zA-Z0-9](-*[a-zA-Z0-9])*$`)
	customModelNamePattern    = regexp.MustCompile(`^([0-9a-zA-Z][_-]?)+$`)
	customizationJobPattern   = regexp.MustCompile(`^[a-zA-Z0-9](-*[a-zA-Z0-9+\-.])*$`)
)

func newBedrockCreateModelCustomizationJob(scope constructs.Construct, id *string, props *BedrockCreateModelCustomizationJobProps) BedrockCreateModelCustomizationJob {
	required(scope, id, "BedrockCreateModelCustomizationJob", props, "BaseModel", "CustomModelName", "JobName", "OutputData", "TrainingData")
	t := newTask(scope, id, props)
	job := &customizationJob{task: t}
	pattern := props.IntegrationPattern
	if pattern == "" {
		pattern = awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE
	}
	length := func(name string, min, max int, v *string) {
		if v != nil && !*awscdk.Token_IsUnresolved(*v) && (jsLength(*v) < min || jsLength(*v) > max) {
			throw(t, "%s must be between %d and %d characters long, got: %d.", name, min, max, jsLength(*v))
		}
	}
	match := func(name string, re *regexp.Regexp, literal string, v *string) {
		if v != nil && !*awscdk.Token_IsUnresolved(*v) && !re.MatchString(*v) {
			throw(t, "%s must match the pattern %s, got: %s.", name, literal, *v)
		}
	}
	items := func(name string, min, max int, n int, given bool) {
		if given && (n < min || n > max) {
			throw(t, "%s must be between %d and %d items long, got: %d.", name, min, max, n)
		}
	}
	length("clientRequestToken", 1, 256, props.ClientRequestToken)
	match("clientRequestToken", customizationTokenPattern, `/^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/`, props.ClientRequestToken)
	length("customModelName", 1, 63, props.CustomModelName)
	match("customModelName", customModelNamePattern, `/^([0-9a-zA-Z][_-]?)+$/`, props.CustomModelName)
	if props.CustomModelTags != nil {
		items("customModelTags", 0, 200, len(*props.CustomModelTags), true)
	}
	length("jobName", 1, 63, props.JobName)
	match("jobName", customizationJobPattern, `/^[a-zA-Z0-9](-*[a-zA-Z0-9\+\-\.])*$/`, props.JobName)
	if props.JobTags != nil {
		items("jobTags", 0, 200, len(*props.JobTags), true)
	}
	if props.ValidationData != nil {
		items("validationData", 1, 10, len(*props.ValidationData), true)
	}
	var sgs []awsec2.ISecurityGroup
	var subnets []awsec2.ISubnet
	if v := props.VpcConfig; v != nil {
		if p := v.SecurityGroups(); p != nil {
			sgs = *p
			items("securityGroups", 1, 5, len(sgs), true)
		}
		if p := v.Subnets(); p != nil {
			subnets = *p
			items("subnets", 1, 16, len(subnets), true)
		}
	}
	validatePattern(pattern, awsstepfunctions.IntegrationPattern_REQUEST_RESPONSE, awsstepfunctions.IntegrationPattern_RUN_JOB)
	if props.ValidationData == nil {
		if hp := props.HyperParameters; hp == nil || (*hp)["Evaluation percentage"] == nil || *(*hp)["Evaluation percentage"] == "" {
			throw(t, "validationData or Evaluation percentage hyperparameter must be provided.")
		}
	}

	stack := awscdk.Stack_Of(t)
	arn := func(service, resource, name string) *string {
		return stack.FormatArn(&awscdk.ArnComponents{Service: jsii.String(service), Resource: jsii.String(resource), ResourceName: jsii.String(name)})
	}
	jobArns := func() *string { return arn("bedrock", "model-customization-job", "*") }
	if props.Role != nil {
		job.role = props.Role
	} else {
		principal := awsiam.NewPrincipalWithConditions(awsiam.NewServicePrincipal(jsii.String("bedrock.amazonaws.com"), nil), &map[string]interface{}{})
		principal.AddCondition(jsii.String("StringEquals"), obj("aws:SourceAccount", stack.Account()))
		principal.AddCondition(jsii.String("ArnEquals"), obj("aws:SourceArn", jobArns()))
		var statements []awsiam.PolicyStatement
		if props.VpcConfig != nil {
			statements = append(statements, customizationVpcStatements(sgs, subnets, arn, jobArns)...)
		}
		train := props.TrainingData.Bucket.BucketArn()
		read := []*string{train, jsii.String(*train + "/*")}
		if props.ValidationData != nil {
			for _, v := range *props.ValidationData {
				read = append(read, v.Bucket.BucketArn())
			}
			for _, v := range *props.ValidationData {
				read = append(read, jsii.String(*v.Bucket.BucketArn()+"/*"))
			}
		}
		out := props.OutputData.Bucket.BucketArn()
		statements = append(statements, statement([]string{"s3:GetObject", "s3:ListBucket"}, read...),
			statement([]string{"s3:GetObject", "s3:PutObject", "s3:ListBucket"}, out, jsii.String(*out+"/*")))
		job.role = awsiam.NewRole(t, jsii.String("BedrockRole"), &awsiam.RoleProps{
			AssumedBy: principal,
			InlinePolicies: &map[string]awsiam.PolicyDocument{
				"BedrockCreateModelCustomizationJob": awsiam.NewPolicyDocument(&awsiam.PolicyDocumentProps{Statements: &statements}),
			},
		})
	}
	roleArn := job.role.RoleRef().RoleArn
	t.policies = []awsiam.PolicyStatement{
		statement([]string{"bedrock:CreateModelCustomizationJob", "bedrock:TagResource"}, props.BaseModel.ModelArn(), arn("bedrock", "custom-model", "*"), jobArns()),
		statement([]string{"iam:PassRole"}, roleArn),
	}
	if key := props.CustomModelKmsKey; key != nil {
		s := awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Actions:    jsii.Strings("kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey", "kms:CreateGrant"),
			Resources:  jsii.Strings("*"),
			Principals: &[]awsiam.IPrincipal{awsiam.NewArnPrincipal(roleArn)},
		})
		s.AddCondition(jsii.String("StringEquals"), obj("kms:ViaService", []interface{}{"bedrock." + *stack.Region() + ".amazonaws.com"}))
		if r := key.AddToResourcePolicy(s, jsii.Bool(true)); r != nil && r.StatementAdded != nil && !*r.StatementAdded {
			throw(t, "Imported KMS key is not used as the `customModelKmsKey`.")
		}
	}
	t.Hook.Render = func(string) interface{} {
		s3url := func(b awss3.IBucket, path *string) interface{} { return obj("S3Uri", b.S3UrlForObject(path)) }
		tags := func(p *[]*CustomModelTag) interface{} {
			if p == nil {
				return nil
			}
			out := []interface{}{}
			for _, tag := range *p {
				out = append(out, obj("Key", tag.Key, "Value", tag.Value))
			}
			return out
		}
		var validation, vpc, kmsArn interface{}
		if props.ValidationData != nil {
			vs := []interface{}{}
			for _, v := range *props.ValidationData {
				vs = append(vs, s3url(v.Bucket, v.Path))
			}
			validation = obj("Validators", vs)
		}
		if props.VpcConfig != nil {
			ids := func(n int, at func(i int) *string) []interface{} {
				out := make([]interface{}, n)
				for i := range out {
					out[i] = *at(i)
				}
				return out
			}
			vpc = obj("SecurityGroupIds", ids(len(sgs), func(i int) *string { return sgs[i].SecurityGroupId() }),
				"SubnetIds", ids(len(subnets), func(i int) *string { return subnets[i].SubnetId() }))
		}
		if props.CustomModelKmsKey != nil {
			kmsArn = props.CustomModelKmsKey.KeyArn()
		}
		var ctype interface{}
		if props.CustomizationType != "" {
			ctype = string(props.CustomizationType)
		}
		params := obj("BaseModelIdentifier", props.BaseModel.ModelArn(), "ClientRequestToken", props.ClientRequestToken, "CustomizationType", ctype,
			"CustomModelKmsKeyId", kmsArn, "CustomModelName", props.CustomModelName, "CustomModelTags", tags(props.CustomModelTags),
			"HyperParameters", props.HyperParameters, "JobName", props.JobName, "JobTags", tags(props.JobTags),
			"OutputDataConfig", s3url(props.OutputData.Bucket, props.OutputData.Path), "RoleArn", roleArn,
			"TrainingDataConfig", s3url(props.TrainingData.Bucket, props.TrainingData.Path), "ValidationDataConfig", validation, "VpcConfig", vpc)
		o := ojson.New()
		o.Set("Resource", integrationResourceArn("bedrock", "createModelCustomizationJob", ""))
		o.Set("Parameters", renderFields(params))
		return o
	}
	return job
}

// customizationVpcStatements let Bedrock manage the job's network
// interfaces in the given security groups and subnets.
func customizationVpcStatements(sgs []awsec2.ISecurityGroup, subnets []awsec2.ISubnet, arn func(service, resource, name string) *string, jobArns func() *string) []awsiam.PolicyStatement {
	describe := statement([]string{"ec2:DescribeNetworkInterfaces", "ec2:DescribeVpcs", "ec2:DescribeDhcpOptions", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"}, jsii.String("*"))
	create := statement([]string{"ec2:CreateNetworkInterface"}, arn("ec2", "network-interface", "*"))
	create.AddCondition(jsii.String("StringEquals"), obj("aws:RequestTag/BedrockManaged", []interface{}{"true"}))
	create.AddCondition(jsii.String("ArnEquals"), obj("aws:RequestTag/BedrockModelCustomizationJobArn", []interface{}{jobArns()}))
	var where []*string
	var subnetArns []interface{}
	for _, sg := range sgs {
		where = append(where, arn("ec2", "security-group", *sg.SecurityGroupId()))
	}
	for _, s := range subnets {
		a := arn("ec2", "subnet", *s.SubnetId())
		where = append(where, a)
		subnetArns = append(subnetArns, a)
	}
	createIn := statement([]string{"ec2:CreateNetworkInterface"}, where...)
	manage := statement([]string{"ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface", "ec2:DeleteNetworkInterfacePermission"}, jsii.String("*"))
	if subnetArns == nil {
		subnetArns = []interface{}{}
	}
	manage.AddCondition(jsii.String("ArnEquals"), obj("ec2:Subnet", subnetArns, "ec2:ResourceTag/BedrockModelCustomizationJobArn", []interface{}{jobArns()}))
	manage.AddCondition(jsii.String("StringEquals"), obj("ec2:ResourceTag/BedrockManaged", "true"))
	tag := statement([]string{"ec2:CreateTags"}, arn("ec2", "network-interface", "*"))
	tag.AddCondition(jsii.String("StringEquals"), obj("ec2:CreateAction", []interface{}{"CreateNetworkInterface"}))
	tag.AddCondition(jsii.String("ForAllValues:StringEquals"), obj("aws:TagKeys", []interface{}{"BedrockManaged", "BedrockModelCustomizationJobArn"}))
	return []awsiam.PolicyStatement{describe, create, createIn, manage, tag}
}
