package awscdk_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// TestArnSplitMatchesAwsCdkLib is the program of twins/arn_split.js.
func TestArnSplitMatchesAwsCdkLib(t *testing.T) {
	app, outdir := initApp(t, nil)
	s := awscdk.NewStack(app, jsii.String("ArnSplit"), nil)
	awscdk.NewCfnResource(s, jsii.String("Topic"), &awscdk.CfnResourceProps{Type: jsii.String("AWS::SNS::Topic")})
	arns := []string{
		"arn:aws:s3:::bucket/key/deeper",
		"arn:aws:ecs:us-east-1:111111111111:service/cluster/name",
		"arn:aws:logs:us-east-1:111111111111:log-group:my-group:*",
		"arn:aws:sns:us-east-1:111111111111:topic",
		"arn:aws:backup:us-east-1:111111111111:backup-vault:vault",
		"arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod",
		"arn:aws:iam::111111111111:role/path/role-name",
		"arn:aws:lambda:us-east-1:111111111111:function:fn:alias",
		"arn:aws:execute-api:us-east-1:111111111111:api/stage/GET/path:x",
		"arn:aws:states:us-east-1:111111111111:/lonely",
	}
	formats := []awscdk.ArnFormat{awscdk.ArnFormat_NO_RESOURCE_NAME, awscdk.ArnFormat_COLON_RESOURCE_NAME, awscdk.ArnFormat_SLASH_RESOURCE_NAME, awscdk.ArnFormat_SLASH_RESOURCE_SLASH_RESOURCE_NAME}
	show := func(v *string) string {
		if v == nil {
			return "<undefined>"
		}
		return *v
	}
	for i, arn := range arns {
		for j, f := range formats {
			c := awscdk.Arn_Split(jsii.String(arn), f)
			// aws-cdk-go's enum values are the member names; aws-cdk-lib's
			// the format strings.
			format := map[awscdk.ArnFormat]string{
				awscdk.ArnFormat_NO_RESOURCE_NAME:                   "arn:aws:service:region:account:resource",
				awscdk.ArnFormat_COLON_RESOURCE_NAME:                "arn:aws:service:region:account:resource:resourceName",
				awscdk.ArnFormat_SLASH_RESOURCE_NAME:                "arn:aws:service:region:account:resource/resourceName",
				awscdk.ArnFormat_SLASH_RESOURCE_SLASH_RESOURCE_NAME: "arn:aws:service:region:account:/resource/resourceName",
			}[c.ArnFormat]
			v := strings.Join([]string{show(c.Partition), show(c.Service), show(c.Region), show(c.Account), show(c.Resource), show(c.ResourceName), format}, "|")
			awscdk.NewCfnOutput(s, jsii.String(fmt.Sprintf("A%dF%d", i, j)), &awscdk.CfnOutputProps{Value: jsii.String(v)})
		}
	}
	app.Synth(nil)
	sameFile(t, filepath.Join(outdir, "ArnSplit.template.json"), "testdata/expected/arn_split/ArnSplit.template.json")
}

// TestArnSplitErrors: aws-cdk-lib's messages for malformed ARNs.
func TestArnSplitErrors(t *testing.T) {
	for arn, want := range map[string]string{
		"nope":             `ARNs must start with "arn:" and have at least 6 components: nope`,
		"arn::s3:::b":      "The `partition` component (2nd component) of an ARN is required: arn::s3:::b",
		"arn:aws::r:a:res": "The `service` component (3rd component) of an ARN is required: arn:aws::r:a:res",
		"arn:aws:s3:r:a":   "The `resource` component (6th component) of an ARN is required: arn:aws:s3:r:a",
		"arn:aws:s3:r:a:":  "The `resource` component (6th component) of an ARN is required: arn:aws:s3:r:a:",
	} {
		func() {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(fmt.Sprint(r), want) {
					t.Errorf("Arn_Split(%q): got %v, want %q", arn, r, want)
				}
			}()
			awscdk.Arn_Split(jsii.String(arn), awscdk.ArnFormat_SLASH_RESOURCE_NAME)
		}()
	}
}
