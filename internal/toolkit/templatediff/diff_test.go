package templatediff

import (
	"encoding/json"
	"strings"
	"testing"
)

func tmpl(t *testing.T, s string) map[string]interface{} {
	t.Helper()
	var m map[string]interface{}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestResourceChanges(t *testing.T) {
	old := tmpl(t, `{"Resources":{
		"Bucket":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":"a"},"Metadata":{"aws:cdk:path":"S/Bucket/Resource"}},
		"Q":{"Type":"AWS::SQS::Queue","Properties":{"VisibilityTimeout":30},"Metadata":{"aws:cdk:path":"S/Q/Resource"}},
		"Logs":{"Type":"AWS::Logs::LogGroup","DeletionPolicy":"Retain"},
		"Gone":{"Type":"AWS::DynamoDB::Table"},
		"CDKMetadata":{"Type":"AWS::CDK::Metadata","Properties":{"Analytics":"v1"}}},
		"Parameters":{"BootstrapVersion":{"Type":"String","Description":"x [cdk:skip]","Default":"1"}}}`)
	new := tmpl(t, `{"Resources":{
		"Bucket":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":"b"},"Metadata":{"aws:cdk:path":"S/Bucket/Resource"}},
		"Q":{"Type":"AWS::SQS::Queue","Properties":{"VisibilityTimeout":"30"},"Metadata":{"aws:cdk:path":"S/Renamed/Resource"}},
		"New":{"Type":"AWS::SNS::Topic"},
		"CDKMetadata":{"Type":"AWS::CDK::Metadata","Properties":{"Analytics":"v2"}}},
		"Parameters":{"BootstrapVersion":{"Type":"String","Description":"x [cdk:skip]","Default":"2"}},
		"Outputs":{"Out":{"Value":"1"}}}`)
	d := Compare(old, new)
	got := map[string]ResourceChange{}
	for _, r := range d.Resources {
		got[r.LogicalID] = r
	}
	if _, ok := got["Q"]; ok {
		t.Errorf("30 vs \"30\" and a moved construct path are not changes: %+v", got["Q"])
	}
	if _, ok := got["CDKMetadata"]; ok {
		t.Errorf("CDKMetadata changes are ignored")
	}
	if b := got["Bucket"]; b.Kind != Modified || b.Replacement != "always" || !b.DestroysData {
		t.Errorf("renaming a bucket replaces it and loses data: %+v", b)
	}
	if g := got["Gone"]; g.Kind != Removed || !g.DestroysData {
		t.Errorf("removing a table destroys data: %+v", g)
	}
	if l, ok := got["Logs"]; !ok || l.DestroysData {
		t.Errorf("a retained log group is removed from the stack but its data kept: %+v", l)
	}
	if n := got["New"]; n.Kind != Added {
		t.Errorf("New: %+v", n)
	}
	if len(d.Parameters) != 1 {
		t.Errorf("cdk diff shows [cdk:skip] parameters too: %+v", d.Parameters)
	}
	if len(d.Outputs) != 1 || d.Outputs[0].Kind != Added {
		t.Errorf("outputs: %+v", d.Outputs)
	}
	var b strings.Builder
	d.Render(&b, Style{})
	out := b.String()
	if !got["Bucket"].DestroysData || !got["Gone"].DestroysData {
		t.Errorf("replacing a bucket and removing a table destroy data: %+v", got)
	}
	for _, want := range []string{
		"[~] AWS::S3::Bucket Bucket Bucket replace",
		" └─ [~] BucketName (requires replacement)",
		"[-] AWS::DynamoDB::Table Gone Gone destroy",
		"Outputs\n[+] Output Out: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("render lacks %q:\n%s", want, out)
		}
	}
}

func TestSecurityChanges(t *testing.T) {
	old := tmpl(t, `{"Resources":{"Role":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]}}}}}`)
	new := tmpl(t, `{"Resources":{
		"Role":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]},
			"ManagedPolicyArns":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]]}]}},
		"Pol":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["sqs:SendMessage","sqs:GetQueueUrl"],"Effect":"Allow","Resource":{"Fn::GetAtt":["Q","Arn"]}}]},"Roles":[{"Ref":"Role"}]}},
		"SG":{"Type":"AWS::EC2::SecurityGroup","Properties":{"GroupDescription":"x","SecurityGroupIngress":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"CidrIp":"0.0.0.0/0"}]}}}}`)
	d := Compare(old, new)
	if !d.Broadening() {
		t.Fatal("new Allow statements, policies and ingress rules broaden permissions")
	}
	if len(d.IAM) != 1 || d.IAM[0].Resource != "${Q.Arn}" || d.IAM[0].Action != "sqs:SendMessage\nsqs:GetQueueUrl" {
		t.Errorf("IAM changes: %+v", d.IAM)
	}
	if len(d.ManagedPolicies) != 1 || d.ManagedPolicies[0].Role != "${Role}" {
		t.Errorf("managed policy changes: %+v", d.ManagedPolicies)
	}
	if len(d.SecurityGroups) != 1 || d.SecurityGroups[0].Protocol != "TCP 443" || d.SecurityGroups[0].Peer != "Everyone (IPv4)" || d.SecurityGroups[0].Direction != "In" {
		t.Errorf("security group changes: %+v", d.SecurityGroups)
	}
	var b strings.Builder
	d.Render(&b, Style{})
	out := b.String()
	for _, want := range []string{"IAM Statement Changes", "│ + │ ${Q.Arn} │ Allow  │ sqs:SendMessage │ AWS:${Role} │", "│   │          │        │ sqs:GetQueueUrl │             │", "Security Group Changes", "│ + │ ${SG.GroupId} │ In  │ TCP 443  │ Everyone (IPv4) │"} {
		if !strings.Contains(out, want) {
			t.Errorf("render lacks %q:\n%s", want, out)
		}
	}
	if Compare(new, new).Broadening() || !Compare(new, new).Empty() {
		t.Error("a template compared with itself has no changes")
	}
}

// Replacements travel through Ref and Fn::GetAtt, as cdk diff predicts
// them: a renamed queue is replaced, so the subscription pointing at its
// ARN is, and so is a parameter named after that subscription.
func TestKnockOnReplacements(t *testing.T) {
	old := tmpl(t, `{"Resources":{
		"Q":{"Type":"AWS::SQS::Queue","Properties":{"QueueName":"a"}},
		"Sub":{"Type":"AWS::SNS::Subscription","Properties":{"Protocol":"sqs","TopicArn":"t","Endpoint":{"Fn::GetAtt":["Q","Arn"]}}},
		"P":{"Type":"AWS::SSM::Parameter","Properties":{"Type":"String","Name":{"Ref":"Sub"},"Value":"v"}},
		"Other":{"Type":"AWS::SSM::Parameter","Properties":{"Type":"String","Value":{"Ref":"Q"}}}}}`)
	new := tmpl(t, `{"Resources":{
		"Q":{"Type":"AWS::SQS::Queue","Properties":{"QueueName":"b"}},
		"Sub":{"Type":"AWS::SNS::Subscription","Properties":{"Protocol":"sqs","TopicArn":"t","Endpoint":{"Fn::GetAtt":["Q","Arn"]}}},
		"P":{"Type":"AWS::SSM::Parameter","Properties":{"Type":"String","Name":{"Ref":"Sub"},"Value":"v"}},
		"Other":{"Type":"AWS::SSM::Parameter","Properties":{"Type":"String","Value":{"Ref":"Q"}}}}}`)
	d := Compare(old, new)
	got := map[string]ResourceChange{}
	for _, r := range d.Resources {
		got[r.LogicalID] = r
	}
	for _, id := range []string{"Q", "Sub", "P"} {
		if got[id].Replacement != "always" {
			t.Errorf("%s should be replaced: %+v", id, got[id])
		}
	}
	if _, ok := got["Other"]; ok {
		t.Errorf("a property that updates in place does not replace its resource: %+v", got["Other"])
	}
	if p := got["Sub"].Properties; len(p) != 1 || p[0].Name != "Endpoint" {
		t.Errorf("the subscription is replaced because of its Endpoint: %+v", p)
	}
}
