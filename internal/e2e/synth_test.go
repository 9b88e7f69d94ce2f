package e2e

import (
	"path/filepath"
	"strings"
	"testing"
)

// The example as its user runs it: strata reads cdk.json, runs its app line
// (`go run .`) with the CLI's context and prints the template.
func TestExampleSynthFromCdkJSON(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "examples", "photo-queue"))
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	// No AWS account here: strata then leaves CDK_DEFAULT_ACCOUNT unset
	// (the stack is environment-agnostic), quickly and without a network.
	for _, k := range []string{"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ENDPOINT_URL"} {
		t.Setenv(k, "")
	}
	t.Setenv("AWS_CONFIG_FILE", filepath.Join(out, "no-config"))
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", filepath.Join(out, "no-credentials"))
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	t.Setenv("AWS_REGION", "us-east-1")
	for _, tc := range []struct {
		name    string
		args    []string
		want    []string
		wantNot []string
	}{
		{
			name: "version 1",
			args: []string{"synth", "--dir", dir, "--output", filepath.Join(out, "v1")},
			want: []string{
				"Type: AWS::Lambda::Function", "Runtime: python3.13", "aws:cdk:path: PhotoQueueStack/Worker/Resource",
				"aws:asset:path: asset.", "Type: AWS::S3::Bucket", "Type: AWS::SNS::Subscription", "Protocol: sqs",
				"VisibilityTimeout: 30", "Type: AWS::CDK::Metadata",
			},
			wantNot: []string{"FailedJobs"},
		},
		{
			name: "version 2",
			args: []string{"synth", "--dir", dir, "--output", filepath.Join(out, "v2"), "-c", "version=2"},
			want: []string{"aws:cdk:path: PhotoQueueStack/FailedJobs/Resource", "MessageRetentionPeriod: 1209600", "VisibilityTimeout: 90", "maxReceiveCount: 3"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := strata(t, tc.args...)
			if r.code != 0 {
				t.Fatalf("strata synth failed")
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("template lacks %q", w)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(r.stdout, w) {
					t.Errorf("template has %q", w)
				}
			}
		})
	}
}
