package awscdk

import (
	"reflect"
	"testing"
)

func TestTagValueAsReflect(t *testing.T) {
	tags := []reflect.StructTag{
		``, `cfn:"BucketName" field:"optional" json:"bucketName" yaml:"bucketName"`,
		`field:"required" json:"x"`, `cfn:"A,omitempty"`, `cfn:"es\"c" field:"optional"`,
		`cfn:"unterminated`, `cfn: "space"`, `  cfn:"lead"  field:"x"`, `bad`, `cfn:""`,
		`json:"cfn" cfn:"Second"`, "cfn:\"tab\"\tfield:\"x\"", `:"x" cfn:"y"`,
	}
	for _, tag := range tags {
		for _, key := range []string{"cfn", "field", "json", "yaml", "nope"} {
			if got, want := tagValue(tag, key), tag.Get(key); got != want {
				t.Errorf("tagValue(%q, %q) = %q, want %q", tag, key, got, want)
			}
		}
	}
}
