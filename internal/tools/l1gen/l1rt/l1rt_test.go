package l1rt

import (
	"fmt"
	"testing"
)

func TestParseArn(t *testing.T) {
	s := func(x string) *string { return &x }
	vars := ParseArn("arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}", s("arn:aws:lambda:us-east-1:123456789012:function:f:1"))
	for k, want := range map[string]string{"Partition": "aws", "Region": "us-east-1", "Account": "123456789012", "FunctionName": "f:1"} {
		if vars[k] == nil || *vars[k] != want {
			t.Errorf("%s = %v, want %s", k, vars[k], want)
		}
	}
	vars = ParseArn("arn:${Partition}:s3:::${BucketName}", s("arn:aws-cn:s3:::b"))
	if *vars["BucketName"] != "b" || *vars["Partition"] != "aws-cn" {
		t.Errorf("got %v", vars)
	}
	for _, bad := range []string{"arn:aws:s3::x", "nope", "arn:aws:s3:::"} {
		func() {
			defer func() {
				if r := recover(); bad != "arn:aws:s3:::" && r == nil {
					t.Errorf("%q: no error", bad)
				}
			}()
			ParseArn("arn:${Partition}:s3:::${BucketName}", s(bad))
		}()
	}
}

func TestInterpolate(t *testing.T) {
	s := func(x string) *string { return &x }
	got := Interpolate("arn:${Partition}:ec2:${Region}:${Account}:vpc/${VpcId}", map[string]*string{
		"Partition": s("aws"), "Region": s("eu-west-1"), "Account": s("1"), "VpcId": s("vpc-1")})
	if *got != "arn:aws:ec2:eu-west-1:1:vpc/vpc-1" {
		t.Errorf("got %s", *got)
	}
	defer func() {
		if r := recover(); r == nil || fmt.Sprint(r) != "Variable VpcId not provided for template interpolation" {
			t.Errorf("missing variable: got %v", r)
		}
	}()
	Interpolate("vpc/${VpcId}", nil)
}

func TestDescribe(t *testing.T) {
	for desc, want := range map[string]string{
		"s":                    "a string",
		"[CfnX_YProperty]":     "a list of CfnX_YProperty",
		"s|{n}":                "a string or a map of number",
		"[s|CfnX_ZProperty]|b": "a list of (string or CfnX_ZProperty) or a boolean",
	} {
		if got := describe(desc); got != want {
			t.Errorf("describe(%q) = %q, want %q", desc, got, want)
		}
	}
}
