package awscdk

import (
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/ojson"
)

// BundlingOutput says what bundling produces.
type BundlingOutput string

const (
	// BundlingOutput_ARCHIVED means bundling writes one archive file.
	BundlingOutput_ARCHIVED BundlingOutput = "ARCHIVED"
	// BundlingOutput_NOT_ARCHIVED means bundling writes a directory, zipped on upload.
	BundlingOutput_NOT_ARCHIVED BundlingOutput = "NOT_ARCHIVED"
	// BundlingOutput_AUTO_DISCOVER treats a single archive file as ARCHIVED,
	// anything else as NOT_ARCHIVED (the default).
	BundlingOutput_AUTO_DISCOVER BundlingOutput = "AUTO_DISCOVER"
	// BundlingOutput_SINGLE_FILE means bundling writes one file, uploaded as is.
	BundlingOutput_SINGLE_FILE BundlingOutput = "SINGLE_FILE"
)

// outputValue is the value aws-cdk-lib serializes (it enters asset hashes).
func (o BundlingOutput) jsValue() string {
	switch o {
	case BundlingOutput_ARCHIVED:
		return "archived"
	case BundlingOutput_NOT_ARCHIVED:
		return "not-archived"
	case BundlingOutput_AUTO_DISCOVER:
		return "auto-discover"
	case BundlingOutput_SINGLE_FILE:
		return "single-file"
	}
	return string(o)
}

// BundlingFileAccess says how the bundling container reaches the files.
type BundlingFileAccess string

const (
	// BundlingFileAccess_VOLUME_COPY copies the files through a volume.
	BundlingFileAccess_VOLUME_COPY BundlingFileAccess = "VOLUME_COPY"
	// BundlingFileAccess_BIND_MOUNT mounts the directories (the default).
	BundlingFileAccess_BIND_MOUNT BundlingFileAccess = "BIND_MOUNT"
)

// DockerVolumeConsistency is the consistency of a Docker volume mount.
type DockerVolumeConsistency string

// The consistency values of Docker for Mac's bind mounts.
const (
	DockerVolumeConsistency_CONSISTENT DockerVolumeConsistency = "CONSISTENT"
	DockerVolumeConsistency_DELEGATED  DockerVolumeConsistency = "DELEGATED"
	DockerVolumeConsistency_CACHED     DockerVolumeConsistency = "CACHED"
)

func (c DockerVolumeConsistency) jsValue() string { return strings.ToLower(string(c)) }

// DockerVolume is a volume mounted into a container.
type DockerVolume struct {
	ContainerPath *string                 `field:"required" json:"containerPath" yaml:"containerPath"`
	HostPath      *string                 `field:"required" json:"hostPath" yaml:"hostPath"`
	Consistency   DockerVolumeConsistency `field:"optional" json:"consistency" yaml:"consistency"`
}

// ILocalBundling bundles an asset on the machine running the app, without
// Docker. TryBundle returns false when it could not, and Docker is used.
type ILocalBundling interface {
	TryBundle(outputDir *string, options *BundlingOptions) *bool
}

// BundlingOptions configure how an asset is bundled.
type BundlingOptions struct {
	Image              DockerImage         `field:"required" json:"image" yaml:"image"`
	BundlingFileAccess BundlingFileAccess  `field:"optional" json:"bundlingFileAccess" yaml:"bundlingFileAccess"`
	Command            *[]*string          `field:"optional" json:"command" yaml:"command"`
	Entrypoint         *[]*string          `field:"optional" json:"entrypoint" yaml:"entrypoint"`
	Environment        *map[string]*string `field:"optional" json:"environment" yaml:"environment"`
	Local              ILocalBundling      `field:"optional" json:"local" yaml:"local"`
	Network            *string             `field:"optional" json:"network" yaml:"network"`
	OutputType         BundlingOutput      `field:"optional" json:"outputType" yaml:"outputType"`
	Platform           *string             `field:"optional" json:"platform" yaml:"platform"`
	SecurityOpt        *string             `field:"optional" json:"securityOpt" yaml:"securityOpt"`
	User               *string             `field:"optional" json:"user" yaml:"user"`
	Volumes            *[]*DockerVolume    `field:"optional" json:"volumes" yaml:"volumes"`
	VolumesFrom        *[]*string          `field:"optional" json:"volumesFrom" yaml:"volumesFrom"`
	WorkingDirectory   *string             `field:"optional" json:"workingDirectory" yaml:"workingDirectory"`
}

// DockerRunOptions are options for DockerImage.Run.
type DockerRunOptions struct {
	Command          *[]*string          `field:"optional" json:"command" yaml:"command"`
	Entrypoint       *[]*string          `field:"optional" json:"entrypoint" yaml:"entrypoint"`
	Environment      *map[string]*string `field:"optional" json:"environment" yaml:"environment"`
	Network          *string             `field:"optional" json:"network" yaml:"network"`
	Platform         *string             `field:"optional" json:"platform" yaml:"platform"`
	SecurityOpt      *string             `field:"optional" json:"securityOpt" yaml:"securityOpt"`
	User             *string             `field:"optional" json:"user" yaml:"user"`
	Volumes          *[]*DockerVolume    `field:"optional" json:"volumes" yaml:"volumes"`
	VolumesFrom      *[]*string          `field:"optional" json:"volumesFrom" yaml:"volumesFrom"`
	WorkingDirectory *string             `field:"optional" json:"workingDirectory" yaml:"workingDirectory"`
}

// DockerBuildOptions are options for DockerImage_FromBuild.
type DockerBuildOptions struct {
	BuildArgs     *map[string]*string   `field:"optional" json:"buildArgs" yaml:"buildArgs"`
	BuildContexts *map[string]*string   `field:"optional" json:"buildContexts" yaml:"buildContexts"`
	CacheDisabled *bool                 `field:"optional" json:"cacheDisabled" yaml:"cacheDisabled"`
	CacheFrom     *[]*DockerCacheOption `field:"optional" json:"cacheFrom" yaml:"cacheFrom"`
	CacheTo       *DockerCacheOption    `field:"optional" json:"cacheTo" yaml:"cacheTo"`
	File          *string               `field:"optional" json:"file" yaml:"file"`
	Network       *string               `field:"optional" json:"network" yaml:"network"`
	Platform      *string               `field:"optional" json:"platform" yaml:"platform"`
	TargetStage   *string               `field:"optional" json:"targetStage" yaml:"targetStage"`
}

// DockerBuildSecret_FromSrc renders a build secret read from a file.
func DockerBuildSecret_FromSrc(src *string) *string { return str("src=" + deref(src)) }

// bundlingJSON renders bundling options as aws-cdk-lib hashes them for a Go
// program: jsii hands the struct over with its keys sorted and nil fields
// left out, enums as their JavaScript values, the image as its toJSON(), and
// a Go-implemented local bundler as an empty object.
func bundlingJSON(b *BundlingOptions) string {
	o := ojson.New()
	set := func(k string, v interface{}) { o.Set(k, v) }
	if b.BundlingFileAccess != "" {
		set("bundlingFileAccess", string(b.BundlingFileAccess))
	}
	if b.Command != nil {
		set("command", jsonStrings(b.Command))
	}
	if b.Entrypoint != nil {
		set("entrypoint", jsonStrings(b.Entrypoint))
	}
	if b.Environment != nil {
		set("environment", jsonStringMap(b.Environment))
	}
	if b.Image != nil {
		set("image", deref(b.Image.ToJSON()))
	}
	if b.Local != nil && !isNilValue(b.Local) {
		set("local", ojson.New())
	}
	if b.Network != nil {
		set("network", *b.Network)
	}
	if b.OutputType != "" {
		set("outputType", b.OutputType.jsValue())
	}
	if b.Platform != nil {
		set("platform", *b.Platform)
	}
	if b.SecurityOpt != nil {
		set("securityOpt", *b.SecurityOpt)
	}
	if b.User != nil {
		set("user", *b.User)
	}
	if b.Volumes != nil {
		var vs []interface{}
		for _, v := range *b.Volumes {
			if v == nil {
				continue
			}
			vo := ojson.New()
			if v.Consistency != "" {
				vo.Set("consistency", v.Consistency.jsValue())
			}
			if v.ContainerPath != nil {
				vo.Set("containerPath", *v.ContainerPath)
			}
			if v.HostPath != nil {
				vo.Set("hostPath", *v.HostPath)
			}
			vs = append(vs, vo)
		}
		if vs == nil {
			vs = []interface{}{}
		}
		set("volumes", vs)
	}
	if b.VolumesFrom != nil {
		set("volumesFrom", jsonStrings(b.VolumesFrom))
	}
	if b.WorkingDirectory != nil {
		set("workingDirectory", *b.WorkingDirectory)
	}
	out, err := ojson.Marshal(o, "")
	if err != nil {
		return "{}"
	}
	return string(out)
}

func jsonStrings(p *[]*string) []interface{} {
	out := []interface{}{}
	for _, s := range *p {
		if s == nil {
			out = append(out, nil)
			continue
		}
		out = append(out, *s)
	}
	return out
}

func jsonStringMap(m *map[string]*string) *ojson.Object {
	o := ojson.New()
	keys := make([]string, 0, len(*m))
	for k := range *m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if v := (*m)[k]; v != nil {
			o.Set(k, *v)
		}
	}
	return o
}

// DockerImage is a Docker image used for bundling.
type DockerImage interface {
	Image() *string
	Cp(imagePath *string, outputPath *string) *string
	Run(options *DockerRunOptions)
	ToJSON() *string
}

type dockerImage struct {
	image, hash string
}

// NewDockerImage refers to an image by name; imageHash, when given, stands
// for it in asset hashes.
func NewDockerImage(image *string, imageHash *string) DockerImage {
	return &dockerImage{image: deref(image), hash: deref(imageHash)}
}

// DockerImage_FromRegistry refers to an image of a registry.
func DockerImage_FromRegistry(image *string) DockerImage { return NewDockerImage(image, nil) }

// DockerImage_FromBuild builds an image from a Dockerfile in path (with a
// docker command on this machine).
func DockerImage_FromBuild(path *string, options *DockerBuildOptions) DockerImage {
	o := DockerBuildOptions{}
	if options != nil {
		o = *options
	}
	if o.File != nil && filepath.IsAbs(*o.File) {
		panicf("", "\"file\" must be relative to the docker build directory. Got %s", *o.File)
	}
	hash := *FileSystem_Fingerprint(path, &FingerprintOptions{ExtraHash: str(dockerBuildOptionsJSON(&o))})
	tag := "cdk-" + hash
	if (o.BuildContexts == nil || len(*o.BuildContexts) == 0) && dockerImageExists(tag) {
		return &dockerImage{image: tag, hash: hash}
	}
	args := []string{"build", "-t", tag}
	if o.File != nil {
		args = append(args, "-f", filepath.Join(deref(path), *o.File))
	}
	if o.Platform != nil {
		args = append(args, "--platform", *o.Platform)
	}
	if o.Network != nil {
		args = append(args, "--network", *o.Network)
	}
	if o.TargetStage != nil {
		args = append(args, "--target", *o.TargetStage)
	}
	if o.CacheFrom != nil {
		for _, c := range *o.CacheFrom {
			args = append(args, "--cache-from", cacheOptionFlag(c))
		}
	}
	if o.CacheTo != nil {
		args = append(args, "--cache-to", cacheOptionFlag(o.CacheTo))
	}
	if o.CacheDisabled != nil && *o.CacheDisabled {
		args = append(args, "--no-cache")
	}
	for _, kv := range sortedPairs(o.BuildArgs) {
		args = append(args, "--build-arg", kv)
	}
	for _, kv := range sortedPairs(o.BuildContexts) {
		args = append(args, "--build-context", kv)
	}
	args = append(args, deref(path))
	if err := dockerExec(args); err != nil {
		diag.PanicKind(diag.KindExec, "", "cannot build the Docker image in %s: %v", deref(path), err)
	}
	return &dockerImage{image: tag, hash: hash}
}

func dockerBuildOptionsJSON(o *DockerBuildOptions) string {
	m := ojson.New()
	if o.BuildArgs != nil {
		m.Set("buildArgs", jsonStringMap(o.BuildArgs))
	}
	if o.BuildContexts != nil {
		m.Set("buildContexts", jsonStringMap(o.BuildContexts))
	}
	if o.CacheDisabled != nil {
		m.Set("cacheDisabled", *o.CacheDisabled)
	}
	cache := func(c *DockerCacheOption) *ojson.Object {
		co := ojson.New()
		if c.Params != nil {
			co.Set("params", jsonStringMap(c.Params))
		}
		co.Set("type", deref(c.Type))
		return co
	}
	if o.CacheFrom != nil {
		var l []interface{}
		for _, c := range *o.CacheFrom {
			l = append(l, cache(c))
		}
		m.Set("cacheFrom", l)
	}
	if o.CacheTo != nil {
		m.Set("cacheTo", cache(o.CacheTo))
	}
	for _, f := range []struct {
		k string
		v *string
	}{{"file", o.File}, {"network", o.Network}, {"platform", o.Platform}, {"targetStage", o.TargetStage}} {
		if f.v != nil {
			m.Set(f.k, *f.v)
		}
	}
	b, _ := ojson.Marshal(m, "")
	return string(b)
}

func cacheOptionFlag(c *DockerCacheOption) string {
	flag := "type=" + deref(c.Type)
	if c.Params != nil && len(*c.Params) > 0 {
		flag += "," + strings.Join(sortedPairs(c.Params), ",")
	}
	return flag
}

func sortedPairs(m *map[string]*string) []string {
	if m == nil {
		return nil
	}
	keys := make([]string, 0, len(*m))
	for k := range *m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k + "=" + deref((*m)[k])
	}
	return out
}

func (d *dockerImage) Image() *string { return str(d.image) }
func (d *dockerImage) ToJSON() *string {
	if d.hash != "" {
		return str(d.hash)
	}
	return str(d.image)
}

// Run runs the image with docker run.
func (d *dockerImage) Run(options *DockerRunOptions) {
	if err := d.run(options); err != nil {
		panicf("", "%v", err)
	}
}

func (d *dockerImage) run(o *DockerRunOptions) error {
	if o == nil {
		o = &DockerRunOptions{}
	}
	args := []string{"run", "--rm"}
	if o.SecurityOpt != nil {
		args = append(args, "--security-opt", *o.SecurityOpt)
	}
	if o.Network != nil {
		args = append(args, "--network", *o.Network)
	}
	if o.Platform != nil {
		args = append(args, "--platform", *o.Platform)
	}
	if o.User != nil {
		args = append(args, "-u", *o.User)
	}
	for _, v := range stringList(o.VolumesFrom) {
		args = append(args, "--volumes-from", v)
	}
	if o.Volumes != nil {
		for _, v := range *o.Volumes {
			c := v.Consistency
			if c == "" {
				c = DockerVolumeConsistency_DELEGATED
			}
			args = append(args, "-v", deref(v.HostPath)+":"+deref(v.ContainerPath)+":"+c.jsValue())
		}
	}
	for _, kv := range sortedPairs(o.Environment) {
		args = append(args, "--env", kv)
	}
	if o.WorkingDirectory != nil {
		args = append(args, "-w", *o.WorkingDirectory)
	}
	entry := stringList(o.Entrypoint)
	if len(entry) > 0 && entry[0] != "" {
		args = append(args, "--entrypoint", entry[0])
	}
	args = append(args, d.image)
	if len(entry) > 1 {
		args = append(args, entry[1:]...)
	}
	args = append(args, stringList(o.Command)...)
	return dockerExec(args)
}

// Cp copies a path out of the image.
func (d *dockerImage) Cp(imagePath *string, outputPath *string) *string {
	prog := dockerProgram()
	out, err := exec.Command(prog, "create", d.image).Output()
	if err != nil {
		diag.PanicKind(diag.KindExec, "", "cannot create a container of %s: %v", d.image, err)
	}
	m := regexp.MustCompile(`([0-9a-f]{16,})`).FindString(string(out))
	if m == "" {
		diag.PanicKind(diag.KindExec, "", "failed to extract container ID from Docker create output")
	}
	dest := deref(outputPath)
	if dest == "" {
		dest = *FileSystem_Mkdtemp(str("cdk-docker-cp-"))
	}
	defer func() { _ = exec.Command(prog, "rm", "-v", m).Run() }()
	if err := dockerExec([]string{"cp", m + ":" + deref(imagePath), dest}); err != nil {
		diag.PanicKind(diag.KindExec, "", "failed to copy files from %s:%s to %s: %v", m, deref(imagePath), dest, err)
	}
	return &dest
}

func dockerProgram() string {
	if p := os.Getenv("CDK_DOCKER"); p != "" {
		return p
	}
	return "docker"
}

func dockerImageExists(tag string) bool {
	return exec.Command(dockerProgram(), "image", "inspect", tag).Run() == nil
}

// dockerExec runs the docker command, its output going to stderr.
func dockerExec(args []string) error {
	prog := dockerProgram()
	if _, err := exec.LookPath(prog); err != nil {
		return fmt.Errorf("no %q command found: Docker is needed to bundle this asset (install Docker, set CDK_DOCKER, or give the bundling options a Local bundler)", prog)
	}
	cmd := exec.Command(prog, args...)
	var stderr strings.Builder
	cmd.Stdout = os.Stderr
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return fmt.Errorf("%s %s failed: %s", prog, args[0], msg)
	}
	return nil
}

// bundleWithDocker runs the bundling container with the source and output
// directories bind-mounted, as aws-cdk-lib does by default.
func bundleWithDocker(sourcePath, bundleDir string, b *BundlingOptions) error {
	if b.Image == nil {
		return fmt.Errorf("bundling options have no image")
	}
	if b.BundlingFileAccess == BundlingFileAccess_VOLUME_COPY {
		return fmt.Errorf("bundlingFileAccess VOLUME_COPY is not supported by Strata yet; use BIND_MOUNT or a Local bundler")
	}
	usr := b.User
	if usr == nil {
		if u, err := user.Current(); err == nil {
			usr = str(u.Uid + ":" + u.Gid)
		} else {
			usr = str("1000:1000")
		}
	}
	vols := []*DockerVolume{
		{HostPath: str(sourcePath), ContainerPath: str(bundlingInputDir)},
		{HostPath: str(bundleDir), ContainerPath: str(bundlingOutputDir)},
	}
	if b.Volumes != nil {
		vols = append(vols, *b.Volumes...)
	}
	wd := b.WorkingDirectory
	if wd == nil {
		wd = str(bundlingInputDir)
	}
	img, ok := b.Image.(*dockerImage)
	if !ok {
		img = &dockerImage{image: deref(b.Image.Image())}
	}
	return img.run(&DockerRunOptions{Command: b.Command, Entrypoint: b.Entrypoint, Environment: b.Environment, Network: b.Network,
		Platform: b.Platform, SecurityOpt: b.SecurityOpt, User: usr, Volumes: &vols, VolumesFrom: b.VolumesFrom, WorkingDirectory: wd})
}
