package awss3deployment_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/internal/ojson"
)

// The comparisons against aws-cdk-lib's twins live in internal/golden.

func checkTemplates(t *testing.T, cases map[string]func(s awscdk.Stack), props func(name string) *awscdk.StackProps) {
	t.Helper()
	golden.CheckTemplates(t, cases, props, deploymentNorm)
}

func checkErrors(t *testing.T, cases map[string]func(s awscdk.Stack), fix func(string) string) {
	t.Helper()
	golden.CheckErrors(t, cases, fix)
}

func synthErr(t *testing.T, build func(app awscdk.App)) error {
	t.Helper()
	return golden.SynthErr(t, build)
}

// deploymentNorm swaps in Strata's handlers and removes the AWS CLI layer.
func deploymentNorm(t *testing.T, want, got []byte) []byte {
	return withoutCLILayer(t, golden.S3Handlers(t, want, got), got)
}

// withoutCLILayer turns aws-cdk-lib's template into what Strata deploys
// instead: no AWS CLI layer, no Layers on the deployment handlers, and
// Strata's handler asset as their code. These are the documented
// differences of BucketDeployment (see the package doc).
func withoutCLILayer(t *testing.T, want, got []byte) []byte {
	t.Helper()
	w, err := ojson.Decode(want)
	if err != nil {
		t.Fatal(err)
	}
	g, err := ojson.Decode(got)
	if err != nil {
		t.Fatal(err)
	}
	wres := field(w, "Resources")
	gres := field(g, "Resources")
	if wres == nil {
		return want
	}
	for _, id := range wres.Keys() {
		r := field(wres, id)
		switch typ, _ := r.Get("Type"); typ {
		case "AWS::Lambda::LayerVersion":
			if strings.Contains(id, "AwsCliLayer") {
				wres.Delete(id)
			}
		case "AWS::Lambda::Function":
			if !strings.HasPrefix(id, "CustomCDKBucketDeployment") {
				continue
			}
			props := field(r, "Properties")
			props.Delete("Layers")
			if ours := field(field(field(gres, id), "Properties"), "Code"); ours != nil {
				key, _ := ours.Get("S3Key")
				field(props, "Code").Set("S3Key", key)
			}
			if md := field(r, "Metadata"); md != nil {
				if ourMd := field(field(gres, id), "Metadata"); ourMd != nil {
					p, _ := ourMd.Get("aws:asset:path")
					md.Set("aws:asset:path", p)
				}
			}
		}
	}
	out, err := ojson.Marshal(w, " ")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func field(o interface{}, k string) *ojson.Object {
	obj, ok := o.(*ojson.Object)
	if !ok || obj == nil {
		return nil
	}
	v, _ := obj.Get(k)
	r, _ := v.(*ojson.Object)
	return r
}
