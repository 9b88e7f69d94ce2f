module myapp

go 1.23.0

require (
  github.com/aws/aws-cdk-go/awscdk/v2 v2.275.0
  github.com/aws/constructs-go/constructs/v10 v10.5.0
  github.com/aws/jsii-runtime-go v1.121.0
)
