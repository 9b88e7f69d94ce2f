package awssecretsmanager_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	sm "github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/jsii"
)

// The pinned rotation applications are aws-cdk-lib's: compared with the
// values node reads from aws-cdk-lib (skipped without node).
func TestRotationApplications(t *testing.T) {
	apps := map[string]sm.SecretRotationApplication{
		"MARIADB_ROTATION_SINGLE_USER": sm.SecretRotationApplication_MARIADB_ROTATION_SINGLE_USER(), "MARIADB_ROTATION_MULTI_USER": sm.SecretRotationApplication_MARIADB_ROTATION_MULTI_USER(),
		"MYSQL_ROTATION_SINGLE_USER": sm.SecretRotationApplication_MYSQL_ROTATION_SINGLE_USER(), "MYSQL_ROTATION_MULTI_USER": sm.SecretRotationApplication_MYSQL_ROTATION_MULTI_USER(),
		"ORACLE_ROTATION_SINGLE_USER": sm.SecretRotationApplication_ORACLE_ROTATION_SINGLE_USER(), "ORACLE_ROTATION_MULTI_USER": sm.SecretRotationApplication_ORACLE_ROTATION_MULTI_USER(),
		"POSTGRES_ROTATION_SINGLE_USER": sm.SecretRotationApplication_POSTGRES_ROTATION_SINGLE_USER(), "POSTGRES_ROTATION_MULTI_USER": sm.SecretRotationApplication_POSTGRES_ROTATION_MULTI_USER(),
		"SQLSERVER_ROTATION_SINGLE_USER": sm.SecretRotationApplication_SQLSERVER_ROTATION_SINGLE_USER(), "SQLSERVER_ROTATION_MULTI_USER": sm.SecretRotationApplication_SQLSERVER_ROTATION_MULTI_USER(),
		"REDSHIFT_ROTATION_SINGLE_USER": sm.SecretRotationApplication_REDSHIFT_ROTATION_SINGLE_USER(), "REDSHIFT_ROTATION_MULTI_USER": sm.SecretRotationApplication_REDSHIFT_ROTATION_MULTI_USER(),
		"MONGODB_ROTATION_SINGLE_USER": sm.SecretRotationApplication_MONGODB_ROTATION_SINGLE_USER(), "MONGODB_ROTATION_MULTI_USER": sm.SecretRotationApplication_MONGODB_ROTATION_MULTI_USER(),
		"DB2_ROTATION_SINGLE_USER": sm.SecretRotationApplication_DB2_ROTATION_SINGLE_USER(), "DB2_ROTATION_MULTI_USER": sm.SecretRotationApplication_DB2_ROTATION_MULTI_USER(),
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	script := `const sm = require('aws-cdk-lib/aws-secretsmanager'); const out = {};
for (const k of Object.keys(sm.SecretRotationApplication)) { const a = sm.SecretRotationApplication[k]; if (!a || !a.applicationId) continue;
  out[k] = ['aws', 'aws-cn', 'aws-us-gov'].flatMap(p => [a.applicationArnForPartition(p), a.semanticVersionForPartition(p)]).concat([String(a.isMultiUser)]); }
console.log(JSON.stringify(out));`
	cmd := exec.Command("node", "-e", script)
	cmd.Env = append(cmd.Environ(), "NODE_PATH="+nodePath())
	b, err := cmd.Output()
	if err != nil {
		t.Skipf("aws-cdk-lib not resolvable: %v", err)
	}
	var want map[string][]string
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(apps) {
		t.Errorf("aws-cdk-lib has %d rotation applications, Strata %d", len(want), len(apps))
	}
	for name, w := range want {
		a := apps[name]
		if a == nil {
			t.Errorf("missing %s", name)
			continue
		}
		var got []string
		for _, p := range []string{"aws", "aws-cn", "aws-us-gov"} {
			got = append(got, *a.ApplicationArnForPartition(jsii.String(p)), *a.SemanticVersionForPartition(jsii.String(p)))
		}
		if *a.IsMultiUser() {
			got = append(got, "true")
		} else {
			got = append(got, "false")
		}
		if b1, _ := json.Marshal(got); string(b1) != mustJSON(w) {
			t.Errorf("%s = %s, want %s", name, b1, mustJSON(w))
		}
	}
}

func mustJSON(v interface{}) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func nodePath() string {
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".cache/strata-parity/aws-cdk-lib-2.276.0/node_modules")
}
