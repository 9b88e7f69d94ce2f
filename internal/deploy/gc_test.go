package deploy

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// fakeBucket is an S3 bucket in memory, tags and all.
type fakeBucket struct {
	objects map[string]time.Time
	tags    map[string][]s3types.Tag
	deleted []string
}

func (f *fakeBucket) ListObjectsV2(_ context.Context, _ *s3.ListObjectsV2Input, _ ...func(*s3.Options)) (*s3.ListObjectsV2Output, error) {
	var keys []string
	for k := range f.objects {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := &s3.ListObjectsV2Output{}
	for _, k := range keys {
		out.Contents = append(out.Contents, s3types.Object{Key: aws.String(k), Size: aws.Int64(1 << 20), LastModified: aws.Time(f.objects[k])})
	}
	return out, nil
}

func (f *fakeBucket) GetObjectTagging(_ context.Context, in *s3.GetObjectTaggingInput, _ ...func(*s3.Options)) (*s3.GetObjectTaggingOutput, error) {
	return &s3.GetObjectTaggingOutput{TagSet: f.tags[aws.ToString(in.Key)]}, nil
}

func (f *fakeBucket) PutObjectTagging(_ context.Context, in *s3.PutObjectTaggingInput, _ ...func(*s3.Options)) (*s3.PutObjectTaggingOutput, error) {
	f.tags[aws.ToString(in.Key)] = in.Tagging.TagSet
	return &s3.PutObjectTaggingOutput{}, nil
}

func (f *fakeBucket) DeleteObjects(_ context.Context, in *s3.DeleteObjectsInput, _ ...func(*s3.Options)) (*s3.DeleteObjectsOutput, error) {
	for _, o := range in.Delete.Objects {
		f.deleted = append(f.deleted, aws.ToString(o.Key))
		delete(f.objects, aws.ToString(o.Key))
	}
	return &s3.DeleteObjectsOutput{}, nil
}

// With a rollback buffer, cdk gc's cycle: isolated assets are tagged with
// the time, deleted once the tag is older than the buffer, and untagged
// when a stack refers to them again; young assets are left alone.
func TestGarbageCollectS3RollbackBuffer(t *testing.T) {
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	old := now.Add(-10 * day)
	f := &fakeBucket{
		objects: map[string]time.Time{"used.zip": old, "gone.zip": old, "gone2.json": old, "back.zip": old, "young.zip": now.Add(-time.Hour)},
		tags: map[string][]s3types.Tag{
			"gone2.json": {{Key: aws.String(S3IsolatedTag), Value: aws.String(strconv.FormatInt(now.Add(-3*day).UnixMilli(), 10))}},
			"back.zip":   {{Key: aws.String("team"), Value: aws.String("x")}, {Key: aws.String(S3IsolatedTag), Value: aws.String("1")}},
		},
	}
	active := func(s string) bool { return s == "used" || s == "back" }
	var lines []string
	o := GCOptions{Action: "full", RollbackBufferDays: 2, CreatedBufferDays: 1, Now: now, Report: func(l string) { lines = append(lines, l) }}
	var asked []string
	o.Confirm = func(msg string) (bool, bool, error) { asked = append(asked, msg); return true, false, nil }
	res, err := gcS3(context.Background(), f, "b", active, o)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(f.deleted, ",") != "gone2.json" {
		t.Errorf("deleted %v, want only gone2.json (isolated 3 days ago, buffer 2)", f.deleted)
	}
	if tags := f.tags["gone.zip"]; len(tags) != 1 || aws.ToString(tags[0].Key) != S3IsolatedTag || aws.ToString(tags[0].Value) != strconv.FormatInt(now.UnixMilli(), 10) {
		t.Errorf("gone.zip tags %v, want the isolation time", tags)
	}
	if tags := f.tags["back.zip"]; len(tags) != 1 || aws.ToString(tags[0].Key) != "team" {
		t.Errorf("back.zip tags %v: used again, its isolation tag goes and its own stay", tags)
	}
	if _, ok := f.tags["young.zip"]; ok {
		t.Errorf("an asset younger than --created-buffer-days was touched")
	}
	if res.Tagged != 1 || res.Untagged != 1 || res.Deleted != 1 || res.Scanned != 4 || res.Total != 5 {
		t.Errorf("result %+v", res)
	}
	if len(asked) != 1 || !strings.HasPrefix(asked[0], "Found 1 object to delete based off of the following criteria:\n- objects have been isolated for > 2 days\n- objects were created > 1 days ago") {
		t.Errorf("confirmation %q", asked)
	}
	if want := "[80.00%] 4 files scanned: 1 assets (1.00 MiB) tagged, 1 assets (1.00 MiB) deleted."; len(lines) != 1 || lines[0] != want {
		t.Errorf("report %q, want %q", lines, want)
	}

	// Declining stops before anything is deleted; print changes nothing.
	f.tags["gone.zip"][0].Value = aws.String("1")
	o.Confirm = func(string) (bool, bool, error) { return false, false, nil }
	if _, err := gcS3(context.Background(), f, "b", active, o); err == nil || err.Error() != "Garbage collection cancelled" {
		t.Errorf("declined: %v", err)
	}
	o.Action = "print"
	res, _ = gcS3(context.Background(), f, "b", active, o)
	if len(f.deleted) != 1 || res.Eligible != 1 {
		t.Errorf("print deleted %v / eligible %d", f.deleted, res.Eligible)
	}
}

func TestOtherQualifier(t *testing.T) {
	tmpl := `{"Parameters":{"BootstrapVersion":{"Type":"AWS::SSM::Parameter::Value<String>","Default":"/cdk-bootstrap/other/version"}}}`
	if !otherQualifier(tmpl, "hnb659fds") || otherQualifier(tmpl, "other") || otherQualifier(`{}`, "hnb659fds") {
		t.Error("JSON templates")
	}
	if !otherQualifier("Parameters:\n  BootstrapVersion:\n    Default: /cdk-bootstrap/other/version\n", "hnb659fds") {
		t.Error("YAML templates")
	}
}
