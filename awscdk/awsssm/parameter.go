package awsssm

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawsssm"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/host"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// ParameterType is the type of a parameter (for StringParameter, STRING only in practice).
type ParameterType string

const (
	ParameterType_STRING           ParameterType = "STRING"
	ParameterType_SECURE_STRING    ParameterType = "SECURE_STRING"
	ParameterType_STRING_LIST      ParameterType = "STRING_LIST"
	ParameterType_AWS_EC2_IMAGE_ID ParameterType = "AWS_EC2_IMAGE_ID"
)

var parameterTypeValues = map[ParameterType]string{
	ParameterType_STRING: "String", ParameterType_SECURE_STRING: "SecureString",
	ParameterType_STRING_LIST: "StringList", ParameterType_AWS_EC2_IMAGE_ID: "AWS::EC2::Image::Id",
}

// ParameterValueType is the type a template parameter reads a parameter's value as.
type ParameterValueType string

const (
	ParameterValueType_STRING                          ParameterValueType = "STRING"
	ParameterValueType_AWS_EC2_AVAILABILITYZONE_NAME   ParameterValueType = "AWS_EC2_AVAILABILITYZONE_NAME"
	ParameterValueType_AWS_EC2_IMAGE_ID                ParameterValueType = "AWS_EC2_IMAGE_ID"
	ParameterValueType_AWS_EC2_INSTANCE_ID             ParameterValueType = "AWS_EC2_INSTANCE_ID"
	ParameterValueType_AWS_EC2_KEYPAIR_KEYNAME         ParameterValueType = "AWS_EC2_KEYPAIR_KEYNAME"
	ParameterValueType_AWS_EC2_SECURITYGROUP_GROUPNAME ParameterValueType = "AWS_EC2_SECURITYGROUP_GROUPNAME"
	ParameterValueType_AWS_EC2_SECURITYGROUP_ID        ParameterValueType = "AWS_EC2_SECURITYGROUP_ID"
	ParameterValueType_AWS_EC2_SUBNET_ID               ParameterValueType = "AWS_EC2_SUBNET_ID"
	ParameterValueType_AWS_EC2_VOLUME_ID               ParameterValueType = "AWS_EC2_VOLUME_ID"
	ParameterValueType_AWS_EC2_VPC_ID                  ParameterValueType = "AWS_EC2_VPC_ID"
	ParameterValueType_AWS_ROUTE53_HOSTEDZONE_ID       ParameterValueType = "AWS_ROUTE53_HOSTEDZONE_ID"
)

var valueTypeValues = map[ParameterValueType]string{
	ParameterValueType_STRING:                          "String",
	ParameterValueType_AWS_EC2_AVAILABILITYZONE_NAME:   "AWS::EC2::AvailabilityZone::Name",
	ParameterValueType_AWS_EC2_IMAGE_ID:                "AWS::EC2::Image::Id",
	ParameterValueType_AWS_EC2_INSTANCE_ID:             "AWS::EC2::Instance::Id",
	ParameterValueType_AWS_EC2_KEYPAIR_KEYNAME:         "AWS::EC2::KeyPair::KeyName",
	ParameterValueType_AWS_EC2_SECURITYGROUP_GROUPNAME: "AWS::EC2::SecurityGroup::GroupName",
	ParameterValueType_AWS_EC2_SECURITYGROUP_ID:        "AWS::EC2::SecurityGroup::Id",
	ParameterValueType_AWS_EC2_SUBNET_ID:               "AWS::EC2::Subnet::Id",
	ParameterValueType_AWS_EC2_VOLUME_ID:               "AWS::EC2::Volume::Id",
	ParameterValueType_AWS_EC2_VPC_ID:                  "AWS::EC2::VPC::Id",
	ParameterValueType_AWS_ROUTE53_HOSTEDZONE_ID:       "AWS::Route53::HostedZone::Id",
}

// ParameterDataType is the data type of a String parameter's value.
type ParameterDataType string

const (
	ParameterDataType_TEXT          ParameterDataType = "TEXT"
	ParameterDataType_AWS_EC2_IMAGE ParameterDataType = "AWS_EC2_IMAGE"
)

var dataTypeValues = map[ParameterDataType]string{ParameterDataType_TEXT: "text", ParameterDataType_AWS_EC2_IMAGE: "aws:ec2:image"}

// ParameterTier is a parameter's storage tier.
type ParameterTier string

const (
	ParameterTier_ADVANCED            ParameterTier = "ADVANCED"
	ParameterTier_INTELLIGENT_TIERING ParameterTier = "INTELLIGENT_TIERING"
	ParameterTier_STANDARD            ParameterTier = "STANDARD"
)

var tierValues = map[ParameterTier]string{
	ParameterTier_ADVANCED: "Advanced", ParameterTier_INTELLIGENT_TIERING: "Intelligent-Tiering", ParameterTier_STANDARD: "Standard",
}

// enumValue is the value aws-cdk-lib gives an enum member; an unknown one
// passes through.
func enumValue[E ~string](values map[E]string, e E) string {
	if v, ok := values[e]; ok {
		return v
	}
	return string(e)
}

// IParameter is an SSM parameter, defined in this app or imported.
type IParameter interface {
	interfacesawsssm.IParameterRef
	awscdk.IResource
	// GrantRead lets grantee read the parameter (and decrypt it with its key).
	GrantRead(grantee awsiam.IGrantable) awsiam.Grant
	// GrantWrite lets grantee write the parameter (and encrypt with its key).
	GrantWrite(grantee awsiam.IGrantable) awsiam.Grant
	ParameterArn() *string
	ParameterName() *string
	ParameterType() *string
}

// IStringParameter is a String (or SecureString) parameter.
type IStringParameter interface {
	IParameter
	// StringValue is the parameter's value, as a token the template resolves.
	StringValue() *string
}

// IStringListParameter is a StringList parameter.
type IStringListParameter interface {
	IParameter
	// StringListValue is the parameter's value, as a list token.
	StringListValue() *[]*string
}

// ParameterOptions are the options every parameter takes.
type ParameterOptions struct {
	// A regular expression the value must match.
	AllowedPattern *string `field:"optional" json:"allowedPattern" yaml:"allowedPattern"`
	// Up to 1,024 characters.
	Description *string `field:"optional" json:"description" yaml:"description"`
	// Default: generated by CloudFormation.
	ParameterName *string `field:"optional" json:"parameterName" yaml:"parameterName"`
	// Whether the name has no "/" prefix (needed when the name is a token). Default: from the name.
	SimpleName *bool `field:"optional" json:"simpleName" yaml:"simpleName"`
	// Default: STANDARD (CloudFormation's default).
	Tier ParameterTier `field:"optional" json:"tier" yaml:"tier"`
}

// parameterBase is what every parameter shares; self is the outer object.
type parameterBase struct {
	awscdk.Resource
	self          IParameter
	name, arn     *string
	typ           *string
	encryptionKey awskms.IKey
}

func (p *parameterBase) ParameterName() *string { return p.name }
func (p *parameterBase) ParameterArn() *string  { return p.arn }
func (p *parameterBase) ParameterType() *string { return p.typ }

// EncryptionKey is the key of a SecureString parameter imported with one.
func (p *parameterBase) EncryptionKey() awskms.IKey { return p.encryptionKey }

func (p *parameterBase) ParameterRef() *interfacesawsssm.ParameterReference {
	return &interfacesawsssm.ParameterReference{ParameterName: p.self.ParameterName(), ParameterArn: p.self.ParameterArn()}
}

// GrantOnKey grants actions on the parameter's key, if it has one.
func (p *parameterBase) GrantOnKey(grantee awsiam.IGrantable, actions ...*string) *awsiam.GrantOnKeyResult {
	if p.encryptionKey == nil {
		return &awsiam.GrantOnKeyResult{}
	}
	return &awsiam.GrantOnKeyResult{Grant: p.encryptionKey.Grant(grantee, actions...)}
}

func (p *parameterBase) GrantRead(grantee awsiam.IGrantable) awsiam.Grant {
	if grantee == nil {
		l2.RequireArg(p, "GrantRead", "a grantee")
	}
	if p.encryptionKey != nil {
		p.encryptionKey.GrantDecrypt(grantee)
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee,
		Actions:      jsii.Strings("ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"),
		ResourceArns: &[]*string{p.self.ParameterArn()}})
}

func (p *parameterBase) GrantWrite(grantee awsiam.IGrantable) awsiam.Grant {
	if grantee == nil {
		l2.RequireArg(p, "GrantWrite", "a grantee")
	}
	if p.encryptionKey != nil {
		p.encryptionKey.GrantEncrypt(grantee)
	}
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{Grantee: grantee,
		Actions: jsii.Strings("ssm:PutParameter"), ResourceArns: &[]*string{p.self.ParameterArn()}})
}

func (p *parameterBase) init(scope constructs.Construct, id *string, props *awscdk.ResourceProps, self IParameter) {
	p.Resource = awscdk.NewResource(scope, id, props)
	host.Set(p.Resource, self)
	p.self = self
}

// autogenMarker stands for a name CloudFormation generates, which is simple.
const autogenMarker = "$$autogen$$"

// arnForParameterName is a parameter's ARN: "parameter/NAME" for a simple
// name, "parameterNAME" for a name that starts with "/".
func arnForParameterName(scope constructs.IConstruct, name *string, physicalName *string, simpleName *bool) *string {
	toValidate := physicalName
	if toValidate == nil || *toValidate == "" {
		toValidate = name
	}
	if toValidate != nil && !isUnresolved(toValidate) && strings.Contains(*toValidate, "/") && !strings.HasPrefix(*toValidate, "/") {
		throw(scope, "Parameter names must be fully qualified (if they include \"/\" they must also begin with a \"/\"): %s", *toValidate)
	}
	concrete := name
	if isUnresolved(name) {
		concrete = physicalName
	}
	var simple bool
	if concrete == nil || *concrete == "" || isUnresolved(concrete) {
		if simpleName == nil {
			throw(scope, "Unable to determine ARN separator for SSM parameter since the parameter name is an unresolved token. Use \"fromAttributes\" and specify \"simpleName\" explicitly")
		}
		simple = *simpleName
	} else {
		simple = !strings.HasPrefix(*concrete, "/")
		if simpleName != nil && *simpleName != simple {
			if *concrete == autogenMarker {
				throw(scope, "If \"parameterName\" is not explicitly defined, \"simpleName\" must be \"true\" or undefined since auto-generated parameter names always have simple names")
			}
			what := "not a simple name"
			if simple {
				what = "a simple name"
			}
			throw(scope, "Parameter name \"%s\" is %s, but \"simpleName\" was explicitly set to %t. Either omit it or set it to %t", *concrete, what, *simpleName, simple)
		}
	}
	stack := awscdk.Stack_Of(scope)
	if simple {
		return stack.FormatArn(&awscdk.ArnComponents{Service: strp("ssm"), Resource: strp("parameter"),
			ArnFormat: awscdk.ArnFormat_SLASH_RESOURCE_NAME, ResourceName: name})
	}
	return stack.FormatArn(&awscdk.ArnComponents{Service: strp("ssm"), Resource: strp("parameter" + deref(name))})
}

var parameterNamePattern = regexp.MustCompile(`^[/\w.-]+$`)

func validateParameterName(scope constructs.IConstruct, name *string) {
	if name == nil || isUnresolved(name) {
		return
	}
	if len(*name) > 2048 {
		throw(scope, "name cannot be longer than 2048 characters.")
	}
	if !parameterNamePattern.MatchString(*name) {
		throw(scope, "name must only contain letters, numbers, and the following 4 symbols .-_/; got %s", *name)
	}
}

// assertValidValue checks value against the allowed pattern (a JavaScript
// regular expression; Go's RE2 reads the common ones the same way).
func assertValidValue(scope constructs.IConstruct, value, pattern *string) {
	if value == nil || pattern == nil || isUnresolved(value) || isUnresolved(pattern) {
		return
	}
	re, err := regexp.Compile(*pattern)
	if err != nil {
		throw(scope, "allowedPattern %s is not a regular expression Strata can check: %v", *pattern, err)
	}
	if !re.MatchString(*value) {
		throw(scope, "The supplied value (%s) does not match the specified allowedPattern (%s)", *value, *pattern)
	}
}

// importedValueID is the id of the construct a ValueFor* helper adds to the
// stack, one per parameter name.
func importedValueID(name *string) string {
	return "SsmParameterValue:" + deref(name) + ":C96584B6-F00A-464E-AD19-53AFF4B05118"
}
