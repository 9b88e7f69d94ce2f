package cli

import (
	"fmt"
	"strconv"

	"github.com/spf13/pflag"

	"github.com/strata-cdk/strata/internal/toolkit"
)

// Asset publishing flags, as the CDK CLI's deploy has them:
// --asset-parallelism (default true: up to 8 assets of a stack publish at
// once; false: one at a time) and --asset-build-concurrency (Docker builds
// at once, default 1). Without the flags, cdk.json's "assetParallelism"
// and "assetBuildConcurrency" apply, as the CDK CLI reads its settings.

// optBool is a boolean flag that knows whether it was given.
type optBool struct{ set, val bool }

func (b *optBool) String() string   { return strconv.FormatBool(b.val) }
func (b *optBool) Type() string     { return "bool" }
func (b *optBool) IsBoolFlag() bool { return true }
func (b *optBool) Set(v string) error {
	x, err := strconv.ParseBool(v)
	b.set, b.val = true, x
	return err
}

func registerAssetFlags(f *pflag.FlagSet, a *deployArgs) {
	a.AssetParallelism.val = true
	f.Var(&a.AssetParallelism, "asset-parallelism", "publish assets in parallel, up to 8 at once (--asset-parallelism=false: one at a time; without the flag, cdk.json assetParallelism)")
	f.Lookup("asset-parallelism").NoOptDefVal = "true"
	f.BoolVar(&a.NoAssetParallelism, "no-asset-parallelism", false, "publish a stack's assets one at a time")
	_ = f.MarkHidden("no-asset-parallelism")
	f.IntVar(&a.AssetBuildConcurrency, "asset-build-concurrency", 0, "how many Docker image assets to build at once (default 1, or cdk.json assetBuildConcurrency)")
}

// checkAssetFlags refuses a build concurrency below 1.
func checkAssetFlags(a *deployArgs) error {
	if a.AssetBuildConcurrency < 0 {
		return &usageError{msg: fmt.Sprintf("--asset-build-concurrency must be at least 1, not %d", a.AssetBuildConcurrency)}
	}
	return nil
}

// assetConcurrency is how many assets of a stack publish at once.
func assetConcurrency(a *deployArgs, p *toolkit.Project) int {
	parallel := true
	switch {
	case a.NoAssetParallelism:
		parallel = false
	case a.AssetParallelism.set:
		parallel = a.AssetParallelism.val
	default:
		if v, ok := p.Settings["assetParallelism"].(bool); ok {
			parallel = v
		}
	}
	if !parallel {
		return 1
	}
	return 0 // the toolkit's default, the CDK CLI's 8
}

// assetBuildConcurrency is how many Docker images build at once; without
// asset parallelism, one, as the CDK CLI.
func assetBuildConcurrency(a *deployArgs, p *toolkit.Project) int {
	if assetConcurrency(a, p) == 1 {
		return 1
	}
	if a.AssetBuildConcurrency > 0 {
		return a.AssetBuildConcurrency
	}
	if v, ok := p.Settings["assetBuildConcurrency"].(float64); ok && v >= 1 {
		return int(v)
	}
	return 1
}
