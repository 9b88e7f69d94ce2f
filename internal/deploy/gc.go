package deploy

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/aws/aws-sdk-go-v2/service/ecr"
	ecrtypes "github.com/aws/aws-sdk-go-v2/service/ecr/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// The tags cdk gc marks isolated assets with (the value, or the tag's last
// part for images, is when, in Unix milliseconds).
const (
	S3IsolatedTag  = "aws-cdk:isolated"
	ECRIsolatedTag = "aws-cdk.isolated"
)

// GCOptions say what garbage collection of a bootstrapped environment does,
// with cdk gc's meanings.
type GCOptions struct {
	Target           Target
	ToolkitStackName string // default CDKToolkit
	// Action is print (a dry run), tag, delete-tagged or full.
	Action string
	// Type is s3, ecr or all.
	Type string
	// RollbackBufferDays: delete only assets isolated (tagged) this many
	// days ago; 0 deletes isolated assets at once, without tagging.
	RollbackBufferDays float64
	// CreatedBufferDays: never touch assets younger than this.
	CreatedBufferDays float64
	// Confirm is asked before each batch of deletions; all=true stops
	// asking. Nil deletes without asking.
	Confirm func(msg string) (yes, all bool, err error)
	// Report receives progress lines ("[100.00%] 3 files scanned: ...").
	Report func(string)
	// Now is the time of the run (default time.Now).
	Now time.Time
}

// GCResult counts what a garbage collection did for one asset type.
type GCResult struct {
	Type          string `json:"type"`
	Location      string `json:"location"`
	Total         int    `json:"total"`
	Scanned       int    `json:"scanned"` // those old enough to consider
	Eligible      int    `json:"eligible"`
	Tagged        int    `json:"tagged"`
	Untagged      int    `json:"untagged"`
	Deleted       int    `json:"deleted"`
	EligibleBytes int64  `json:"eligibleBytes"`
	TaggedBytes   int64  `json:"taggedBytes"`
	DeletedBytes  int64  `json:"deletedBytes"`
}

const day = 24 * time.Hour

// GarbageCollect finds the bootstrap bucket's objects and repository's
// images that no deployed stack of the environment's qualifier refers to
// (isolated), and tags or deletes them as cdk gc does.
func (s *Session) GarbageCollect(ctx context.Context, o GCOptions) ([]GCResult, error) {
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.ToolkitStackName == "" {
		o.ToolkitStackName = "CDKToolkit"
	}
	if o.Report == nil {
		o.Report = func(string) {}
	}
	cfg := s.Config(ctx, o.Target.Region, "", "")
	cfn := s.CloudFormation(cfg)
	toolkit, err := describeStack(ctx, cfn, o.ToolkitStackName)
	if err != nil {
		return nil, fmt.Errorf("toolkit stack %s: %s", o.ToolkitStackName, shortErr(err))
	}
	if toolkit == nil {
		return nil, fmt.Errorf("%w: no toolkit stack %s in %s/%s (run strata bootstrap)", ErrBootstrapMissing, o.ToolkitStackName, o.Target.Account, o.Target.Region)
	}
	outputs := outputsOf(toolkit)
	// moto leaves the outputs of a stack made through a change set empty:
	// fall back to the bootstrap template's resources.
	if outputs["BucketName"] == "" || outputs["ImageRepositoryName"] == "" {
		pages := cloudformation.NewListStackResourcesPaginator(cfn, &cloudformation.ListStackResourcesInput{StackName: aws.String(o.ToolkitStackName)})
		for pages.HasMorePages() {
			page, err := pages.NextPage(ctx)
			if err != nil {
				break
			}
			for _, r := range page.StackResourceSummaries {
				switch aws.ToString(r.LogicalResourceId) {
				case "StagingBucket":
					if outputs["BucketName"] == "" {
						outputs["BucketName"] = aws.ToString(r.PhysicalResourceId)
					}
				case "ContainerAssetsRepository":
					if outputs["ImageRepositoryName"] == "" {
						outputs["ImageRepositoryName"] = aws.ToString(r.PhysicalResourceId)
					}
				}
			}
		}
	}
	qualifier := ""
	for _, p := range toolkit.Parameters {
		if aws.ToString(p.ParameterKey) == "Qualifier" {
			qualifier = aws.ToString(p.ParameterValue)
		}
	}
	templates, err := activeTemplates(ctx, cfn, qualifier)
	if err != nil {
		return nil, fmt.Errorf("Error refreshing stacks: %s", shortErr(err))
	}
	active := func(s string) bool {
		for _, t := range templates {
			if strings.Contains(t, s) {
				return true
			}
		}
		return false
	}
	var out []GCResult
	if o.Type == "s3" || o.Type == "all" {
		bucket := outputs["BucketName"]
		if bucket == "" {
			return out, fmt.Errorf("toolkit stack %s has no BucketName output", o.ToolkitStackName)
		}
		r, err := gcS3(ctx, s.S3(cfg), bucket, active, o)
		out = append(out, r)
		if err != nil {
			return out, err
		}
	}
	if o.Type == "ecr" || o.Type == "all" {
		repo := outputs["ImageRepositoryName"]
		if repo == "" {
			return out, fmt.Errorf("toolkit stack %s has no ImageRepositoryName output", o.ToolkitStackName)
		}
		r, err := gcECR(ctx, ecr.NewFromConfig(cfg), repo, active, o)
		out = append(out, r)
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// activeTemplates are the templates (parameter defaults included) of every
// live stack of the environment, leaving out stacks bootstrapped under
// another qualifier.
func activeTemplates(ctx context.Context, cfn *cloudformation.Client, qualifier string) ([]string, error) {
	skip := map[cfntypes.StackStatus]bool{"CREATE_FAILED": true, "DELETE_COMPLETE": true, "DELETE_IN_PROGRESS": true, "DELETE_FAILED": true, "REVIEW_IN_PROGRESS": true}
	var names []string
	pages := cloudformation.NewListStacksPaginator(cfn, &cloudformation.ListStacksInput{})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		for _, st := range page.StackSummaries {
			if !skip[st.StackStatus] {
				name := aws.ToString(st.StackId)
				if name == "" {
					name = aws.ToString(st.StackName)
				}
				names = append(names, name)
			}
		}
	}
	var out []string
	for _, name := range names {
		t, err := cfn.GetTemplate(ctx, &cloudformation.GetTemplateInput{StackName: aws.String(name)})
		if err != nil {
			return nil, err
		}
		body := aws.ToString(t.TemplateBody)
		if otherQualifier(body, qualifier) {
			continue
		}
		out = append(out, body)
	}
	return out, nil
}

// bootstrapParameter finds the default of a BootstrapVersion parameter
// (/cdk-bootstrap/<qualifier>/version) in a JSON or YAML template.
var bootstrapParameter = regexp.MustCompile(`/cdk-bootstrap/([^/"'\s]+)/version`)

// otherQualifier: the stack's BootstrapVersion parameter names another
// qualifier's bootstrap. cdk gc reads it with GetTemplateSummary; the
// template says the same (and moto cannot summarize templates without
// AWSTemplateFormatVersion, which CDK templates lack).
func otherQualifier(template, qualifier string) bool {
	var tmpl struct {
		Parameters map[string]struct{ Default interface{} }
	}
	def := ""
	if json.Unmarshal([]byte(template), &tmpl) == nil {
		def, _ = tmpl.Parameters["BootstrapVersion"].Default.(string)
	} else if m := bootstrapParameter.FindString(template); m != "" {
		def = m
	}
	parts := strings.Split(def, "/")
	return qualifier != "" && len(parts) == 4 && parts[2] != qualifier
}

type gcObject struct {
	key  string
	size int64
	tags []s3types.Tag
}

func (g gcObject) isolatedAt() (time.Time, bool) {
	for _, t := range g.tags {
		if aws.ToString(t.Key) == S3IsolatedTag {
			ms, err := strconv.ParseInt(aws.ToString(t.Value), 10, 64)
			return time.UnixMilli(ms), err == nil
		}
	}
	return time.Time{}, false
}

// gcS3API is the part of S3 garbage collection uses (a fake in tests:
// moto refuses tag keys starting with "aws", such as cdk gc's).
type gcS3API interface {
	s3.ListObjectsV2APIClient
	GetObjectTagging(context.Context, *s3.GetObjectTaggingInput, ...func(*s3.Options)) (*s3.GetObjectTaggingOutput, error)
	PutObjectTagging(context.Context, *s3.PutObjectTaggingInput, ...func(*s3.Options)) (*s3.PutObjectTaggingOutput, error)
	DeleteObjects(context.Context, *s3.DeleteObjectsInput, ...func(*s3.Options)) (*s3.DeleteObjectsOutput, error)
}

func gcS3(ctx context.Context, client gcS3API, bucket string, active func(string) bool, o GCOptions) (GCResult, error) {
	res := GCResult{Type: "s3", Location: bucket}
	var objs []gcObject
	pages := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: aws.String(bucket)})
	scanned := 0
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return res, fmt.Errorf("bucket %s: %s", bucket, shortErr(err))
		}
		for _, obj := range page.Contents {
			scanned++
			if aws.ToTime(obj.LastModified).Before(o.Now.Add(-time.Duration(o.CreatedBufferDays * float64(day)))) {
				objs = append(objs, gcObject{key: aws.ToString(obj.Key), size: aws.ToInt64(obj.Size)})
			}
		}
	}
	res.Total, res.Scanned = scanned, len(objs)
	var isolated, inUse []gcObject
	for _, obj := range objs {
		if active(strings.SplitN(obj.key, ".", 2)[0]) {
			inUse = append(inUse, obj)
		} else {
			isolated = append(isolated, obj)
		}
	}
	deletable, taggable, untaggable := isolated, []gcObject(nil), []gcObject(nil)
	if o.RollbackBufferDays > 0 {
		for i := range objs {
			t, err := client.GetObjectTagging(ctx, &s3.GetObjectTaggingInput{Bucket: aws.String(bucket), Key: aws.String(objs[i].key)})
			if err != nil {
				return res, fmt.Errorf("bucket %s: %s: %s", bucket, objs[i].key, shortErr(err))
			}
			objs[i].tags = t.TagSet
		}
		tagsOf := map[string][]s3types.Tag{}
		for _, obj := range objs {
			tagsOf[obj.key] = obj.tags
		}
		deletable = nil
		before := o.Now.Add(-time.Duration(o.RollbackBufferDays * float64(day)))
		for _, obj := range isolated {
			obj.tags = tagsOf[obj.key]
			at, tagged := obj.isolatedAt()
			switch {
			case !tagged:
				taggable = append(taggable, obj)
			case at.Before(before):
				deletable = append(deletable, obj)
			}
		}
		for _, obj := range inUse {
			obj.tags = tagsOf[obj.key]
			if _, tagged := obj.isolatedAt(); tagged {
				untaggable = append(untaggable, obj)
			}
		}
	}
	for _, obj := range isolated {
		res.Eligible++
		res.EligibleBytes += obj.size
	}
	canDelete := o.Action == "delete-tagged" || o.Action == "full"
	canTag := o.Action == "tag" || o.Action == "full"
	if canDelete && len(deletable) > 0 {
		if err := confirmDeletion(&o, len(deletable), "object"); err != nil {
			return res, err
		}
		for i := 0; i < len(deletable); i += 1000 {
			batch := deletable[i:min(i+1000, len(deletable))]
			ids := make([]s3types.ObjectIdentifier, len(batch))
			for j, obj := range batch {
				ids[j] = s3types.ObjectIdentifier{Key: aws.String(obj.key)}
			}
			if _, err := client.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: aws.String(bucket), Delete: &s3types.Delete{Objects: ids, Quiet: aws.Bool(true)}}); err != nil {
				return res, fmt.Errorf("Error deleting objects: %s", shortErr(err))
			}
			for _, obj := range batch {
				res.Deleted++
				res.DeletedBytes += obj.size
			}
		}
	}
	if canTag {
		stamp := strconv.FormatInt(o.Now.UnixMilli(), 10)
		for _, obj := range taggable {
			if _, err := client.PutObjectTagging(ctx, &s3.PutObjectTaggingInput{Bucket: aws.String(bucket), Key: aws.String(obj.key),
				Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String(S3IsolatedTag), Value: aws.String(stamp)}}}}); err != nil {
				return res, fmt.Errorf("bucket %s: tagging %s: %s", bucket, obj.key, shortErr(err))
			}
			res.Tagged++
			res.TaggedBytes += obj.size
		}
		// Referenced again (a rollback, say): no longer isolated.
		for _, obj := range untaggable {
			var keep []s3types.Tag
			for _, t := range obj.tags {
				if aws.ToString(t.Key) != S3IsolatedTag {
					keep = append(keep, t)
				}
			}
			if _, err := client.PutObjectTagging(ctx, &s3.PutObjectTaggingInput{Bucket: aws.String(bucket), Key: aws.String(obj.key), Tagging: &s3types.Tagging{TagSet: keep}}); err != nil {
				return res, fmt.Errorf("bucket %s: untagging %s: %s", bucket, obj.key, shortErr(err))
			}
			res.Untagged++
		}
	}
	o.Report(progressLine(o.Action, res))
	return res, nil
}

type gcImage struct {
	digest, manifest string
	size             int64
	tags             []string
}

// isolatedAt reads an "<n>-aws-cdk.isolated-<ms>" tag.
func (g gcImage) isolatedAt() (tag string, at time.Time, ok bool) {
	for _, t := range g.tags {
		if strings.Contains(t, ECRIsolatedTag) {
			parts := strings.Split(t, "-")
			if len(parts) == 4 {
				ms, err := strconv.ParseInt(parts[3], 10, 64)
				return t, time.UnixMilli(ms), err == nil
			}
			return t, time.Time{}, false
		}
	}
	return "", time.Time{}, false
}

func gcECR(ctx context.Context, client *ecr.Client, repo string, active func(string) bool, o GCOptions) (GCResult, error) {
	res := GCResult{Type: "ecr", Location: repo}
	var images []gcImage
	pages := ecr.NewListImagesPaginator(client, &ecr.ListImagesInput{RepositoryName: aws.String(repo)})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return res, fmt.Errorf("repository %s: %s", repo, shortErr(err))
		}
		seen := map[string]bool{}
		var ids []ecrtypes.ImageIdentifier
		for _, id := range page.ImageIds {
			if d := aws.ToString(id.ImageDigest); d != "" && !seen[d] {
				seen[d] = true
				ids = append(ids, ecrtypes.ImageIdentifier{ImageDigest: aws.String(d)})
			}
		}
		if len(ids) == 0 {
			continue
		}
		desc, err := client.DescribeImages(ctx, &ecr.DescribeImagesInput{RepositoryName: aws.String(repo), ImageIds: ids})
		if err != nil {
			return res, fmt.Errorf("repository %s: %s", repo, shortErr(err))
		}
		got, err := client.BatchGetImage(ctx, &ecr.BatchGetImageInput{RepositoryName: aws.String(repo), ImageIds: ids})
		if err != nil {
			return res, fmt.Errorf("repository %s: %s", repo, shortErr(err))
		}
		manifests := map[string]string{}
		for _, img := range got.Images {
			manifests[aws.ToString(img.ImageId.ImageDigest)] = aws.ToString(img.ImageManifest)
		}
		for _, d := range desc.ImageDetails {
			res.Total++
			pushed := o.Now
			if d.ImagePushedAt != nil {
				pushed = *d.ImagePushedAt
			}
			if pushed.Before(o.Now.Add(-time.Duration(o.CreatedBufferDays * float64(day)))) {
				images = append(images, gcImage{digest: aws.ToString(d.ImageDigest), manifest: manifests[aws.ToString(d.ImageDigest)], size: aws.ToInt64(d.ImageSizeInBytes), tags: d.ImageTags})
			}
		}
	}
	res.Scanned = len(images)
	var isolated, inUse []gcImage
	for _, img := range images {
		used := false
		for _, t := range img.tags {
			if active(t) {
				used = true
			}
		}
		if used {
			inUse = append(inUse, img)
		} else {
			isolated = append(isolated, img)
		}
	}
	deletable, taggable, untaggable := isolated, []gcImage(nil), []gcImage(nil)
	if o.RollbackBufferDays > 0 {
		deletable = nil
		before := o.Now.Add(-time.Duration(o.RollbackBufferDays * float64(day)))
		for _, img := range isolated {
			_, at, tagged := img.isolatedAt()
			switch {
			case !tagged:
				taggable = append(taggable, img)
			case at.Before(before):
				deletable = append(deletable, img)
			}
		}
		for _, img := range inUse {
			if _, _, tagged := img.isolatedAt(); tagged {
				untaggable = append(untaggable, img)
			}
		}
	}
	for _, img := range isolated {
		res.Eligible++
		res.EligibleBytes += img.size
	}
	canDelete := o.Action == "delete-tagged" || o.Action == "full"
	canTag := o.Action == "tag" || o.Action == "full"
	if canDelete && len(deletable) > 0 {
		if err := confirmDeletion(&o, len(deletable), "image"); err != nil {
			return res, err
		}
		for i := 0; i < len(deletable); i += 100 {
			batch := deletable[i:min(i+100, len(deletable))]
			ids := make([]ecrtypes.ImageIdentifier, len(batch))
			for j, img := range batch {
				ids[j] = ecrtypes.ImageIdentifier{ImageDigest: aws.String(img.digest)}
			}
			if _, err := client.BatchDeleteImage(ctx, &ecr.BatchDeleteImageInput{RepositoryName: aws.String(repo), ImageIds: ids}); err != nil {
				return res, fmt.Errorf("Error deleting images: %s", shortErr(err))
			}
			for _, img := range batch {
				res.Deleted++
				res.DeletedBytes += img.size
			}
		}
	}
	if canTag {
		for i, img := range taggable {
			tag := fmt.Sprintf("%d-%s-%d", i, ECRIsolatedTag, o.Now.UnixMilli())
			if _, err := client.PutImage(ctx, &ecr.PutImageInput{RepositoryName: aws.String(repo), ImageDigest: aws.String(img.digest), ImageManifest: aws.String(img.manifest), ImageTag: aws.String(tag)}); err != nil {
				return res, fmt.Errorf("repository %s: tagging %s: %s", repo, img.digest, shortErr(err))
			}
			res.Tagged++
			res.TaggedBytes += img.size
		}
		for _, img := range untaggable {
			tag, _, _ := img.isolatedAt()
			if _, err := client.BatchDeleteImage(ctx, &ecr.BatchDeleteImageInput{RepositoryName: aws.String(repo), ImageIds: []ecrtypes.ImageIdentifier{{ImageTag: aws.String(tag)}}}); err != nil {
				return res, fmt.Errorf("repository %s: untagging %s: %s", repo, img.digest, shortErr(err))
			}
			res.Untagged++
		}
	}
	o.Report(progressLine(o.Action, res))
	return res, nil
}

// confirmDeletion asks before a batch of deletions, with cdk gc's words.
func confirmDeletion(o *GCOptions, n int, kind string) error {
	if o.Confirm == nil {
		return nil
	}
	noun := kind
	if n != 1 {
		noun += "s"
	}
	msg := fmt.Sprintf("Found %d %s to delete based off of the following criteria:\n- %ss have been isolated for > %s days\n- %ss were created > %s days ago\n\nDelete this batch?",
		n, noun, kind, days(o.RollbackBufferDays), kind, days(o.CreatedBufferDays))
	yes, all, err := o.Confirm(msg)
	if err != nil {
		return err
	}
	if !yes && !all {
		return fmt.Errorf("Garbage collection cancelled")
	}
	if all {
		o.Confirm = nil
	}
	return nil
}

func days(d float64) string { return strconv.FormatFloat(d, 'f', -1, 64) }

// progressLine is cdk gc's summary line.
func progressLine(action string, r GCResult) string {
	size := func(b int64) string {
		mb := float64(b) / (1 << 20)
		if mb >= 1000 {
			return fmt.Sprintf("%.2f GiB", mb/1000)
		}
		return fmt.Sprintf("%.2f MiB", mb)
	}
	// As cdk gc counts: only assets old enough to consider are scanned.
	pct := "100.00"
	if r.Total > 0 {
		pct = fmt.Sprintf("%.2f", float64(r.Scanned)/float64(r.Total)*100)
	}
	if action == "print" {
		return fmt.Sprintf("[%s%%] %d files scanned: %d assets (%s) eligible for deletion.", pct, r.Scanned, r.Eligible, size(r.EligibleBytes))
	}
	return fmt.Sprintf("[%s%%] %d files scanned: %d assets (%s) tagged, %d assets (%s) deleted.", pct, r.Scanned, r.Tagged, size(r.TaggedBytes), r.Deleted, size(r.DeletedBytes))
}
