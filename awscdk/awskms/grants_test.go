package awskms_test

import (
	"fmt"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func TestGrants(t *testing.T) {
	s := jsii.String
	golden.CheckTemplates(t, map[string]func(st awscdk.Stack){
		"Grants": func(st awscdk.Stack) {
			role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil)})
			signKey := awskms.NewKey(st, s("SignKey"), &awskms.KeyProps{KeySpec: awskms.KeySpec_RSA_2048, KeyUsage: awskms.KeyUsage_SIGN_VERIFY})
			signKey.GrantSign(role)
			signKey.GrantVerify(role)
			signKey.Grants().SignVerify(awsiam.NewAccountPrincipal(s("222222222222")))
			macKey := awskms.NewKey(st, s("MacKey"), &awskms.KeyProps{KeySpec: awskms.KeySpec_HMAC_256, KeyUsage: awskms.KeyUsage_GENERATE_VERIFY_MAC})
			macKey.GrantGenerateMac(role)
			macKey.GrantVerifyMac(role)
			key := awskms.NewKey(st, s("Key"), nil)
			a := key.AddAlias(s("alias/first"))
			awscdk.NewCfnOutput(st, s("AliasArn"), &awscdk.CfnOutputProps{Value: a.AliasArn()})
			byAttrs := awskms.Alias_FromAliasAttributes(st, s("ByAttrs"), &awskms.AliasAttributes{AliasName: s("alias/attrs"), AliasTargetKey: key})
			byAttrs.GrantEncrypt(role)
			awscdk.NewCfnOutput(st, s("ByAttrsOut"), &awscdk.CfnOutputProps{Value: s(*byAttrs.KeyArn() + "|" + *byAttrs.AliasRef().AliasName)})
			byName := awskms.Alias_FromAliasName(st, s("ByName"), s("alias/other"))
			byName.GrantDecrypt(role)
			byName.GrantSign(role)
			key.Grants().Actions(role, s("kms:DescribeKey"))
			key.Grants().Admin(role)
			awskms.KeyGrants_FromKey(key, jsii.Bool(false)).EncryptDecrypt(awsiam.NewAccountPrincipal(s("333333333333")))
			key.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kms:Decrypt"), Resources: jsii.Strings("*"),
				Principals: &[]awsiam.IPrincipal{awskms.NewViaServicePrincipal(s("s3.us-east-1.amazonaws.com"), awsiam.NewAccountRootPrincipal())}}), nil)
			key.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kms:Encrypt"), Resources: jsii.Strings("*"),
				Principals: &[]awsiam.IPrincipal{awskms.NewViaServicePrincipal(s("sqs.us-east-1.amazonaws.com"), nil)}}), nil)
			cfn := awskms.NewCfnKey(st, s("L1"), &awskms.CfnKeyProps{KeyPolicy: map[string]interface{}{"Version": "2012-10-17", "Statement": []interface{}{
				map[string]interface{}{"Effect": "Allow", "Principal": map[string]interface{}{"AWS": "arn:aws:iam::111111111111:root"}, "Action": "kms:*", "Resource": "*"}}}})
			fromCfn := awskms.Key_FromCfnKey(cfn)
			fromCfn.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: jsii.Strings("kms:Decrypt"), Resources: jsii.Strings("*"),
				Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(s("logs.amazonaws.com"), nil)}}), nil)
			fromCfn.GrantDecrypt(role)
			awscdk.NewCfnOutput(st, s("Same"), &awscdk.CfnOutputProps{Value: s(fmt.Sprint(awskms.Key_FromCfnKey(cfn) == fromCfn))})
			imp := awskms.Key_FromKeyArn(st, s("Imp"), s("arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
			awscdk.NewCfnOutput(st, s("Dummy"), &awscdk.CfnOutputProps{Value: s(fmt.Sprint(*awskms.Key_IsLookupDummy(imp)) + fmt.Sprint(*awskms.Key_IsLookupDummy(key)))})
		},
	}, nil, nil)
}
