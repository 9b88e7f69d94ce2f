package cli

import (
	"bufio"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// Asked on the terminal as cdk import asks: the template's own identifier
// values are offered first; otherwise each identifier property is asked
// for, an empty answer skipping the resource; unknown types are skipped.
func TestAskIdentifiers(t *testing.T) {
	var res map[string]interface{}
	_ = json.Unmarshal([]byte(`{
		"Named":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":"my-bucket"},"Metadata":{"aws:cdk:path":"App/Named/Resource"}},
		"Anon":{"Type":"AWS::SQS::Queue","Metadata":{"aws:cdk:path":"App/Anon/Resource"}},
		"Skip":{"Type":"AWS::SQS::Queue"},
		"Odd":{"Type":"Custom::Thing"}}`), &res)
	ids := map[string][][]string{"AWS::S3::Bucket": {{"BucketName"}}, "AWS::SQS::Queue": {{"QueueUrl"}}}
	in := bufio.NewReader(strings.NewReader("y\nhttps://sqs/q1\n\n"))
	var out strings.Builder
	got := askIdentifiers(&out, in, []string{"Named", "Anon", "Skip", "Odd"}, res, ids)
	want := map[string]map[string]string{"Named": {"BucketName": "my-bucket"}, "Anon": {"QueueUrl": "https://sqs/q1"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for _, line := range []string{
		"App/Named/Resource (AWS::S3::Bucket): import with BucketName=my-bucket (y/n) ",
		"App/Anon/Resource (AWS::SQS::Queue): enter QueueUrl (empty to skip): ",
		"Skipping import of Skip\n",
		"Odd: unsupported resource type Custom::Thing, skipping import.\n",
	} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("prompts lack %q:\n%s", line, out.String())
		}
	}
}

func TestMappingFor(t *testing.T) {
	var out strings.Builder
	got, err := mappingFor(&out, []byte(`{"A":{"QueueUrl":"u"},"Z":{"X":"y"}}`), []string{"A", "B"}, map[string]interface{}{})
	if err != nil || !reflect.DeepEqual(got, map[string]map[string]string{"A": {"QueueUrl": "u"}}) {
		t.Errorf("got %v %v", got, err)
	}
	if out.String() != "A: importing using QueueUrl=u\nB: skipping\nUnrecognized resource identifiers in mapping file: Z\n" {
		t.Errorf("output %q", out.String())
	}
	if _, err := mappingFor(&out, []byte(`nope`), nil, nil); err == nil || !strings.HasPrefix(err.Error(), "Could not parse resource mapping as JSON: nope") {
		t.Errorf("bad JSON: %v", err)
	}
}
