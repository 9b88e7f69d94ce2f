package awssagemaker

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawssagemaker"
)

// IPipeline is a SageMaker pipeline, as aws-cdk-lib's aws_sagemaker
// module declares it (the module has no Pipeline class): what
// awsschedulertargets.SageMakerStartPipelineExecution starts.
type IPipeline interface {
	interfacesawssagemaker.IPipelineRef
	awscdk.IResource
	// GrantStartPipelineExecution lets grantee start executions of the pipeline.
	GrantStartPipelineExecution(grantee awsiam.IGrantable) awsiam.Grant
	PipelineArn() *string
	PipelineName() *string
}
