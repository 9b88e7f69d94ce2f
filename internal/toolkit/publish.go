package toolkit

import (
	"context"
	"path/filepath"
	"sync"

	"github.com/strata-cdk/strata/internal/deploy"
)

// Asset publishing runs on a bounded pool, as the CDK CLI's work graph
// does: up to 8 uploads at once with --asset-parallelism (its default), one
// at a time without, shared by the stacks a deploy runs together, and Docker builds bounded on their own by
// --asset-build-concurrency (default 1, builds being CPU- and memory-bound).
// Per-asset progress lines come in the order the uploads finish; the
// results, and so the summary, keep the manifest's order.

// defaultAssetConcurrency is the CDK CLI's 'asset-publish' concurrency
// when assets publish in parallel.
const defaultAssetConcurrency = 8

func assetLimit(o DeployOptions) int {
	if o.AssetConcurrency < 1 {
		return defaultAssetConcurrency
	}
	return o.AssetConcurrency
}

func buildLimit(o DeployOptions) int {
	if o.AssetBuildConcurrency < 1 {
		return 1
	}
	return o.AssetBuildConcurrency
}

// assetJob is one destination of one asset.
type assetJob struct {
	file  *deploy.FileAsset
	image *deploy.ImageAsset
}

// assetJobs lists an asset manifest's destinations, placeholders resolved,
// files then images, each sorted by asset ID and destination ID.
func assetJobs(am *AssetManifest, target deploy.Target) []assetJob {
	var jobs []assetJob
	dir := filepath.Dir(am.Path)
	regionOf := func(r string) string {
		if r = target.Substitute(r); r == "" {
			return target.Region
		}
		return r
	}
	abs := func(p string) string {
		if p != "" && !filepath.IsAbs(p) {
			return filepath.Join(dir, p)
		}
		return p
	}
	for _, id := range sortedKeys(am.Files) {
		fa := am.Files[id]
		for _, destID := range sortedKeys(fa.Destinations) {
			dst := fa.Destinations[destID]
			jobs = append(jobs, assetJob{file: &deploy.FileAsset{
				ID: id, DisplayName: fa.DisplayName, SourcePath: abs(fa.Source.Path), Packaging: fa.Source.Packaging,
				Executable: fa.Source.Executable, Dir: dir,
				Bucket: target.Substitute(dst.BucketName), Key: target.Substitute(dst.ObjectKey), Region: regionOf(dst.Region),
				RoleArn: target.Substitute(dst.AssumeRoleArn), ExternalID: dst.AssumeRoleExternalID,
			}})
		}
	}
	for _, id := range sortedKeys(am.DockerImages) {
		ia := am.DockerImages[id]
		for _, destID := range sortedKeys(ia.Destinations) {
			dst := ia.Destinations[destID]
			jobs = append(jobs, assetJob{image: &deploy.ImageAsset{
				ID: id, DisplayName: ia.DisplayName, Directory: abs(ia.Source.Directory), DockerFile: ia.Source.DockerFile,
				Target: ia.Source.DockerBuildTarget, BuildArgs: ia.Source.DockerBuildArgs, Platform: ia.Source.Platform,
				NetworkMode: ia.Source.NetworkMode, Executable: ia.Source.Executable,
				Repository: target.Substitute(dst.RepositoryName), Tag: target.Substitute(dst.ImageTag), Region: regionOf(dst.Region),
				RoleArn: target.Substitute(dst.AssumeRoleArn), ExternalID: dst.AssumeRoleExternalID,
			}})
		}
	}
	return jobs
}

// publish uploads a stack's assets, o.AssetConcurrency at a time (across
// the stacks of a Deploy, whose slots o carries). After a
// failure no further asset starts (those under way finish); it returns the
// results of the assets that were published, in manifest order, and the
// first failure in that order.
func (t *Toolkit) publish(ctx context.Context, s *Stack, am *AssetManifest, target deploy.Target, o DeployOptions) ([]deploy.PublishResult, error) {
	jobs := assetJobs(am, target)
	slots, buildSlots := o.assetSlots, o.buildSlots
	if slots == nil {
		slots = make(chan struct{}, assetLimit(o))
	}
	if buildSlots == nil {
		buildSlots = make(chan struct{}, buildLimit(o))
	}
	publishFile, publishImage := t.publishFile, t.publishImage
	if publishFile == nil {
		publishFile = t.Session.PublishFile
	}
	if publishImage == nil {
		publishImage = t.Session.PublishImage
	}

	results := make([]deploy.PublishResult, len(jobs))
	ran := make([]bool, len(jobs))
	errs := make([]error, len(jobs))
	var mu sync.Mutex
	failed := false
	var wg sync.WaitGroup
	for i, job := range jobs {
		slots <- struct{}{}
		mu.Lock()
		stop := failed
		mu.Unlock()
		if stop || ctx.Err() != nil {
			<-slots
			break
		}
		wg.Add(1)
		go func(i int, job assetJob) {
			defer wg.Done()
			defer func() { <-slots }()
			var r deploy.PublishResult
			var err error
			if job.file != nil {
				r, err = publishFile(ctx, *job.file)
			} else {
				buildSlots <- struct{}{}
				r, err = publishImage(ctx, *job.image)
				<-buildSlots
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs[i], failed = err, true
				return
			}
			results[i], ran[i] = r, true
			t.emit(assetEvent(s, r))
		}(i, job)
	}
	wg.Wait()
	var out []deploy.PublishResult
	for i := range jobs {
		if ran[i] {
			out = append(out, results[i])
		}
	}
	for _, err := range errs {
		if err != nil {
			return out, err
		}
	}
	if err := ctx.Err(); err != nil && len(out) < len(jobs) {
		return out, err
	}
	return out, nil
}
