package awscdk

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/assets"
	"github.com/strata-cdk/strata/internal/ojson"
)

const (
	assetHashSaltContext       = "@aws-cdk/core:assetHashSalt"
	disableAssetStagingContext = "aws:cdk:disable-asset-staging"
	bundlingStacksContext      = "aws:cdk:bundling-stacks"
	bundlingInputDir           = "/asset-input"
	bundlingOutputDir          = "/asset-output"
)

// archiveExtensions are the file extensions that make a file asset an archive.
var archiveExtensions = []string{".tar.gz", ".zip", ".jar", ".tar", ".tgz"}

// AssetHashType says what an asset's hash is computed from.
type AssetHashType string

const (
	// AssetHashType_SOURCE hashes the source files (the default).
	AssetHashType_SOURCE AssetHashType = "SOURCE"
	// AssetHashType_OUTPUT hashes the output of bundling.
	AssetHashType_OUTPUT AssetHashType = "OUTPUT"
	// AssetHashType_CUSTOM uses the hash given as AssetHash.
	AssetHashType_CUSTOM AssetHashType = "CUSTOM"
)

func (t AssetHashType) jsValue() string { return strings.ToLower(string(t)) }

// AssetOptions are the options every asset takes.
type AssetOptions struct {
	AssetHash     *string          `field:"optional" json:"assetHash" yaml:"assetHash"`
	AssetHashType AssetHashType    `field:"optional" json:"assetHashType" yaml:"assetHashType"`
	Bundling      *BundlingOptions `field:"optional" json:"bundling" yaml:"bundling"`
}

// AssetStagingProps are the props of NewAssetStaging.
type AssetStagingProps struct {
	Exclude       *[]*string        `field:"optional" json:"exclude" yaml:"exclude"`
	Follow        SymlinkFollowMode `field:"optional" json:"follow" yaml:"follow"`
	IgnoreMode    IgnoreMode        `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	ExtraHash     *string           `field:"optional" json:"extraHash" yaml:"extraHash"`
	AssetHash     *string           `field:"optional" json:"assetHash" yaml:"assetHash"`
	AssetHashType AssetHashType     `field:"optional" json:"assetHashType" yaml:"assetHashType"`
	Bundling      *BundlingOptions  `field:"optional" json:"bundling" yaml:"bundling"`
	SourcePath    *string           `field:"required" json:"sourcePath" yaml:"sourcePath"`
}

// AssetStaging copies (or bundles) a file or directory into the cloud
// assembly as asset.<hash>, with the hash aws-cdk-lib computes for it.
type AssetStaging interface {
	constructs.Construct
	AbsoluteStagedPath() *string
	AssetHash() *string
	IsArchive() *bool
	Packaging() FileAssetPackaging
	SourcePath() *string
	RelativeStagedPath(stack Stack) *string
}

type assetStaging struct {
	constructs.Construct
	sourcePath  string
	stagedPath  string
	assetHash   string
	packaging   FileAssetPackaging
	isArchive   bool
	assetOutdir string
	disabled    bool
	root        *stage
}

// AssetStaging_BUNDLING_INPUT_DIR is where bundling finds the source in
// the container.
func AssetStaging_BUNDLING_INPUT_DIR() *string { return str(bundlingInputDir) }

// AssetStaging_BUNDLING_OUTPUT_DIR is where bundling writes its output in
// the container.
func AssetStaging_BUNDLING_OUTPUT_DIR() *string { return str(bundlingOutputDir) }

// AssetStaging_IsConstruct reports whether x is a construct.
func AssetStaging_IsConstruct(x interface{}) *bool { return constructs.Construct_IsConstruct(x) }

// AssetStaging_ClearAssetHashCache exists for aws-cdk-go programs, where
// the cache of staged assets is process-wide. In Strata each App keeps its
// own cache and drops it with the App, so a new App always hashes its
// assets again and there is nothing process-wide to clear.
func AssetStaging_ClearAssetHashCache() {}

func (a *assetStaging) AbsoluteStagedPath() *string   { return str(a.stagedPath) }
func (a *assetStaging) AssetHash() *string            { return str(a.assetHash) }
func (a *assetStaging) IsArchive() *bool              { return boolp(a.isArchive) }
func (a *assetStaging) Packaging() FileAssetPackaging { return a.packaging }
func (a *assetStaging) SourcePath() *string           { return str(a.sourcePath) }

// RelativeStagedPath is the staged path relative to the assembly directory
// of stack, as the asset manifest records it.
func (a *assetStaging) RelativeStagedPath(s Stack) *string {
	dir := assemblyDirOf(s)
	if dir == "" || a.disabled {
		return str(a.stagedPath)
	}
	if rel, err := filepath.Rel(a.assetOutdir, a.stagedPath); err != nil || strings.HasPrefix(rel, "..") {
		return str(a.stagedPath)
	}
	rel, err := filepath.Rel(dir, a.stagedPath)
	if err != nil {
		return str(a.stagedPath)
	}
	return str(filepath.ToSlash(rel))
}

// assemblyDirOf is the directory the stack's assembly is written to: the
// app's outdir, or for a stack of a nested stage the assembly-* directory
// of each stage below it.
func assemblyDirOf(s Stack) string {
	if s == nil {
		return ""
	}
	chain := stageChain(s)
	if len(chain) == 0 || chain[0].outdir == "" {
		return ""
	}
	dir, _ := filepath.Abs(chain[0].outdir)
	for _, st := range chain[1:] {
		dir = filepath.Join(dir, *st.ArtifactId())
	}
	return dir
}

// stageChain lists the stages c is in, outermost first.
func stageChain(c constructs.IConstruct) []*stage {
	var out []*stage
	for _, sc := range *c.Node().Scopes() {
		if st, ok := sc.(Stage); ok {
			out = append(out, st.stageImpl())
		}
	}
	return out
}

// outermostStage is the app a stage belongs to.
func outermostStage(st *stage) *stage {
	if st == nil {
		return nil
	}
	if chain := stageChain(st); len(chain) > 0 {
		return chain[0]
	}
	return st
}

// assetRootOf is the app (outermost stage) whose assembly holds c's assets:
// aws-cdk-lib stages every asset at the top of the cloud assembly.
func assetRootOf(c constructs.IConstruct) *stage {
	if chain := stageChain(c); len(chain) > 0 {
		return chain[0]
	}
	return nil
}

// NewAssetStaging stages a file or directory as an asset of the app.
func NewAssetStaging(scope constructs.Construct, id *string, props *AssetStagingProps) AssetStaging {
	a := &assetStaging{}
	a.Construct = constructs.NewConstruct(scope, id)
	setHost(a.Construct, a)
	if props == nil || props.SourcePath == nil {
		addError(a, "the `sourcePath` property is required for AssetStaging")
		return a
	}
	a.stage(props)
	return a
}

// fail records a user mistake on the staging construct.
func (a *assetStaging) fail(format string, args ...interface{}) {
	addError(a, format, args...)
}

func truthy(v interface{}) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case float64:
		return x != 0
	case int:
		return x != 0
	}
	return true
}

func contextString(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return fmtNum(x)
	}
	return fmt.Sprint(v)
}

func (a *assetStaging) stage(props *AssetStagingProps) {
	salt := contextString(a.Node().TryGetContext(str(assetHashSaltContext)))
	src, err := filepath.Abs(*props.SourcePath)
	if err != nil {
		a.fail("invalid asset path %s: %v", *props.SourcePath, err)
		return
	}
	a.sourcePath = src
	opts := assets.Options{
		Exclude:    append([]string{".is_custom_resource"}, stringList(props.Exclude)...),
		Follow:     followValue(props.Follow),
		IgnoreMode: ignoreModeValue(props.IgnoreMode),
		ExtraHash:  deref(props.ExtraHash) + salt,
	}
	fi, err := os.Stat(src)
	if err != nil {
		a.fail("Cannot find asset at %s", src)
		return
	}
	if props.Follow == SymlinkFollowMode_BLOCK_EXTERNAL && fi.IsDir() {
		if err := assets.ValidateInternalSymlinks(src, assets.Options{Exclude: stringList(props.Exclude), Follow: opts.Follow, IgnoreMode: opts.IgnoreMode}); err != nil {
			a.fail("%v", err)
			return
		}
	}
	root := assetRootOf(a)
	if root == nil {
		a.fail("unable to determine cloud assembly asset output directory. Assets must be defined indirectly within a \"Stage\" or an \"App\" scope")
		return
	}
	a.root = root
	outdir, err := ensureAssetOutdir(root)
	if err != nil {
		a.fail("cannot create the cloud assembly directory: %v", err)
		return
	}
	a.assetOutdir = outdir
	a.disabled = truthy(a.Node().TryGetContext(str(disableAssetStagingContext)))
	custom := deref(props.AssetHash)
	hashType, ok := a.determineHashType(props.AssetHashType, custom)
	if !ok {
		return
	}
	skip := false
	if props.Bundling != nil {
		if s := stackOf(a); s != nil {
			skip = !bundlingRequired(s)
		}
	}
	job := &stagingJob{a: a, props: props, opts: opts, hashType: hashType, custom: custom, fileInfo: fi, skip: skip}
	job.cacheKey = calculateCacheKey(outdir, src, props, hashType, custom, skip)
	reg := registryOf(root)
	reg.mu.Lock()
	defer reg.mu.Unlock()
	res, hit := reg.cache[job.cacheKey]
	if !hit {
		var ok bool
		if props.Bundling != nil {
			res, ok = job.stageByBundling(reg)
		} else {
			res, ok = job.stageByCopying(reg)
		}
		if !ok {
			return
		}
		reg.cache[job.cacheKey] = res
	}
	a.stagedPath, a.assetHash, a.packaging, a.isArchive = res.stagedPath, res.hash, res.packaging, res.isArchive
}

func (a *assetStaging) determineHashType(t AssetHashType, custom string) (AssetHashType, bool) {
	ht := t
	if ht == "" {
		if custom != "" {
			ht = AssetHashType_CUSTOM
		} else {
			ht = AssetHashType_SOURCE
		}
	}
	if custom != "" && ht != AssetHashType_CUSTOM {
		a.fail("Cannot specify `%s` for `assetHashType` when `assetHash` is specified. Use `CUSTOM` or leave `undefined`.", t.jsValue())
		return "", false
	}
	if ht == AssetHashType_CUSTOM && custom == "" {
		a.fail("`assetHash` must be specified when `assetHashType` is set to `AssetHashType.CUSTOM`.")
		return "", false
	}
	return ht, true
}

// bundlingRequired reports whether the stack is one the
// aws:cdk:bundling-stacks context asks to bundle (all of them by default).
func bundlingRequired(s *stack) bool {
	patterns := []string{"**"}
	switch v := s.Node().TryGetContext(str(bundlingStacksContext)).(type) {
	case []interface{}:
		patterns = patterns[:0]
		for _, p := range v {
			patterns = append(patterns, contextString(p))
		}
	case []string:
		patterns = v
	case *[]*string:
		patterns = stringList(v)
	}
	for _, p := range patterns {
		if assets.Minimatch(*s.Node().Path(), p) {
			return true
		}
	}
	return false
}

// calculateCacheKey identifies a staging request; equal requests share one
// staged copy.
func calculateCacheKey(outdir, src string, props *AssetStagingProps, hashType AssetHashType, custom string, skip bool) string {
	o := ojson.New()
	o.Set("assetHashType", hashType.jsValue())
	if props.Bundling != nil {
		o.Set("bundling", bundlingJSON(props.Bundling))
	}
	if custom != "" {
		o.Set("customFingerprint", custom)
	}
	if props.Exclude != nil {
		l := []interface{}{}
		for _, e := range stringList(props.Exclude) {
			l = append(l, e)
		}
		o.Set("exclude", l)
	}
	if props.ExtraHash != nil {
		o.Set("extraHash", *props.ExtraHash)
	}
	if props.IgnoreMode != "" {
		o.Set("ignoreMode", ignoreModeValue(props.IgnoreMode))
	}
	if props.Follow != "" {
		o.Set("follow", followValue(props.Follow))
	}
	o.Set("outdir", outdir)
	o.Set("skip", skip)
	o.Set("sourcePath", src)
	b, _ := ojson.Marshal(o, "")
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// stagingJob carries one AssetStaging's request through hashing, bundling
// and copying.
type stagingJob struct {
	a        *assetStaging
	props    *AssetStagingProps
	opts     assets.Options
	hashType AssetHashType
	custom   string
	fileInfo os.FileInfo
	skip     bool
	cacheKey string
}

func (j *stagingJob) fingerprint(path string) (string, bool) {
	h, err := assets.Fingerprint(path, j.opts)
	if err != nil {
		j.a.fail("cannot hash asset %s: %v", path, err)
		return "", false
	}
	return h, true
}

func (j *stagingJob) calculateHash(ht AssetHashType, bundling *BundlingOptions, outputDir string) (string, bool) {
	if ht == AssetHashType_CUSTOM || (ht == AssetHashType_SOURCE && bundling != nil) {
		base := j.custom
		if base == "" {
			fp, ok := j.fingerprint(j.a.sourcePath)
			if !ok {
				return "", false
			}
			base = fp
		}
		h := sha256.New()
		h.Write([]byte(base))
		if bundling != nil {
			h.Write([]byte(bundlingJSON(bundling)))
		}
		return hex.EncodeToString(h.Sum(nil)), true
	}
	switch ht {
	case AssetHashType_SOURCE:
		return j.fingerprint(j.a.sourcePath)
	case AssetHashType_OUTPUT, "BUNDLE":
		if outputDir == "" {
			j.a.fail("Cannot use `%s` hash type when `bundling` is not specified.", ht.jsValue())
			return "", false
		}
		return j.fingerprint(outputDir)
	}
	j.a.fail("Unknown asset hash type.")
	return "", false
}

// extensionOf is the extension an asset keeps: a known archive extension,
// or the last one.
func extensionOf(p string) string {
	l := strings.ToLower(p)
	for _, e := range archiveExtensions {
		if strings.HasSuffix(l, e) {
			return e
		}
	}
	return filepath.Ext(p)
}

func isArchiveExtension(ext string) bool {
	ext = strings.ToLower(ext)
	for _, e := range archiveExtensions {
		if e == ext {
			return true
		}
	}
	return false
}

func (j *stagingJob) renderStagedPath(source, target string) string {
	if j.hashType != AssetHashType_OUTPUT && filepath.Dir(source) == target {
		return target + "_noext"
	}
	return target
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

func (j *stagingJob) stageByCopying(reg *assetRegistry) (*stagedAsset, bool) {
	hash, ok := j.calculateHash(j.hashType, nil, "")
	if !ok {
		return nil, false
	}
	fi := j.fileInfo
	if !fi.IsDir() && !fi.Mode().IsRegular() {
		j.a.fail("Asset %s is expected to be either a directory or a regular file", j.a.sourcePath)
		return nil, false
	}
	res := &stagedAsset{hash: hash, packaging: FileAssetPackaging_FILE}
	if fi.IsDir() {
		res.packaging = FileAssetPackaging_ZIP_DIRECTORY
		res.isArchive = true
	} else {
		res.isArchive = isArchiveExtension(extensionOf(j.a.sourcePath))
	}
	if j.a.disabled {
		res.stagedPath = j.a.sourcePath
		return res, true
	}
	target := filepath.Join(j.a.assetOutdir, "asset."+hash+extensionOf(j.a.sourcePath))
	res.stagedPath = j.renderStagedPath(j.a.sourcePath, target)
	res.name = filepath.Base(res.stagedPath)
	if err := reg.put(res, func(dest string) error {
		if fi.IsDir() {
			if err := os.MkdirAll(dest, 0o755); err != nil {
				return err
			}
			return assets.CopyDirectory(j.a.sourcePath, dest, j.opts, "")
		}
		return assets.CopyFile(j.a.sourcePath, dest)
	}); err != nil {
		j.a.fail("cannot stage asset %s: %v", j.a.sourcePath, err)
		return nil, false
	}
	return res, true
}

type bundledAsset struct {
	path      string
	packaging FileAssetPackaging
	extension string
}

func (j *stagingJob) stageByBundling(reg *assetRegistry) (*stagedAsset, bool) {
	b := j.props.Bundling
	if !j.fileInfo.IsDir() {
		j.a.fail("Asset %s is expected to be a directory when bundling", j.a.sourcePath)
		return nil, false
	}
	if j.skip {
		ht := j.hashType
		if ht == AssetHashType_OUTPUT || ht == "BUNDLE" {
			j.custom = *Names_UniqueId(j.a)
			ht = AssetHashType_CUSTOM
		}
		hash, ok := j.calculateHash(ht, b, "")
		if !ok {
			return nil, false
		}
		return &stagedAsset{hash: hash, stagedPath: j.a.sourcePath, packaging: FileAssetPackaging_ZIP_DIRECTORY, isArchive: true}, true
	}
	var hash string
	if j.hashType == AssetHashType_SOURCE || j.hashType == AssetHashType_CUSTOM {
		h, ok := j.calculateHash(j.hashType, b, "")
		if !ok {
			return nil, false
		}
		hash = h
	}
	dirName := "bundling-temp-" + j.cacheKey
	if hash != "" {
		dirName = "asset." + hash
	}
	// An earlier synthesis may have left the output in the assembly.
	bundleDir := filepath.Join(j.a.assetOutdir, dirName)
	if !exists(bundleDir) {
		ws, err := reg.ensureWorkspace(j.a.assetOutdir)
		if err != nil {
			j.a.fail("cannot create a directory to bundle in: %v", err)
			return nil, false
		}
		bundleDir = filepath.Join(ws, dirName)
		if !exists(bundleDir) && !j.bundle(b, bundleDir) {
			return nil, false
		}
	}
	outputType := b.OutputType
	if outputType == "" {
		outputType = BundlingOutput_AUTO_DISCOVER
	}
	ba, ok := j.determineBundledAsset(bundleDir, outputType)
	if !ok {
		return nil, false
	}
	if hash == "" {
		h, ok := j.calculateHash(j.hashType, b, ba.path)
		if !ok {
			return nil, false
		}
		hash = h
	}
	res := &stagedAsset{hash: hash, packaging: ba.packaging, isArchive: outputType != BundlingOutput_SINGLE_FILE}
	res.stagedPath = j.renderStagedPath(ba.path, filepath.Join(j.a.assetOutdir, "asset."+hash+ba.extension))
	res.name = filepath.Base(res.stagedPath)
	inWorkspace := reg.workspace != "" && strings.HasPrefix(ba.path, reg.workspace+string(filepath.Separator))
	err := reg.put(res, func(dest string) error {
		if inWorkspace && ba.path != dest {
			return os.Rename(ba.path, dest)
		}
		return assets.CopyTree(ba.path, dest)
	})
	if err != nil {
		j.a.fail("cannot stage the bundled asset %s: %v", ba.path, err)
		return nil, false
	}
	if inWorkspace && ba.packaging == FileAssetPackaging_FILE && j.hashType == AssetHashType_OUTPUT {
		_ = os.RemoveAll(filepath.Dir(ba.path))
	}
	return res, true
}

// bundle runs the local bundler, or Docker when it declines, into bundleDir.
func (j *stagingJob) bundle(b *BundlingOptions, bundleDir string) bool {
	path := *j.a.Node().Path()
	temp := bundleDir + "-building"
	_ = os.RemoveAll(temp)
	if err := os.MkdirAll(temp, 0o777); err != nil {
		j.a.fail("Failed to bundle asset %s: %v", path, err)
		return false
	}
	_ = os.Chmod(temp, 0o777)
	fmt.Fprintf(os.Stderr, "Bundling asset %s...\n", path)
	local := false
	if b.Local != nil && !isNilValue(b.Local) {
		if r := b.Local.TryBundle(str(temp), b); r != nil && *r {
			local = true
		}
	}
	if !local {
		if err := bundleWithDocker(j.a.sourcePath, temp, b); err != nil {
			j.a.fail("Failed to bundle asset %s, bundle output is located at %s: %v (bundling in a container needs a running Docker engine; BundlingOptions.Local bundles without one)", path, temp, err)
			return false
		}
	}
	if err := os.Rename(temp, bundleDir); err != nil {
		j.a.fail("Failed to bundle asset %s, bundle output is located at %s: %v", path, temp, err)
		return false
	}
	if entries, _ := os.ReadDir(bundleDir); len(entries) == 0 {
		out := bundlingOutputDir
		if local {
			out = bundleDir
		}
		j.a.fail("Bundling did not produce any output. Check that content is written to %s.", out)
		return false
	}
	return true
}

func (j *stagingJob) determineBundledAsset(bundleDir string, outputType BundlingOutput) (*bundledAsset, bool) {
	archive := findSingleFile(bundleDir, outputType != BundlingOutput_SINGLE_FILE)
	if outputType == BundlingOutput_AUTO_DISCOVER {
		if archive != "" {
			outputType = BundlingOutput_ARCHIVED
		} else {
			outputType = BundlingOutput_NOT_ARCHIVED
		}
	}
	switch outputType {
	case BundlingOutput_NOT_ARCHIVED:
		if j.props.Follow == SymlinkFollowMode_BLOCK_EXTERNAL {
			if err := assets.ValidateInternalSymlinks(bundleDir, assets.Options{Exclude: stringList(j.props.Exclude), Follow: assets.FollowBlockExternal, IgnoreMode: j.opts.IgnoreMode}); err != nil {
				j.a.fail("%v", err)
				return nil, false
			}
		}
		return &bundledAsset{path: bundleDir, packaging: FileAssetPackaging_ZIP_DIRECTORY}, true
	case BundlingOutput_ARCHIVED, BundlingOutput_SINGLE_FILE:
		if archive == "" {
			j.a.fail("Bundling output directory is expected to include only a single file when `output` is set to `ARCHIVED` or `SINGLE_FILE`")
			return nil, false
		}
		if fi, err := os.Lstat(archive); err == nil && fi.Mode()&os.ModeSymlink != 0 {
			j.a.fail("The output from bundling is not allowed to be a symlink.")
			return nil, false
		}
		return &bundledAsset{path: archive, packaging: FileAssetPackaging_FILE, extension: extensionOf(archive)}, true
	}
	j.a.fail("unknown bundling output type %q", string(outputType))
	return nil, false
}

// findSingleFile returns the only file of dir, if it has exactly one (and,
// when archiveOnly, it is an archive).
func findSingleFile(dir string, archiveOnly bool) string {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 1 {
		return ""
	}
	f := filepath.Join(dir, entries[0].Name())
	fi, err := os.Stat(f)
	if err != nil || !fi.Mode().IsRegular() {
		return ""
	}
	if archiveOnly && !isArchiveExtension(extensionOf(entries[0].Name())) {
		return ""
	}
	return f
}

// Staged assets wait in a workspace next to the assembly directory until a
// synthesis succeeds: the assembly is written in a staging directory and
// moved into place only when complete, and assets follow the same rule.

// stagedAsset is one asset.<hash> file or directory of an app.
type stagedAsset struct {
	name       string // asset.<hash>[ext]; "" when nothing is copied
	hash       string
	stagedPath string // final absolute path (or the source, when not copied)
	packaging  FileAssetPackaging
	isArchive  bool
	pending    string // the copy waiting in the workspace, if any
}

type assetRegistry struct {
	mu        sync.Mutex
	workspace string
	cache     map[string]*stagedAsset
	pending   map[string]*stagedAsset // by name
}

// registryOf returns the staged assets of root's App (app_state.go).
func registryOf(root *stage) *assetRegistry {
	a := appOf(root)
	if a.assets == nil {
		a.assets = &assetRegistry{cache: map[string]*stagedAsset{}, pending: map[string]*stagedAsset{}}
	}
	return a.assets
}

// ensureAssetOutdir returns the app's assembly directory, absolute; like
// aws-cdk-lib, an app given none gets a temporary one as soon as it needs it.
func ensureAssetOutdir(root *stage) (string, error) {
	if root.outdir == "" {
		d, err := os.MkdirTemp("", "cdk.out")
		if err != nil {
			return "", err
		}
		root.outdir = d
	}
	return filepath.Abs(root.outdir)
}

func (r *assetRegistry) ensureWorkspace(outdir string) (string, error) {
	if r.workspace != "" {
		return r.workspace, nil
	}
	parent := filepath.Dir(outdir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	ws, err := os.MkdirTemp(parent, "."+filepath.Base(outdir)+".assets-")
	if err != nil {
		return "", err
	}
	r.workspace = ws
	return ws, nil
}

// put makes sure the asset will be in the assembly: nothing to do when an
// earlier synthesis left it there (assets are named by content), else write
// it into the workspace with write.
func (r *assetRegistry) put(a *stagedAsset, write func(dest string) error) error {
	if exists(a.stagedPath) {
		return nil
	}
	if p, ok := r.pending[a.name]; ok {
		a.pending = p.pending
		return nil
	}
	ws, err := r.ensureWorkspace(filepath.Dir(a.stagedPath))
	if err != nil {
		return err
	}
	dest := filepath.Join(ws, a.name)
	if !exists(dest) {
		if err := write(dest); err != nil {
			_ = os.RemoveAll(dest)
			return err
		}
	}
	a.pending = dest
	r.pending[a.name] = a
	return nil
}

// stageAssets puts the assets of root's app that are not yet in the
// assembly directory into dir, the assembly being written. Synthesis calls
// it before committing the assembly; the workspace copies stay until
// releaseStagedAssets, so a failed synthesis loses nothing.
func stageAssets(root *stage, dir string) error {
	app := outermostStage(root)
	r := appOf(app).assets
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	names := make([]string, 0, len(r.pending))
	for n := range r.pending {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := r.pending[n]
		dest := filepath.Join(dir, n)
		if exists(dest) {
			continue
		}
		if err := assets.CopyTree(a.pending, dest); err != nil {
			return fmt.Errorf("staging asset %s: %w", n, err)
		}
	}
	return nil
}

// releaseStagedAssets drops the workspace once an assembly holding its
// assets is in place (later assemblies carry them over).
func releaseStagedAssets(root *stage) {
	app := outermostStage(root)
	if app != root {
		return
	}
	r := appOf(app).assets
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.workspace != "" {
		_ = os.RemoveAll(r.workspace)
		r.workspace = ""
	}
	r.pending = map[string]*stagedAsset{}
}
