package awsstepfunctionstasks

import "github.com/strata-cdk/strata/awscdk/awsec2"

// ContainerOverrides is the container overrides of aws-cdk-lib's removed
// RunBatchJob task, which its jsii assembly still exports; BatchSubmitJob
// takes BatchContainerOverrides, of the same shape.
type ContainerOverrides struct {
	Command      *[]*string          `field:"optional" json:"command" yaml:"command"`
	Environment  *map[string]*string `field:"optional" json:"environment" yaml:"environment"`
	GpuCount     *float64            `field:"optional" json:"gpuCount" yaml:"gpuCount"`
	InstanceType awsec2.InstanceType `field:"optional" json:"instanceType" yaml:"instanceType"`
	Memory       *float64            `field:"optional" json:"memory" yaml:"memory"`
	Vcpus        *float64            `field:"optional" json:"vcpus" yaml:"vcpus"`
}

// JobDependency is a job dependency of aws-cdk-lib's removed RunBatchJob
// task; BatchSubmitJob takes BatchJobDependency, of the same shape.
type JobDependency struct {
	JobId *string `field:"optional" json:"jobId" yaml:"jobId"`
	Type  *string `field:"optional" json:"type" yaml:"type"`
}
