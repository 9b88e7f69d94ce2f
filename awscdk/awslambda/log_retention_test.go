package awslambda_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslambda"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

const logRetentionProvider = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A"

// providerKey is the S3 key of the log retention provider's code: Strata
// ships its own handler, so it is the one value that may differ.
func providerKey(t *testing.T, template []byte) string {
	var doc struct {
		Resources map[string]struct {
			Properties struct {
				Code struct{ S3Key string }
			}
		}
	}
	if err := json.Unmarshal(template, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Resources[logRetentionProvider].Properties.Code.S3Key
}

// TestLogRetention: logRetention makes a Custom::LogRetention resource per
// function and one provider per stack, as aws-cdk-lib does; only the
// provider's code asset (Strata's own handler) differs.
func TestLogRetention(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(s awscdk.Stack){
		"LogRetention": func(s awscdk.Stack) {
			fn(s, "Week", &awslambda.FunctionProps{LogRetention: awslogs.RetentionDays_ONE_WEEK})
			fn(s, "Forever", &awslambda.FunctionProps{LogRetention: awslogs.RetentionDays_INFINITE,
				LogRetentionRetryOptions: &awslambda.LogRetentionRetryOptions{MaxRetries: jsii.Number(7)}})
			img := awslambda.NewDockerImageFunction(s, jsii.String("Image"), &awslambda.DockerImageFunctionProps{
				Code: awslambda.DockerImageCode_FromImageAsset(jsii.String("testdata/image"), nil), LogRetention: awslogs.RetentionDays_ONE_MONTH})
			awscdk.NewCfnOutput(s, jsii.String("LogGroupArn"), &awscdk.CfnOutputProps{Value: img.LogGroup().LogGroupArn()})
		},
	}, nil, func(t *testing.T, want, got []byte) []byte {
		w, g := providerKey(t, want), providerKey(t, got)
		if w == "" || g == "" {
			t.Fatalf("no provider code key (aws-cdk-lib %q, Strata %q)", w, g)
		}
		return []byte(strings.ReplaceAll(string(want), w, g))
	})
}
