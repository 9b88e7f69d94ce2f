package awsrds_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	rds "github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// customInstance and customCluster subclass the abstract bases, as aws-cdk-go
// programs can: they define the identifiers, the bases the rest.
type customInstance struct{ rds.DatabaseInstanceBase }

func (*customInstance) InstanceIdentifier() *string { return jsii.String("my-db") }
func (*customInstance) InstanceResourceId() *string { return jsii.String("db-RES") }

type customCluster struct{ rds.DatabaseClusterBase }

func (*customCluster) ClusterIdentifier() *string         { return jsii.String("my-cluster") }
func (*customCluster) ClusterResourceIdentifier() *string { return jsii.String("cluster-RES") }

func resolved(s awscdk.Stack, v interface{}) string {
	b, _ := json.Marshal(s.Resolve(v))
	return string(b)
}

func TestBaseOverrides(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	db := &customInstance{}
	rds.NewDatabaseInstanceBase_Override(db, s, jsii.String("Mine"), nil)
	if got := s.Node().FindChild(jsii.String("Mine")); got != constructs.IConstruct(db) {
		t.Fatalf("tree hands out %T", got)
	}
	if arn := resolved(s, db.InstanceArn()); !strings.Contains(arn, ":db:my-db") {
		t.Fatalf("instance ARN %s", arn)
	}
	role := awsiam.NewRole(s, jsii.String("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("lambda.amazonaws.com"), nil)})
	db.GrantConnect(role, jsii.String("app"))
	if m := resolved(s, db.MetricCPUUtilization(nil).Dimensions()); !strings.Contains(m, `"my-db"`) {
		t.Fatalf("metric dimensions %s", m)
	}

	c := &customCluster{}
	rds.NewDatabaseClusterBase_Override(c, s, jsii.String("MyCluster"), nil)
	if arn := resolved(s, c.ClusterArn()); !strings.Contains(arn, ":cluster:my-cluster") {
		t.Fatalf("cluster ARN %s", arn)
	}
	c.GrantConnect(role, jsii.String("app"))
	if m := resolved(s, c.MetricDeadlocks(nil).Dimensions()); !strings.Contains(m, `"my-cluster"`) {
		t.Fatalf("metric dimensions %s", m)
	}
	tmpl := app.Synth(nil).GetStackArtifact(s.ArtifactId()).Template()
	b, _ := json.Marshal(tmpl)
	for _, want := range []string{"dbuser:db-RES/app", "dbuser:cluster-RES/app"} {
		if !strings.Contains(string(b), want) {
			t.Fatalf("policy lacks %s: %s", want, b)
		}
	}
}

// A subclass that leaves the identifier undefined gets an unset value, not
// an endless resolution.
func TestBaseOverrideUndefined(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, jsii.String("S"), nil)
	bare := &struct{ rds.DatabaseInstanceBase }{}
	rds.NewDatabaseInstanceBase_Override(bare, s, jsii.String("Bare"), nil)
	if arn := resolved(s, bare.InstanceArn()); strings.Contains(arn, "Token") {
		t.Fatalf("instance ARN %s", arn)
	}
}
