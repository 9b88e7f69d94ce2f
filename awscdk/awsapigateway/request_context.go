package awsapigateway

// RequestContext picks the $context variables a Step Functions
// integration (StepFunctionsIntegration_StartExecution,
// StepFunctionsRestApi) passes on to its state machine, each true to
// include it.
type RequestContext struct {
	AccountId                     *bool `field:"optional" json:"accountId" yaml:"accountId"`
	ApiId                         *bool `field:"optional" json:"apiId" yaml:"apiId"`
	ApiKey                        *bool `field:"optional" json:"apiKey" yaml:"apiKey"`
	AuthorizerPrincipalId         *bool `field:"optional" json:"authorizerPrincipalId" yaml:"authorizerPrincipalId"`
	Caller                        *bool `field:"optional" json:"caller" yaml:"caller"`
	CognitoAuthenticationProvider *bool `field:"optional" json:"cognitoAuthenticationProvider" yaml:"cognitoAuthenticationProvider"`
	CognitoAuthenticationType     *bool `field:"optional" json:"cognitoAuthenticationType" yaml:"cognitoAuthenticationType"`
	CognitoIdentityId             *bool `field:"optional" json:"cognitoIdentityId" yaml:"cognitoIdentityId"`
	CognitoIdentityPoolId         *bool `field:"optional" json:"cognitoIdentityPoolId" yaml:"cognitoIdentityPoolId"`
	HttpMethod                    *bool `field:"optional" json:"httpMethod" yaml:"httpMethod"`
	RequestId                     *bool `field:"optional" json:"requestId" yaml:"requestId"`
	ResourceId                    *bool `field:"optional" json:"resourceId" yaml:"resourceId"`
	ResourcePath                  *bool `field:"optional" json:"resourcePath" yaml:"resourcePath"`
	SourceIp                      *bool `field:"optional" json:"sourceIp" yaml:"sourceIp"`
	Stage                         *bool `field:"optional" json:"stage" yaml:"stage"`
	User                          *bool `field:"optional" json:"user" yaml:"user"`
	UserAgent                     *bool `field:"optional" json:"userAgent" yaml:"userAgent"`
	UserArn                       *bool `field:"optional" json:"userArn" yaml:"userArn"`
}
