package awsssm_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awsssm"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

var (
	str = jsii.String
	n   = jsii.Number[float64]
)

func out(s awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(s, str(id), &awscdk.CfnOutputProps{Value: v})
}

func role(s awscdk.Stack, id string) awsiam.Role {
	return awsiam.NewRole(s, str(id), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(str("lambda.amazonaws.com"), nil)})
}

func user(s awscdk.Stack, id string, password *string) {
	awsiam.NewCfnUser(s, str(id), &awsiam.CfnUserProps{LoginProfile: &awsiam.CfnUser_LoginProfileProperty{Password: password}})
}

var templateCases = map[string]func(s awscdk.Stack){
	"Parameters": func(s awscdk.Stack) {
		plain := awsssm.NewStringParameter(s, str("Plain"), &awsssm.StringParameterProps{StringValue: str("hello")})
		named := awsssm.NewStringParameter(s, str("Named"), &awsssm.StringParameterProps{
			ParameterName: str("/app/config/url"), StringValue: str("https://example.com"), Description: str("the url"),
			AllowedPattern: str("^https://.*"), Tier: awsssm.ParameterTier_ADVANCED, DataType: awsssm.ParameterDataType_TEXT,
		})
		simple := awsssm.NewStringParameter(s, str("Simple"), &awsssm.StringParameterProps{ParameterName: str("simple-name"), StringValue: str("v"), SimpleName: jsii.Bool(true)})
		image := awsssm.NewStringParameter(s, str("Image"), &awsssm.StringParameterProps{StringValue: str("ami-12345678"),
			DataType: awsssm.ParameterDataType_AWS_EC2_IMAGE, Tier: awsssm.ParameterTier_INTELLIGENT_TIERING})
		list := awsssm.NewStringListParameter(s, str("List"), &awsssm.StringListParameterProps{StringListValue: jsii.Strings("a", "b", "c"),
			ParameterName: str("/app/list"), Tier: awsssm.ParameterTier_STANDARD})
		list2 := awsssm.NewStringListParameter(s, str("List2"), &awsssm.StringListParameterProps{StringListValue: jsii.Strings("x"),
			AllowedPattern: str("^[a-z]+$"), Description: str("letters")})
		r := role(s, "Role")
		plain.GrantRead(r)
		named.GrantWrite(r)
		list.GrantRead(r)
		list2.GrantWrite(r)
		for _, p := range []struct {
			id string
			p  awsssm.StringParameter
		}{{"Plain", plain}, {"Named", named}, {"Simple", simple}, {"Image", image}} {
			out(s, p.id+"Name", p.p.ParameterName())
			out(s, p.id+"Arn", p.p.ParameterArn())
			out(s, p.id+"Type", p.p.ParameterType())
			out(s, p.id+"Value", p.p.StringValue())
		}
		out(s, "ListValue", awscdk.Fn_Join(str("|"), list.StringListValue()))
		out(s, "ListArn", list.ParameterArn())
	},
	"Imports": func(s awscdk.Stack) {
		r := role(s, "Role")
		byName := awsssm.StringParameter_FromStringParameterName(s, str("ByName"), str("/my/param"))
		simple := awsssm.StringParameter_FromStringParameterAttributes(s, str("Simple"), &awsssm.StringParameterAttributes{ParameterName: str("simple"), SimpleName: jsii.Bool(true)})
		versioned := awsssm.StringParameter_FromStringParameterAttributes(s, str("Versioned"), &awsssm.StringParameterAttributes{ParameterName: str("/my/versioned"), Version: n(3)})
		forced := awsssm.StringParameter_FromStringParameterAttributes(s, str("Forced"), &awsssm.StringParameterAttributes{ParameterName: str("/my/forced"), ForceDynamicReference: jsii.Bool(true)})
		typed := awsssm.StringParameter_FromStringParameterAttributes(s, str("Typed"), &awsssm.StringParameterAttributes{ParameterName: str("/my/ami"), ValueType: awsssm.ParameterValueType_AWS_EC2_IMAGE_ID})
		typedOld := awsssm.StringParameter_FromStringParameterAttributes(s, str("TypedOld"), &awsssm.StringParameterAttributes{ParameterName: str("/my/ami2"), Type: awsssm.ParameterType_AWS_EC2_IMAGE_ID})
		byArn := awsssm.StringParameter_FromStringParameterArn(s, str("ByArn"), str("arn:aws:ssm:us-east-1:222222222222:parameter/shared/value"))
		key := awskms.Key_FromKeyArn(s, str("Key"), str("arn:aws:kms:us-east-1:111111111111:key/abcd"))
		secure := awsssm.StringParameter_FromSecureStringParameterAttributes(s, str("Secure"), &awsssm.SecureStringParameterAttributes{ParameterName: str("/my/secret"), Version: n(2), EncryptionKey: key})
		secureLatest := awsssm.StringParameter_FromSecureStringParameterAttributes(s, str("SecureLatest"), &awsssm.SecureStringParameterAttributes{ParameterName: str("/my/secret2")})
		listByName := awsssm.StringListParameter_FromStringListParameterName(s, str("ListByName"), str("/my/list"))
		listAttrs := awsssm.StringListParameter_FromListParameterAttributes(s, str("ListAttrs"), &awsssm.ListParameterAttributes{ParameterName: str("/my/subnets"), ElementType: awsssm.ParameterValueType_AWS_EC2_SUBNET_ID})
		listVersioned := awsssm.StringListParameter_FromListParameterAttributes(s, str("ListVersioned"), &awsssm.ListParameterAttributes{ParameterName: str("/my/list2"), Version: n(5)})
		byName.GrantRead(r)
		simple.GrantRead(r)
		secure.GrantRead(r)
		secure.GrantWrite(r)
		byArn.GrantRead(r)
		listAttrs.GrantRead(r)
		for _, p := range []struct {
			id string
			p  awsssm.IStringParameter
		}{{"ByName", byName}, {"Simple", simple}, {"Versioned", versioned}, {"Forced", forced}, {"Typed", typed}, {"TypedOld", typedOld}, {"ByArn", byArn}, {"Secure", secure}, {"SecureLatest", secureLatest}} {
			if *p.p.ParameterType() != "SecureString" {
				out(s, p.id+"Value", p.p.StringValue())
			}
			out(s, p.id+"Info", str(*p.p.ParameterName()+"|"+*p.p.ParameterType()))
			out(s, p.id+"Arn", p.p.ParameterArn())
		}
		out(s, "TypedAgain", typed.StringValue())
		user(s, "User", secure.StringValue())
		user(s, "User2", secureLatest.StringValue())
		for _, p := range []struct {
			id string
			p  awsssm.IStringListParameter
		}{{"ListByName", listByName}, {"ListAttrs", listAttrs}, {"ListVersioned", listVersioned}} {
			out(s, p.id+"Value", awscdk.Fn_Join(str("|"), p.p.StringListValue()))
			out(s, p.id+"Info", str(*p.p.ParameterName()+"|"+*p.p.ParameterType()))
		}
	},
	"Values": func(s awscdk.Stack) {
		a := awsssm.StringParameter_ValueForStringParameter(s, str("/cfg/a"), nil)
		a2 := awsssm.StringParameter_ValueForStringParameter(s, str("/cfg/a"), nil)
		av := awsssm.StringParameter_ValueForStringParameter(s, str("/cfg/versioned"), n(7))
		t := awsssm.StringParameter_ValueForTypedStringParameterV2(s, str("/cfg/vpc"), awsssm.ParameterValueType_AWS_EC2_VPC_ID, nil)
		t1 := awsssm.StringParameter_ValueForTypedStringParameter(s, str("/cfg/ami"), awsssm.ParameterType_AWS_EC2_IMAGE_ID, nil)
		sec := awsssm.StringParameter_ValueForSecureStringParameter(s, str("/cfg/secret"), n(1))
		l := awsssm.StringListParameter_ValueForTypedListParameter(s, str("/cfg/azs"), awsssm.ParameterValueType_AWS_EC2_AVAILABILITYZONE_NAME, nil)
		l2 := awsssm.StringListParameter_ValueForTypedListParameter(s, str("/cfg/plain-list"), "", nil)
		out(s, "A", a)
		out(s, "A2", a2)
		out(s, "AV", av)
		out(s, "T", t)
		out(s, "T1", t1)
		user(s, "User", sec)
		out(s, "L", awscdk.Fn_Join(str(","), l))
		out(s, "L2", awscdk.Fn_Join(str(","), l2))
		out(s, "Lookup", awsssm.StringParameter_ValueFromLookup(s, str("/cfg/lookup"), nil, nil))
	},
}

func TestTemplates(t *testing.T) {
	checkTemplates(t, templateCases, func(name string) *awscdk.StackProps {
		switch name {
		case "Imports":
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: str("111111111111"), Region: str("us-east-1")}}
		case "Values":
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: str("111111111111"), Region: str("eu-west-1")}}
		}
		return nil
	})
}

var errorCases = map[string]func(s awscdk.Stack){
	"PatternMismatch": func(s awscdk.Stack) {
		awsssm.NewStringParameter(s, str("P"), &awsssm.StringParameterProps{StringValue: str("abc"), AllowedPattern: str("^[0-9]+$")})
	},
	"BadName": func(s awscdk.Stack) {
		awsssm.NewStringParameter(s, str("P"), &awsssm.StringParameterProps{StringValue: str("v"), ParameterName: str("bad name")})
	},
	"NotQualified": func(s awscdk.Stack) {
		awsssm.NewStringParameter(s, str("P"), &awsssm.StringParameterProps{StringValue: str("v"), ParameterName: str("a/b")})
	},
	"LongDescription": func(s awscdk.Stack) {
		awsssm.NewStringParameter(s, str("P"), &awsssm.StringParameterProps{StringValue: str("v"), Description: str(strings.Repeat("x", 1025))})
	},
	"ImageType": func(s awscdk.Stack) {
		awsssm.NewStringParameter(s, str("P"), &awsssm.StringParameterProps{StringValue: str("v"), Type: awsssm.ParameterType_AWS_EC2_IMAGE_ID})
	},
	"SimpleMismatch": func(s awscdk.Stack) {
		awsssm.NewStringParameter(s, str("P"), &awsssm.StringParameterProps{StringValue: str("v"), ParameterName: str("/a"), SimpleName: jsii.Bool(true)})
	},
	"AutogenNotSimple": func(s awscdk.Stack) {
		awsssm.NewStringParameter(s, str("P"), &awsssm.StringParameterProps{StringValue: str("v"), SimpleName: jsii.Bool(false)})
	},
	"ListComma": func(s awscdk.Stack) {
		awsssm.NewStringListParameter(s, str("P"), &awsssm.StringListParameterProps{StringListValue: jsii.Strings("a,b")})
	},
	"ListPattern": func(s awscdk.Stack) {
		awsssm.NewStringListParameter(s, str("P"), &awsssm.StringListParameterProps{StringListValue: jsii.Strings("a", "1"), AllowedPattern: str("^[a-z]$")})
	},
	"EmptyName": func(s awscdk.Stack) {
		awsssm.StringParameter_FromStringParameterAttributes(s, str("P"), &awsssm.StringParameterAttributes{ParameterName: str("")})
	},
	"ListType": func(s awscdk.Stack) {
		awsssm.StringParameter_FromStringParameterAttributes(s, str("P"), &awsssm.StringParameterAttributes{ParameterName: str("/x"), Type: awsssm.ParameterType_STRING_LIST})
	},
	"TokenNameNoSimple": func(s awscdk.Stack) {
		awsssm.StringParameter_FromStringParameterName(s, str("P"), awscdk.NewCfnParameter(s, str("N"), nil).ValueAsString())
	},
	"ArnFormat": func(s awscdk.Stack) {
		awsssm.StringParameter_FromStringParameterArn(s, str("P"), str("arn:aws:ssm:us-east-1:1:parameter/a:b"))
	},
	"ArnRegion": func(s awscdk.Stack) {
		st := awscdk.NewStack(s.Node().Root().(constructs.Construct), str("R"), &awscdk.StackProps{Env: &awscdk.Environment{Region: str("eu-west-1")}})
		awsssm.StringParameter_FromStringParameterArn(st, str("P"), str("arn:aws:ssm:us-east-1:111111111111:parameter/a"))
	},
	"TypedList": func(s awscdk.Stack) {
		awsssm.StringParameter_ValueForTypedStringParameter(s, str("/x"), awsssm.ParameterType_STRING_LIST, nil)
	},
}

func TestErrors(t *testing.T) { checkErrors(t, errorCases) }

// Nil props and arguments are a user's mistake named by path, not a Go panic.
func TestNilInput(t *testing.T) {
	cases := map[string]func(s awscdk.Stack){
		"string":     func(s awscdk.Stack) { awsssm.NewStringParameter(s, str("P"), nil) },
		"list":       func(s awscdk.Stack) { awsssm.NewStringListParameter(s, str("P"), nil) },
		"attributes": func(s awscdk.Stack) { awsssm.StringParameter_FromStringParameterAttributes(s, str("P"), nil) },
		"secure":     func(s awscdk.Stack) { awsssm.StringParameter_FromSecureStringParameterAttributes(s, str("P"), nil) },
		"listattrs":  func(s awscdk.Stack) { awsssm.StringListParameter_FromListParameterAttributes(s, str("P"), nil) },
		"arn":        func(s awscdk.Stack) { awsssm.StringParameter_FromStringParameterArn(s, str("P"), nil) },
		"grant": func(s awscdk.Stack) {
			awsssm.NewStringParameter(s, str("P"), &awsssm.StringParameterProps{StringValue: str("v")}).GrantRead(nil)
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			if err := golden.SynthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) }); err == nil {
				t.Fatal("no error")
			}
		})
	}
}
