package awscdk

import (
	"os"
	"path/filepath"

	"github.com/strata-cdk/strata/internal/assets"
)

// SymlinkFollowMode says how symbolic links are followed when an asset is
// fingerprinted or copied.
type SymlinkFollowMode string

const (
	// SymlinkFollowMode_NEVER copies links as links.
	SymlinkFollowMode_NEVER SymlinkFollowMode = "NEVER"
	// SymlinkFollowMode_ALWAYS follows every link.
	SymlinkFollowMode_ALWAYS SymlinkFollowMode = "ALWAYS"
	// SymlinkFollowMode_EXTERNAL follows links pointing outside the source
	// directory (the default).
	SymlinkFollowMode_EXTERNAL SymlinkFollowMode = "EXTERNAL"
	// SymlinkFollowMode_BLOCK_EXTERNAL copies internal links and refuses
	// external ones.
	SymlinkFollowMode_BLOCK_EXTERNAL SymlinkFollowMode = "BLOCK_EXTERNAL"
)

// IgnoreMode is the syntax of exclusion patterns.
type IgnoreMode string

const (
	// IgnoreMode_GLOB uses glob patterns (the default).
	IgnoreMode_GLOB IgnoreMode = "GLOB"
	// IgnoreMode_GIT uses .gitignore rules.
	IgnoreMode_GIT IgnoreMode = "GIT"
	// IgnoreMode_DOCKER uses .dockerignore rules.
	IgnoreMode_DOCKER IgnoreMode = "DOCKER"
)

// followValue is the mode as aws-cdk-lib names it in fingerprints.
func followValue(m SymlinkFollowMode) string {
	switch m {
	case SymlinkFollowMode_NEVER:
		return assets.FollowNever
	case SymlinkFollowMode_ALWAYS:
		return assets.FollowAlways
	case SymlinkFollowMode_BLOCK_EXTERNAL:
		return assets.FollowBlockExternal
	case SymlinkFollowMode_EXTERNAL:
		return assets.FollowExternal
	}
	return ""
}

func ignoreModeValue(m IgnoreMode) string {
	switch m {
	case IgnoreMode_GIT:
		return assets.IgnoreGit
	case IgnoreMode_DOCKER:
		return assets.IgnoreDocker
	case IgnoreMode_GLOB:
		return assets.IgnoreGlob
	}
	return ""
}

// CopyOptions are options for copying a directory.
type CopyOptions struct {
	Exclude    *[]*string        `field:"optional" json:"exclude" yaml:"exclude"`
	Follow     SymlinkFollowMode `field:"optional" json:"follow" yaml:"follow"`
	IgnoreMode IgnoreMode        `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
}

// FingerprintOptions are options for fingerprinting a file or directory.
type FingerprintOptions struct {
	Exclude    *[]*string        `field:"optional" json:"exclude" yaml:"exclude"`
	Follow     SymlinkFollowMode `field:"optional" json:"follow" yaml:"follow"`
	IgnoreMode IgnoreMode        `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	ExtraHash  *string           `field:"optional" json:"extraHash" yaml:"extraHash"`
}

// FileCopyOptions are options for copying files (the older spelling of
// CopyOptions some constructs still take).
type FileCopyOptions struct {
	Exclude        *[]*string        `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks SymlinkFollowMode `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode     IgnoreMode        `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
}

func stringList(p *[]*string) []string {
	if p == nil {
		return nil
	}
	out := make([]string, 0, len(*p))
	for _, s := range *p {
		out = append(out, deref(s))
	}
	return out
}

func (o *FingerprintOptions) internal() assets.Options {
	if o == nil {
		return assets.Options{}
	}
	return assets.Options{Exclude: stringList(o.Exclude), Follow: followValue(o.Follow), IgnoreMode: ignoreModeValue(o.IgnoreMode), ExtraHash: deref(o.ExtraHash)}
}

func (o *CopyOptions) internal() assets.Options {
	if o == nil {
		return assets.Options{}
	}
	return assets.Options{Exclude: stringList(o.Exclude), Follow: followValue(o.Follow), IgnoreMode: ignoreModeValue(o.IgnoreMode)}
}

// FileSystem holds file system utilities for assets.
type FileSystem interface{}

type fileSystem struct{}

// NewFileSystem exists for aws-cdk-go compatibility; FileSystem only has
// static functions.
func NewFileSystem() FileSystem { return &fileSystem{} }

// FileSystem_Fingerprint returns the content hash aws-cdk-lib computes for
// a file or directory: the hash that names its asset.
func FileSystem_Fingerprint(fileOrDirectory *string, options *FingerprintOptions) *string {
	h, err := assets.Fingerprint(deref(fileOrDirectory), options.internal())
	if err != nil {
		panicf("", "cannot fingerprint %s: %v", deref(fileOrDirectory), err)
	}
	return &h
}

// FileSystem_CopyDirectory copies srcDir into destDir, leaving out excluded
// files. Patterns are relative to rootDir, or to srcDir when rootDir is nil.
func FileSystem_CopyDirectory(srcDir *string, destDir *string, options *CopyOptions, rootDir *string) {
	if err := assets.CopyDirectory(deref(srcDir), deref(destDir), options.internal(), deref(rootDir)); err != nil {
		panicf("", "cannot copy %s to %s: %v", deref(srcDir), deref(destDir), err)
	}
}

// FileSystem_IsEmpty reports whether a directory has no entries.
func FileSystem_IsEmpty(dir *string) *bool {
	entries, err := os.ReadDir(deref(dir))
	if err != nil {
		panicf("", "%v", err)
	}
	return boolp(len(entries) == 0)
}

// FileSystem_Tmpdir is the system temporary directory, symbolic links resolved.
func FileSystem_Tmpdir() *string {
	d := os.TempDir()
	if r, err := filepath.EvalSymlinks(d); err == nil {
		d = r
	}
	return &d
}

// FileSystem_Mkdtemp creates a new temporary directory whose name starts
// with prefix.
func FileSystem_Mkdtemp(prefix *string) *string {
	d, err := os.MkdirTemp(*FileSystem_Tmpdir(), deref(prefix))
	if err != nil {
		panicf("", "%v", err)
	}
	return &d
}

// FileSystem_Rmrf removes a directory and everything below it.
func FileSystem_Rmrf(dirname *string) { _ = os.RemoveAll(deref(dirname)) }

// IgnoreStrategy decides which files of a directory an asset leaves out.
type IgnoreStrategy interface {
	Add(pattern *string)
	CompletelyIgnores(absoluteDirectoryPath *string) *bool
	Ignores(absoluteFilePath *string) *bool
}

// GlobIgnoreStrategy ignores files matching glob patterns.
type GlobIgnoreStrategy interface{ IgnoreStrategy }

// GitIgnoreStrategy ignores files with .gitignore rules.
type GitIgnoreStrategy interface{ IgnoreStrategy }

// DockerIgnoreStrategy ignores files with .dockerignore rules.
type DockerIgnoreStrategy interface{ IgnoreStrategy }

type ignoreStrategy struct{ s assets.IgnoreStrategy }

func (i *ignoreStrategy) Add(pattern *string) { i.s.Add(deref(pattern)) }
func (i *ignoreStrategy) CompletelyIgnores(p *string) *bool {
	return boolp(i.s.CompletelyIgnores(deref(p)))
}
func (i *ignoreStrategy) Ignores(p *string) *bool { return boolp(i.s.Ignores(deref(p))) }

func newIgnoreStrategy(mode, root string, patterns *[]*string) *ignoreStrategy {
	s, err := assets.NewIgnoreStrategy(mode, root, stringList(patterns))
	if err != nil {
		panicf("", "%v", err)
	}
	return &ignoreStrategy{s: s}
}

// NewGlobIgnoreStrategy creates a glob strategy; absoluteRootPath is the
// directory patterns are relative to.
func NewGlobIgnoreStrategy(absoluteRootPath *string, patterns *[]*string) GlobIgnoreStrategy {
	return newIgnoreStrategy(assets.IgnoreGlob, deref(absoluteRootPath), patterns)
}

// NewGitIgnoreStrategy creates a .gitignore strategy.
func NewGitIgnoreStrategy(absoluteRootPath *string, patterns *[]*string) GitIgnoreStrategy {
	return newIgnoreStrategy(assets.IgnoreGit, deref(absoluteRootPath), patterns)
}

// NewDockerIgnoreStrategy creates a .dockerignore strategy.
func NewDockerIgnoreStrategy(absoluteRootPath *string, patterns *[]*string) DockerIgnoreStrategy {
	return newIgnoreStrategy(assets.IgnoreDocker, deref(absoluteRootPath), patterns)
}

// IgnoreStrategy_Glob creates a glob strategy.
func IgnoreStrategy_Glob(absoluteRootPath *string, patterns *[]*string) GlobIgnoreStrategy {
	return NewGlobIgnoreStrategy(absoluteRootPath, patterns)
}

// IgnoreStrategy_Git creates a .gitignore strategy.
func IgnoreStrategy_Git(absoluteRootPath *string, patterns *[]*string) GitIgnoreStrategy {
	return NewGitIgnoreStrategy(absoluteRootPath, patterns)
}

// IgnoreStrategy_Docker creates a .dockerignore strategy.
func IgnoreStrategy_Docker(absoluteRootPath *string, patterns *[]*string) DockerIgnoreStrategy {
	return NewDockerIgnoreStrategy(absoluteRootPath, patterns)
}

// IgnoreStrategy_FromCopyOptions creates the strategy copy options ask for.
func IgnoreStrategy_FromCopyOptions(options *CopyOptions, absoluteRootPath *string) IgnoreStrategy {
	o := options.internal()
	mode := o.IgnoreMode
	if mode == "" {
		mode = assets.IgnoreGlob
	}
	var pats *[]*string
	if options != nil {
		pats = options.Exclude
	}
	return newIgnoreStrategy(mode, deref(absoluteRootPath), pats)
}
