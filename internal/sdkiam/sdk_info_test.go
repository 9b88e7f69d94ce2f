package sdkiam

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// TestAwsSdkToIamActionMatchesAwsCdkLib maps every service name the
// tables know, in each form AwsSdkCall accepts, with each action form,
// and compares with aws-cdk-lib's own awsSdkToIamAction run by node.
func TestAwsSdkToIamActionMatchesAwsCdkLib(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	home, _ := os.UserHomeDir()
	lib := filepath.Join(home, ".cache", "strata-parity", "aws-cdk-lib-2.276.0", "node_modules", "aws-cdk-lib", "custom-resources", "lib", "helpers-internal", "sdk-info.js")
	if _, err := os.Stat(lib); err != nil {
		t.Skip("aws-cdk-lib 2.276.0 is not installed")
	}
	var services []string
	for k, v := range sdkV2ToV3 {
		services = append(services, k, v, "@aws-sdk/client-"+v)
	}
	for k := range sdkV3IamPrefix {
		services = append(services, k, "@aws-sdk/client-"+k)
	}
	services = append(services, "S3", "APIGateway", "CloudWatchLogs", "StepFunctions", "nosuchservice", "codecatalyst")
	sort.Strings(services)
	actions := []string{"getObject", "GetObject", "GetObjectCommand", "SendCommand", "sendCommand", "ExecuteCommand", "GetCommand", "x"}
	type pair struct{ Service, Action string }
	var pairs []pair
	for _, s := range services {
		for _, a := range actions {
			pairs = append(pairs, pair{s, a})
		}
	}
	in, _ := json.Marshal(pairs)
	script := `const {awsSdkToIamAction}=require(process.argv[1]);let d='';process.stdin.on('data',c=>d+=c).on('end',()=>{console.log(JSON.stringify(JSON.parse(d).map(p=>awsSdkToIamAction(p.Service,p.Action))))})`
	cmd := exec.Command(node, "-e", script, lib)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	bad := 0
	for i, p := range pairs {
		if got := Action(p.Service, p.Action); got != want[i] {
			if bad++; bad <= 10 {
				t.Errorf("Action(%q, %q) = %q, aws-cdk-lib says %q", p.Service, p.Action, got, want[i])
			}
		}
	}
	t.Logf("%d service/action pairs compared", len(pairs))
}
