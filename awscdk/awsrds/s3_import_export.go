package awsrds

import (
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/jsii"
)

// s3Access is a database's S3 import and export settings: roles given, or
// buckets for which a role is made and granted access.
type s3Access struct {
	importBuckets, exportBuckets *[]awss3.IBucket
	importRole, exportRole       awsiam.IRole
}

func (a *s3Access) any() bool {
	return a.importBuckets != nil || a.exportBuckets != nil || a.importRole != nil || a.exportRole != nil
}

// roles returns the import and export roles: the given ones, or new roles
// RDS assumes with read (import) and read-write (export) access to the
// buckets; engines that use one role for both share it.
func (a *s3Access) roles(scope constructs.Construct, combine bool) (awsiam.IRole, awsiam.IRole) {
	imp, exp := a.importRole, a.exportRole
	if a.importBuckets != nil && len(*a.importBuckets) > 0 {
		if a.importRole != nil {
			l2.Throw(scope, "Only one of s3ImportRole or s3ImportBuckets must be specified, not both.")
		}
		if combine && exp != nil {
			imp = exp
		} else {
			imp = awsiam.NewRole(scope, jsii.String("S3ImportRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("rds.amazonaws.com"), nil)})
		}
		for _, b := range *a.importBuckets {
			b.GrantRead(imp, nil)
		}
	}
	if a.exportBuckets != nil && len(*a.exportBuckets) > 0 {
		if a.exportRole != nil {
			l2.Throw(scope, "Only one of s3ExportRole or s3ExportBuckets must be specified, not both.")
		}
		if combine && imp != nil {
			exp = imp
		} else {
			exp = awsiam.NewRole(scope, jsii.String("S3ExportRole"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(jsii.String("rds.amazonaws.com"), nil)})
		}
		for _, b := range *a.exportBuckets {
			b.GrantReadWrite(exp, nil)
		}
	}
	return imp, exp
}

// clusterRoles are the cluster's AssociatedRoles for the S3 roles; an
// export role that is the import role for the same feature is listed once.
func clusterRoles(imp, exp awsiam.IRole, f *ClusterEngineFeatures) interface{} {
	if f == nil {
		f = &ClusterEngineFeatures{}
	}
	var roles []interface{}
	if imp != nil {
		roles = append(roles, &CfnDBCluster_DBClusterRoleProperty{RoleArn: imp.RoleArn(), FeatureName: f.S3Import})
	}
	if exp != nil && (exp != imp || deref(f.S3Import) != deref(f.S3Export)) {
		roles = append(roles, &CfnDBCluster_DBClusterRoleProperty{RoleArn: exp.RoleArn(), FeatureName: f.S3Export})
	}
	if len(roles) == 0 {
		return nil
	}
	return &roles
}

// instanceRoles are the instance's AssociatedRoles for the S3 roles; the
// engine must support the feature. As in aws-cdk-lib, the export role is
// listed when the engine names export and import differently.
func instanceRoles(scope constructs.IConstruct, engine IInstanceEngine, imp, exp awsiam.IRole, f *InstanceEngineFeatures) interface{} {
	if f == nil {
		f = &InstanceEngineFeatures{}
	}
	desc := deref(engine.EngineType())
	if v := engine.EngineVersion(); v != nil && deref(v.FullVersion) != "" {
		desc += "-" + *v.FullVersion
	}
	var roles []interface{}
	if imp != nil {
		if f.S3Import == nil {
			l2.Throw(scope, "Engine '%s' does not support S3 import", desc)
		}
		roles = append(roles, &CfnDBInstance_DBInstanceRoleProperty{RoleArn: imp.RoleArn(), FeatureName: f.S3Import})
	}
	if exp != nil {
		if f.S3Export == nil {
			l2.Throw(scope, "Engine '%s' does not support S3 export", desc)
		}
		if deref(f.S3Export) != deref(f.S3Import) {
			roles = append(roles, &CfnDBInstance_DBInstanceRoleProperty{RoleArn: exp.RoleArn(), FeatureName: f.S3Export})
		}
	}
	if len(roles) == 0 {
		return nil
	}
	return &roles
}
