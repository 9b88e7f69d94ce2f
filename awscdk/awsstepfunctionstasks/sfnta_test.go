package awsstepfunctionstasks_test

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecr"
	"github.com/strata-cdk/strata/awscdk/awsecrassets"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awss3"
	sfn "github.com/strata-cdk/strata/awscdk/awsstepfunctions"
	tasks "github.com/strata-cdk/strata/awscdk/awsstepfunctionstasks"
	"github.com/strata-cdk/strata/jsii"
)

// The Go twins of the sfnta block of testdata/twins.js (SageMaker and
// EMR cluster tasks), added to the shared case tables.
func init() {
	for k, v := range sfntaTemplates {
		templateCases[k] = v
	}
	for k, v := range sfntaErrors {
		errorCases[k] = v
	}
}

func vpc1(s awscdk.Stack) awsec2.Vpc {
	return awsec2.NewVpc(s, str("Vpc"), &awsec2.VpcProps{MaxAzs: num(1)})
}

var sfntaTemplates = map[string]func(s awscdk.Stack){
	"SmModel": func(s awscdk.Stack) {
		bucket := awss3.NewBucket(s, str("Bucket"), nil)
		repo := awsecr.NewRepository(s, str("Repo"), nil)
		vpc := vpc1(s)
		a := tasks.NewSageMakerCreateModel(s, str("Model"), &tasks.SageMakerCreateModelProps{ModelName: str("MyModel"), EnableNetworkIsolation: jsii.Bool(true),
			Tags: sfn.TaskInput_FromObject(&map[string]interface{}{"k": "v"}), Vpc: vpc,
			SubnetSelection: &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS},
			PrimaryContainer: tasks.NewContainerDefinition(&tasks.ContainerDefinitionOptions{Image: tasks.DockerImage_FromEcrRepository(repo, str("v1")),
				Mode: tasks.Mode_SINGLE_MODEL, ContainerHostName: str("h"), ModelS3Location: tasks.S3Location_FromBucket(bucket, str("models/")),
				EnvironmentVariables: sfn.TaskInput_FromObject(&map[string]interface{}{"A": "b"})}),
			Containers: &[]tasks.IContainerDefinition{tasks.NewContainerDefinition(&tasks.ContainerDefinitionOptions{
				Image: tasks.DockerImage_FromJsonExpression(sfn.JsonPath_StringAt(str("$.img")), nil), ModelPackageName: str("pkg")})}})
		a.AddSecurityGroup(awsec2.NewSecurityGroup(s, str("Extra"), &awsec2.SecurityGroupProps{Vpc: vpc}))
		b := tasks.SageMakerCreateModel_JsonPath(s, str("ModelPath"), &tasks.SageMakerCreateModelJsonPathProps{ModelName: sfn.JsonPath_StringAt(str("$.name")),
			Role: awsiam.Role_FromRoleArn(s, str("Imported"), str("arn:aws:iam::111111111111:role/sm"), nil),
			PrimaryContainer: tasks.NewContainerDefinition(&tasks.ContainerDefinitionOptions{Image: tasks.DockerImage_FromRegistry(str("111111111111.dkr.ecr.us-east-1.amazonaws.com/x:1")),
				ModelS3Location: tasks.S3Location_FromJsonExpression(str("$.model"))})})
		c := tasks.SageMakerCreateModel_Jsonata(s, str("ModelNata"), &tasks.SageMakerCreateModelJsonataProps{ModelName: str("{% $states.input.name %}"), Outputs: "{% $states.result %}",
			PrimaryContainer: tasks.NewContainerDefinition(&tasks.ContainerDefinitionOptions{Image: tasks.DockerImage_FromJsonExpression(str("{% $states.input.img %}"), jsii.Bool(false)),
				ModelS3Location: tasks.S3Location_FromJsonExpression(str("{% $states.input.m %}"))})})
		machine(s, a.Next(b).Next(c), nil)
	},
	"SmEndpointConfig": func(s awscdk.Stack) {
		key := awskms.NewKey(s, str("Key"), nil)
		a := tasks.NewSageMakerCreateEndpointConfig(s, str("Config"), &tasks.SageMakerCreateEndpointConfigProps{EndpointConfigName: str("MyConfig"), KmsKey: key,
			Tags: sfn.TaskInput_FromObject(&map[string]interface{}{"k": "v"}), ProductionVariants: &[]*tasks.ProductionVariant{
				{InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_M5, awsec2.InstanceSize_LARGE), ModelName: str("m"), VariantName: str("v1"),
					InitialInstanceCount: num(2), InitialVariantWeight: num(0.5), AcceleratorType: tasks.AcceleratorType_Of(tasks.AcceleratorClass_EIA2(), awsec2.InstanceSize_MEDIUM)},
				{InstanceType: awsec2.NewInstanceType(sfn.JsonPath_StringAt(str("$.type"))), ModelName: sfn.JsonPath_StringAt(str("$.m")), VariantName: str("v2"),
					AcceleratorType: tasks.NewAcceleratorType(str("ml.eia1.large"))}}})
		b := tasks.SageMakerCreateEndpointConfig_Jsonata(s, str("ConfigNata"), &tasks.SageMakerCreateEndpointConfigJsonataProps{EndpointConfigName: str("{% $x %}"),
			ProductionVariants: &[]*tasks.ProductionVariant{{InstanceType: awsec2.NewInstanceType(str("{% $t %}")), ModelName: str("m"), VariantName: str("v")}}})
		c := tasks.SageMakerCreateEndpointConfig_JsonPath(s, str("ConfigPath"), &tasks.SageMakerCreateEndpointConfigJsonPathProps{EndpointConfigName: sfn.JsonPath_StringAt(str("$.c")),
			ProductionVariants: &[]*tasks.ProductionVariant{{InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_C5, awsec2.InstanceSize_XLARGE), ModelName: str("m"), VariantName: str("v")}}})
		machine(s, a.Next(b).Next(c), nil)
	},
	"SmTraining": func(s awscdk.Stack) {
		bucket := awss3.NewBucket(s, str("Bucket"), nil)
		key := awskms.NewKey(s, str("Key"), nil)
		vpc := vpc1(s)
		a := tasks.NewSageMakerCreateTrainingJob(s, str("Train"), &tasks.SageMakerCreateTrainingJobProps{TrainingJobName: str("MyJob"), IntegrationPattern: sfn.IntegrationPattern_RUN_JOB,
			EnableNetworkIsolation: jsii.Bool(true),
			AlgorithmSpecification: &tasks.AlgorithmSpecification{TrainingImage: tasks.DockerImage_FromRegistry(str("img:1")), TrainingInputMode: tasks.InputMode_PIPE,
				MetricDefinitions: &[]*tasks.MetricDefinition{{Name: str("loss"), Regex: str("l=(.*)")}}},
			InputDataConfig: &[]*tasks.Channel{
				{ChannelName: str("train"), DataSource: &tasks.DataSource{S3DataSource: &tasks.S3DataSource{S3Location: tasks.S3Location_FromBucket(bucket, str("train/")),
					S3DataDistributionType: tasks.S3DataDistributionType_FULLY_REPLICATED, AttributeNames: jsii.Strings("a")}},
					CompressionType: tasks.CompressionType_GZIP, ContentType: str("text/csv"), InputMode: tasks.InputMode_FILE, RecordWrapperType: tasks.RecordWrapperType_RECORD_IO,
					ShuffleConfig: &tasks.ShuffleConfig{Seed: num(1)}},
				{ChannelName: str("test"), DataSource: &tasks.DataSource{S3DataSource: &tasks.S3DataSource{S3Location: tasks.S3Location_FromJsonExpression(str("$.test")),
					S3DataType: tasks.S3DataType_MANIFEST_FILE}}}},
			OutputDataConfig: &tasks.OutputDataConfig{S3OutputLocation: tasks.S3Location_FromBucket(bucket, str("out/")), EncryptionKey: key},
			ResourceConfig: &tasks.ResourceConfig{InstanceCount: num(2), InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_P3, awsec2.InstanceSize_XLARGE2),
				VolumeSize: awscdk.Size_Gibibytes(num(50)), VolumeEncryptionKey: key},
			StoppingCondition: &tasks.StoppingCondition{MaxRuntime: awscdk.Duration_Hours(num(2))},
			Hyperparameters:   &map[string]interface{}{"lr": 0.1, "epochs": "10"}, Tags: &map[string]*string{"b": str("2"), "a": str("1")},
			Environment: &map[string]*string{"Z": str("z"), "A": str("a")}, VpcConfig: &tasks.VpcConfig{Vpc: vpc}})
		a.AddSecurityGroup(awsec2.NewSecurityGroup(s, str("Extra"), &awsec2.SecurityGroupProps{Vpc: vpc}))
		role := awsiam.NewRole(s, str("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("sagemaker.amazonaws.com"), nil)})
		b := tasks.SageMakerCreateTrainingJob_JsonPath(s, str("TrainPath"), &tasks.SageMakerCreateTrainingJobJsonPathProps{TrainingJobName: sfn.JsonPath_StringAt(str("$.name")), Role: role,
			AlgorithmSpecification: &tasks.AlgorithmSpecification{AlgorithmName: str("BlazingText")},
			OutputDataConfig:       &tasks.OutputDataConfig{S3OutputLocation: tasks.S3Location_FromJsonExpression(str("$.out"))}, StoppingCondition: &tasks.StoppingCondition{}})
		c := tasks.SageMakerCreateTrainingJob_Jsonata(s, str("TrainNata"), &tasks.SageMakerCreateTrainingJobJsonataProps{TrainingJobName: str("{% $n %}"),
			AlgorithmSpecification: &tasks.AlgorithmSpecification{TrainingImage: tasks.DockerImage_FromJsonExpression(str("{% $img %}"), nil)},
			OutputDataConfig:       &tasks.OutputDataConfig{S3OutputLocation: tasks.S3Location_FromJsonExpression(str("{% $o %}"))},
			ResourceConfig:         &tasks.ResourceConfig{InstanceCount: num(1), InstanceType: awsec2.NewInstanceType(str("{% $t %}")), VolumeSize: awscdk.Size_Gibibytes(num(5))}})
		machine(s, a.Next(b).Next(c), nil)
	},
	"SmTransform": func(s awscdk.Stack) {
		key := awskms.NewKey(s, str("Key"), nil)
		a := tasks.NewSageMakerCreateTransformJob(s, str("Transform"), &tasks.SageMakerCreateTransformJobProps{TransformJobName: str("MyTransform"), ModelName: str("m"),
			IntegrationPattern: sfn.IntegrationPattern_RUN_JOB, BatchStrategy: tasks.BatchStrategy_MULTI_RECORD, Environment: &map[string]*string{"B": str("b"), "A": str("a")},
			MaxConcurrentTransforms: num(3), MaxPayload: awscdk.Size_Mebibytes(num(20)),
			ModelClientOptions: &tasks.ModelClientOptions{InvocationsMaxRetries: num(2), InvocationsTimeout: awscdk.Duration_Minutes(num(2))}, Tags: &map[string]*string{"k": str("v")},
			TransformInput: &tasks.TransformInput{TransformDataSource: &tasks.TransformDataSource{S3DataSource: &tasks.TransformS3DataSource{S3Uri: str("s3://b/in"), S3DataType: tasks.S3DataType_S3_PREFIX}},
				CompressionType: tasks.CompressionType_GZIP, ContentType: str("text/csv"), SplitType: tasks.SplitType_LINE},
			TransformOutput:    &tasks.TransformOutput{S3OutputPath: str("s3://b/out"), Accept: str("text/csv"), AssembleWith: tasks.AssembleWith_LINE, EncryptionKey: key},
			TransformResources: &tasks.TransformResources{InstanceCount: num(2), InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_M5, awsec2.InstanceSize_XLARGE), VolumeEncryptionKey: key}})
		role := awsiam.Role_FromRoleArn(s, str("Imported"), str("arn:aws:iam::111111111111:role/sm"), nil)
		b := tasks.SageMakerCreateTransformJob_JsonPath(s, str("TransformPath"), &tasks.SageMakerCreateTransformJobJsonPathProps{TransformJobName: sfn.JsonPath_StringAt(str("$.n")),
			ModelName: sfn.JsonPath_StringAt(str("$.m")), Role: role, ModelClientOptions: &tasks.ModelClientOptions{},
			TransformInput:  &tasks.TransformInput{TransformDataSource: &tasks.TransformDataSource{S3DataSource: &tasks.TransformS3DataSource{S3Uri: sfn.JsonPath_StringAt(str("$.in"))}}},
			TransformOutput: &tasks.TransformOutput{S3OutputPath: sfn.JsonPath_StringAt(str("$.out"))}})
		c := tasks.SageMakerCreateTransformJob_Jsonata(s, str("TransformNata"), &tasks.SageMakerCreateTransformJobJsonataProps{TransformJobName: str("{% $n %}"), ModelName: str("m"),
			TransformInput: &tasks.TransformInput{TransformDataSource: &tasks.TransformDataSource{S3DataSource: &tasks.TransformS3DataSource{S3Uri: str("{% $in %}"),
				S3DataType: tasks.S3DataType_AUGMENTED_MANIFEST_FILE}}, SplitType: tasks.SplitType_TF_RECORD},
			TransformOutput:    &tasks.TransformOutput{S3OutputPath: str("{% $out %}"), AssembleWith: tasks.AssembleWith_NONE},
			TransformResources: &tasks.TransformResources{InstanceCount: num(1), InstanceType: awsec2.NewInstanceType(str("{% $t %}"))}})
		machine(s, a.Next(b).Next(c), nil)
	},
}

func smVariant() *tasks.ProductionVariant {
	return &tasks.ProductionVariant{InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_M5, awsec2.InstanceSize_LARGE), ModelName: str("m"), VariantName: str("v")}
}

func smOut() *tasks.OutputDataConfig {
	return &tasks.OutputDataConfig{S3OutputLocation: tasks.S3Location_FromJsonExpression(str("$.o"))}
}

func smTin() *tasks.TransformInput {
	return &tasks.TransformInput{TransformDataSource: &tasks.TransformDataSource{S3DataSource: &tasks.TransformS3DataSource{S3Uri: str("s3://b/in")}}}
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

var sfntaErrors = map[string]func(s awscdk.Stack){
	"SmModelRunJob": func(s awscdk.Stack) {
		tasks.NewSageMakerCreateModel(s, str("T"), &tasks.SageMakerCreateModelProps{ModelName: str("m"), PrimaryContainer: tasks.NewContainerDefinition(&tasks.ContainerDefinitionOptions{}),
			IntegrationPattern: sfn.IntegrationPattern_RUN_JOB})
	},
	"SmVariantsEmpty": func(s awscdk.Stack) {
		tasks.NewSageMakerCreateEndpointConfig(s, str("T"), &tasks.SageMakerCreateEndpointConfigProps{EndpointConfigName: str("c"), ProductionVariants: &[]*tasks.ProductionVariant{}})
	},
	"SmVariantsMany": func(s awscdk.Stack) {
		l := []*tasks.ProductionVariant{}
		for i := 0; i < 11; i++ {
			l = append(l, smVariant())
		}
		tasks.NewSageMakerCreateEndpointConfig(s, str("T"), &tasks.SageMakerCreateEndpointConfigProps{EndpointConfigName: str("c"), ProductionVariants: &l})
	},
	"SmVariantCount": func(s awscdk.Stack) {
		v := smVariant()
		v.InitialInstanceCount = num(0.5)
		tasks.NewSageMakerCreateEndpointConfig(s, str("T"), &tasks.SageMakerCreateEndpointConfigProps{EndpointConfigName: str("c"), ProductionVariants: &[]*tasks.ProductionVariant{v}})
	},
	"SmVariantWeight": func(s awscdk.Stack) {
		v := smVariant()
		v.InitialVariantWeight = num(-1)
		tasks.NewSageMakerCreateEndpointConfig(s, str("T"), &tasks.SageMakerCreateEndpointConfigProps{EndpointConfigName: str("c"), ProductionVariants: &[]*tasks.ProductionVariant{v}})
	},
	"SmTrainNoAlgo": func(s awscdk.Stack) {
		tasks.NewSageMakerCreateTrainingJob(s, str("T"), &tasks.SageMakerCreateTrainingJobProps{TrainingJobName: str("j"), AlgorithmSpecification: &tasks.AlgorithmSpecification{}, OutputDataConfig: smOut()})
	},
	"SmTrainBoth": func(s awscdk.Stack) {
		tasks.NewSageMakerCreateTrainingJob(s, str("T"), &tasks.SageMakerCreateTrainingJobProps{TrainingJobName: str("j"),
			AlgorithmSpecification: &tasks.AlgorithmSpecification{TrainingImage: tasks.DockerImage_FromRegistry(str("i")), AlgorithmName: str("a")}, OutputDataConfig: smOut()})
	},
	"SmTrainAlgoName": func(s awscdk.Stack) {
		tasks.NewSageMakerCreateTrainingJob(s, str("T"), &tasks.SageMakerCreateTrainingJobProps{TrainingJobName: str("j"),
			AlgorithmSpecification: &tasks.AlgorithmSpecification{AlgorithmName: str("bad-")}, OutputDataConfig: smOut()})
	},
	"SmTrainAlgoLong": func(s awscdk.Stack) {
		tasks.NewSageMakerCreateTrainingJob(s, str("T"), &tasks.SageMakerCreateTrainingJobProps{TrainingJobName: str("j"),
			AlgorithmSpecification: &tasks.AlgorithmSpecification{AlgorithmName: str(repeat("a", 171))}, OutputDataConfig: smOut()})
	},
	"SmTrainCallback": func(s awscdk.Stack) {
		tasks.NewSageMakerCreateTrainingJob(s, str("T"), &tasks.SageMakerCreateTrainingJobProps{TrainingJobName: str("j"),
			AlgorithmSpecification: &tasks.AlgorithmSpecification{TrainingImage: tasks.DockerImage_FromRegistry(str("i"))}, OutputDataConfig: smOut(),
			IntegrationPattern: sfn.IntegrationPattern_WAIT_FOR_TASK_TOKEN})
	},
	"SmTransformRetries": func(s awscdk.Stack) {
		machine(s, tasks.NewSageMakerCreateTransformJob(s, str("T"), &tasks.SageMakerCreateTransformJobProps{TransformJobName: str("j"), ModelName: str("m"), TransformInput: smTin(),
			TransformOutput: &tasks.TransformOutput{S3OutputPath: str("s3://b/o")}, ModelClientOptions: &tasks.ModelClientOptions{InvocationsMaxRetries: num(4)}}).
			Next(sfn.NewPass(s, str("P"), nil)), nil)
	},
	"SmTransformTimeout": func(s awscdk.Stack) {
		machine(s, tasks.NewSageMakerCreateTransformJob(s, str("T"), &tasks.SageMakerCreateTransformJobProps{TransformJobName: str("j"), ModelName: str("m"), TransformInput: smTin(),
			TransformOutput: &tasks.TransformOutput{S3OutputPath: str("s3://b/o")}, ModelClientOptions: &tasks.ModelClientOptions{InvocationsTimeout: awscdk.Duration_Hours(num(2))}}).
			Next(sfn.NewPass(s, str("P"), nil)), nil)
	},
}

// sfntaNil builds each new task with nil or empty props: an error naming
// the construct path and what is required, never a Go panic trace.
var sfntaNil = map[string]func(s awscdk.Stack){
	"SageMakerCreateModel": func(s awscdk.Stack) { tasks.NewSageMakerCreateModel(s, str("T"), nil) },
	"SageMakerCreateModelJsonata": func(s awscdk.Stack) {
		tasks.SageMakerCreateModel_Jsonata(s, str("T"), &tasks.SageMakerCreateModelJsonataProps{ModelName: str("m")})
	},
	"SageMakerCreateEndpointConfig": func(s awscdk.Stack) { tasks.NewSageMakerCreateEndpointConfig(s, str("T"), nil) },
	"SageMakerCreateTrainingJob":    func(s awscdk.Stack) { tasks.SageMakerCreateTrainingJob_JsonPath(s, str("T"), nil) },
	"SageMakerCreateTransformJob": func(s awscdk.Stack) {
		tasks.NewSageMakerCreateTransformJob(s, str("T"), &tasks.SageMakerCreateTransformJobProps{ModelName: str("m")})
	},
}

func init() {
	templateCases["SmAsset"] = func(s awscdk.Stack) {
		machine(s, tasks.NewSageMakerCreateTrainingJob(s, str("Train"), &tasks.SageMakerCreateTrainingJobProps{TrainingJobName: str("AssetJob"),
			AlgorithmSpecification: &tasks.AlgorithmSpecification{TrainingImage: tasks.DockerImage_FromAsset(s, str("Image"),
				&awsecrassets.DockerImageAssetProps{Directory: str("testdata/smimage")})},
			OutputDataConfig: &tasks.OutputDataConfig{S3OutputLocation: tasks.S3Location_FromJsonExpression(str("$.out"))}}), nil)
	}
}

func init() {
	templateCases["SmDefaults"] = func(s awscdk.Stack) {
		bucket := awss3.NewBucket(s, str("Bucket"), nil)
		repo := awsecr.Repository_FromRepositoryName(s, str("Repo"), str("trainer"))
		a := tasks.NewSageMakerCreateModel(s, str("Model"), &tasks.SageMakerCreateModelProps{ModelName: str("pkg"),
			PrimaryContainer: tasks.NewContainerDefinition(&tasks.ContainerDefinitionOptions{ModelPackageName: str("arn:aws:sagemaker:us-east-1:111111111111:model-package/p/1")}),
			Containers: &[]tasks.IContainerDefinition{tasks.NewContainerDefinition(&tasks.ContainerDefinitionOptions{Image: tasks.DockerImage_FromEcrRepository(repo, nil),
				ModelS3Location: tasks.S3Location_FromBucket(bucket, nil)})}})
		b := tasks.NewSageMakerCreateTrainingJob(s, str("Train"), &tasks.SageMakerCreateTrainingJobProps{TrainingJobName: str("Root"),
			AlgorithmSpecification: &tasks.AlgorithmSpecification{AlgorithmName: str("arn:aws:sagemaker:us-east-1:111111111111:algorithm/my-algo")},
			OutputDataConfig:       &tasks.OutputDataConfig{S3OutputLocation: tasks.S3Location_FromBucket(bucket, nil)}})
		c := tasks.NewSageMakerCreateEndpointConfig(s, str("Config"), &tasks.SageMakerCreateEndpointConfigProps{EndpointConfigName: str("Cfg"),
			ProductionVariants: &[]*tasks.ProductionVariant{{InstanceType: awsec2.InstanceType_Of(awsec2.InstanceClass_M5, awsec2.InstanceSize_LARGE), ModelName: str("m"),
				VariantName: str("v"), InitialInstanceCount: num(0), InitialVariantWeight: num(0)}}})
		machine(s, a.Next(b).Next(c), nil)
	}
}
