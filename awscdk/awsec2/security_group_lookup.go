package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
)

// SecurityGroup_FromLookupById imports an existing security group found by
// the CDK CLI's security-group context provider, by id. The context key and
// props are aws-cdk-lib's, so cdk.context.json files are shared with the
// CDK CLI; while the value is missing the lookup is listed in the
// manifest's "missing" list and a dummy group (sg-12345678) stands in.
func SecurityGroup_FromLookupById(scope constructs.Construct, id *string, securityGroupId *string) ISecurityGroup {
	return securityGroupFromLookup(scope, id, securityGroupId, nil, nil)
}

// SecurityGroup_FromLookupByName imports an existing security group found by
// name in vpc (see SecurityGroup_FromLookupById).
func SecurityGroup_FromLookupByName(scope constructs.Construct, id *string, securityGroupName *string, vpc IVpc) ISecurityGroup {
	return securityGroupFromLookup(scope, id, nil, securityGroupName, vpc)
}

func securityGroupFromLookup(scope constructs.Construct, id, groupID, groupName *string, vpc IVpc) ISecurityGroup {
	var vpcID *string
	if vpc != nil {
		vpcID = vpc.VpcId()
	}
	if isUnresolved(groupID) || isUnresolved(groupName) || isUnresolved(vpcID) {
		throw(scope, "All arguments to look up a security group must be concrete (no Tokens)")
	}
	props := map[string]interface{}{}
	if groupID != nil {
		props["securityGroupId"] = *groupID
	}
	if groupName != nil {
		props["securityGroupName"] = *groupName
	}
	if vpcID != nil {
		props["vpcId"] = *vpcID
	}
	res := awscdk.ContextProvider_GetValue(scope, &awscdk.GetContextValueOptions{
		Provider:   str("security-group"),
		Props:      &props,
		DummyValue: map[string]interface{}{"securityGroupId": "sg-12345678", "allowAllOutbound": true},
	})
	attrs, _ := res.Value.(map[string]interface{})
	sgID, _ := attrs["securityGroupId"].(string)
	opts := &SecurityGroupImportOptions{Mutable: boolp(true)}
	if b, ok := attrs["allowAllOutbound"].(bool); ok {
		opts.AllowAllOutbound = boolp(b)
	}
	return SecurityGroup_FromSecurityGroupId(scope, id, str(sgID), opts)
}
