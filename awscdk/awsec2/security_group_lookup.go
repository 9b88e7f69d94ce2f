package awsec2

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/ojson"
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
		Provider: str("security-group"),
		Props:    &props,
		// An ordered object: the manifest lists the dummy's keys in
		// aws-cdk-lib's order, not sorted as a Go map's.
		DummyValue: sgDummy(),
	})
	attrs, _ := res.Value.(map[string]interface{})
	if o, ok := res.Value.(*ojson.Object); ok {
		attrs = map[string]interface{}{}
		o.Range(func(k string, v interface{}) { attrs[k] = v })
	}
	sgID, _ := attrs["securityGroupId"].(string)
	opts := &SecurityGroupImportOptions{Mutable: boolp(true)}
	if b, ok := attrs["allowAllOutbound"].(bool); ok {
		opts.AllowAllOutbound = boolp(b)
	}
	return SecurityGroup_FromSecurityGroupId(scope, id, str(sgID), opts)
}

func sgDummy() *ojson.Object {
	o := ojson.New()
	o.Set("securityGroupId", "sg-12345678")
	o.Set("allowAllOutbound", true)
	return o
}
