package awsec2

import (
	"encoding/base64"
	"fmt"
	"os"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awss3assets"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawskms"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
	"github.com/strata-cdk/strata/internal/ojson"
)

// InitElement is one entry of a cfn-init config: a package, group, user,
// source, file, command or service.
type InitElement interface {
	// ElementType is the config section the element renders into.
	ElementType() *string
}

// InitServiceRestartHandle restarts a service when the files, commands,
// sources or packages it is handed to change.
type InitServiceRestartHandle interface{}

type restartHandle struct {
	commands, files, sources []string
	pkgTypes                 []string
	packages                 map[string][]string
}

// NewInitServiceRestartHandle makes a handle to pass to elements and to the
// service they restart.
func NewInitServiceRestartHandle() InitServiceRestartHandle {
	return &restartHandle{packages: map[string][]string{}}
}

// NewInitServiceRestartHandle_Override initialises a user's type embedding InitServiceRestartHandle.
func NewInitServiceRestartHandle_Override(i InitServiceRestartHandle) {
	l2.Override(i, NewInitServiceRestartHandle())
}

func handlesOf(hs *[]InitServiceRestartHandle) []*restartHandle {
	if hs == nil {
		return nil
	}
	var out []*restartHandle
	for _, h := range *hs {
		if rh := asRestartHandle(h); rh != nil {
			out = append(out, rh)
		}
	}
	return out
}

func asRestartHandle(h InitServiceRestartHandle) *restartHandle {
	if h == nil {
		return nil
	}
	rh, ok := embedded[*restartHandle](h)
	if !ok {
		diag.Panic("", "InitServiceRestartHandle %T is not one of Strata's: make it with NewInitServiceRestartHandle", h)
	}
	return rh
}

func (h *restartHandle) addPackage(kind, key string) {
	if _, ok := h.packages[kind]; !ok {
		h.pkgTypes = append(h.pkgTypes, kind)
	}
	h.packages[kind] = append(h.packages[kind], key)
}

// render adds the restart triggers to a service's entry. aws-cdk-lib hands
// out the handle's own lists, so the first service entry of a config (the
// one its merge keeps rather than copies) still sees keys that elements
// bound later add; liveValue carries that, and deepMerge copies it.
func (h *restartHandle) render(o *ojson.Object) {
	if len(h.commands) > 0 {
		o.Set("commands", &liveValue{func() interface{} { return stringList(h.commands) }})
	}
	if len(h.files) > 0 {
		o.Set("files", &liveValue{func() interface{} { return stringList(h.files) }})
	}
	if len(h.pkgTypes) > 0 {
		o.Set("packages", &liveValue{func() interface{} {
			p := ojson.New()
			for _, k := range h.pkgTypes {
				p.Set(k, stringList(h.packages[k]))
			}
			return p
		}})
	}
	if len(h.sources) > 0 {
		o.Set("sources", &liveValue{func() interface{} { return stringList(h.sources) }})
	}
}

// liveValue is a list or object read when it is resolved.
type liveValue struct{ get func() interface{} }

func (l *liveValue) Resolve(awscdk.IResolveContext) interface{} { return l.get() }

// InitCommandWaitDuration is how long cfn-init waits after a command (Windows only).
type InitCommandWaitDuration interface{}

type waitDuration struct{ render func() interface{} }

// InitCommandWaitDuration_Of waits the given duration.
func InitCommandWaitDuration_Of(duration awscdk.Duration) InitCommandWaitDuration {
	if duration == nil {
		diag.Panic("", "InitCommandWaitDuration_Of: duration is required")
	}
	return &waitDuration{render: func() interface{} { return *duration.ToSeconds(nil) }}
}

// InitCommandWaitDuration_None does not wait.
func InitCommandWaitDuration_None() InitCommandWaitDuration {
	return InitCommandWaitDuration_Of(awscdk.Duration_Seconds(num(0)))
}

// InitCommandWaitDuration_Forever waits for ever (cfn-init expects a reboot).
func InitCommandWaitDuration_Forever() InitCommandWaitDuration {
	return &waitDuration{render: func() interface{} { return "forever" }}
}

type abstractWaitDuration struct{}

// NewInitCommandWaitDuration_Override initialises a user's type embedding InitCommandWaitDuration.
func NewInitCommandWaitDuration_Override(i InitCommandWaitDuration) {
	l2.Override[InitCommandWaitDuration](i, abstractWaitDuration{})
}

type abstractElement struct{}

func (abstractElement) ElementType() *string {
	diag.Panic("", "a type embedding InitElement must define ElementType()")
	return nil
}

// NewInitElement_Override initialises a user's type embedding InitElement.
func NewInitElement_Override(i InitElement) { l2.Override[InitElement](i, abstractElement{}) }

// InitCommandOptions configure an InitCommand.
type InitCommandOptions struct {
	Cwd                   *string                     `field:"optional" json:"cwd" yaml:"cwd"`
	Env                   *map[string]*string         `field:"optional" json:"env" yaml:"env"`
	IgnoreErrors          *bool                       `field:"optional" json:"ignoreErrors" yaml:"ignoreErrors"`
	Key                   *string                     `field:"optional" json:"key" yaml:"key"`
	ServiceRestartHandles *[]InitServiceRestartHandle `field:"optional" json:"serviceRestartHandles" yaml:"serviceRestartHandles"`
	TestCmd               *string                     `field:"optional" json:"testCmd" yaml:"testCmd"`
	WaitAfterCompletion   InitCommandWaitDuration     `field:"optional" json:"waitAfterCompletion" yaml:"waitAfterCompletion"`
}

// InitCommand runs a command.
type InitCommand interface {
	InitElement
}

type initCommand struct {
	command interface{} // string or []interface{} of argv
	text    string
	options InitCommandOptions
}

func (*initCommand) ElementType() *string { return str("COMMAND") }

// InitCommand_ShellCommand runs a command line through the shell.
func InitCommand_ShellCommand(shellCommand *string, options *InitCommandOptions) InitCommand {
	c := &initCommand{command: deref(shellCommand), text: deref(shellCommand)}
	if options != nil {
		c.options = *options
	}
	return c
}

// InitCommand_ArgvCommand runs a program with arguments, without a shell.
func InitCommand_ArgvCommand(argv *[]*string, options *InitCommandOptions) InitCommand {
	args := strs(argv)
	if len(args) == 0 {
		diag.Panic("", "Cannot define argvCommand with an empty arguments")
	}
	c := &initCommand{command: stringList(args), text: strings.Join(args, ",")}
	if options != nil {
		c.options = *options
	}
	return c
}

func (c *initCommand) bindInit(o *initBindOptions) initBindResult {
	key := deref(c.options.Key)
	if key == "" {
		key = fmt.Sprintf("%03d", o.index)
	}
	if o.platform != platformWindows && c.options.WaitAfterCompletion != nil {
		throw(o.scope, "Command '%s': 'waitAfterCompletion' is only valid for Windows systems.", c.text)
	}
	for _, h := range handlesOf(c.options.ServiceRestartHandles) {
		h.commands = append(h.commands, key)
	}
	var wait interface{}
	if c.options.WaitAfterCompletion != nil {
		w, ok := c.options.WaitAfterCompletion.(*waitDuration)
		if !ok {
			diag.Panic("", "InitCommandWaitDuration %T is not one of Strata's", c.options.WaitAfterCompletion)
		}
		wait = w.render()
	}
	return initBindResult{config: obj(key, obj("command", c.command, "env", sortedStringMap(c.options.Env), "cwd", c.options.Cwd,
		"test", c.options.TestCmd, "ignoreErrors", c.options.IgnoreErrors, "waitAfterCompletion", wait))}
}

// InitFileOptions configure an InitFile.
type InitFileOptions struct {
	Base64Encoded         *bool                       `field:"optional" json:"base64Encoded" yaml:"base64Encoded"`
	Group                 *string                     `field:"optional" json:"group" yaml:"group"`
	Mode                  *string                     `field:"optional" json:"mode" yaml:"mode"`
	Owner                 *string                     `field:"optional" json:"owner" yaml:"owner"`
	ServiceRestartHandles *[]InitServiceRestartHandle `field:"optional" json:"serviceRestartHandles" yaml:"serviceRestartHandles"`
}

// InitFileAssetOptions configure InitFile_FromAsset.
type InitFileAssetOptions struct {
	Base64Encoded         *bool                       `field:"optional" json:"base64Encoded" yaml:"base64Encoded"`
	Group                 *string                     `field:"optional" json:"group" yaml:"group"`
	Mode                  *string                     `field:"optional" json:"mode" yaml:"mode"`
	Owner                 *string                     `field:"optional" json:"owner" yaml:"owner"`
	ServiceRestartHandles *[]InitServiceRestartHandle `field:"optional" json:"serviceRestartHandles" yaml:"serviceRestartHandles"`
	AssetHash             *string                     `field:"optional" json:"assetHash" yaml:"assetHash"`
	AssetHashType         awscdk.AssetHashType        `field:"optional" json:"assetHashType" yaml:"assetHashType"`
	Bundling              *awscdk.BundlingOptions     `field:"optional" json:"bundling" yaml:"bundling"`
	Exclude               *[]*string                  `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks        awscdk.SymlinkFollowMode    `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode            awscdk.IgnoreMode           `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	DeployTime            *bool                       `field:"optional" json:"deployTime" yaml:"deployTime"`
	DisplayName           *string                     `field:"optional" json:"displayName" yaml:"displayName"`
	Readers               *[]awsiam.IGrantable        `field:"optional" json:"readers" yaml:"readers"`
	SourceKMSKey          interfacesawskms.IKeyRef    `field:"optional" json:"sourceKMSKey" yaml:"sourceKMSKey"`
}

// InitFile writes a file on the instance.
type InitFile interface {
	InitElement
}

type initFile struct {
	fileName string
	options  InitFileOptions
	// content renders the file's content keys (content/encoding or source).
	content func(o *initBindOptions) (*ojson.Object, *ojson.Object, string)
}

func (*initFile) ElementType() *string { return str("FILE") }

func newInitFile(fileName *string, options *InitFileOptions, content func(o *initBindOptions) (*ojson.Object, *ojson.Object, string)) *initFile {
	f := &initFile{fileName: deref(fileName), content: content}
	if options != nil {
		f.options = *options
	}
	return f
}

// NewInitFile_Override initialises a user's type embedding InitFile with a file of the given content.
func NewInitFile_Override(i InitFile, fileName *string, options *InitFileOptions) {
	l2.Override[InitFile](i, newInitFile(fileName, options, func(*initBindOptions) (*ojson.Object, *ojson.Object, string) {
		diag.Panic("", "a type embedding InitFile cannot render its content: use the InitFile_* constructors")
		return nil, nil, ""
	}))
}

func (f *initFile) bindInit(o *initBindOptions) initBindResult {
	for _, h := range handlesOf(f.options.ServiceRestartHandles) {
		h.files = append(h.files, f.fileName)
	}
	vars, auth, hash := f.content(o)
	entry := ojson.New()
	vars.Range(func(k string, v interface{}) { entry.Set(k, v) })
	if o.platform == platformWindows {
		if f.options.Group != nil || f.options.Owner != nil || f.options.Mode != nil {
			diag.Panic("", "Owner, group, and mode options not supported for Windows.")
		}
	} else {
		entry.Set("mode", orDefault(f.options.Mode, "000644"))
		entry.Set("owner", orDefault(f.options.Owner, "root"))
		entry.Set("group", orDefault(f.options.Group, "root"))
	}
	return initBindResult{config: obj(f.fileName, entry), auth: auth, assetHash: hash}
}

func orDefault(s *string, d string) string {
	if deref(s) == "" {
		return d
	}
	return *s
}

// InitFile_FromString writes the given content.
func InitFile_FromString(fileName *string, content *string, options *InitFileOptions) InitFile {
	if deref(content) == "" {
		diag.Panic("", "InitFile %s: cannot create empty file. Please supply at least one character of content.", deref(fileName))
	}
	f := newInitFile(fileName, options, nil)
	text := *content
	f.content = func(*initBindOptions) (*ojson.Object, *ojson.Object, string) {
		enc := "plain"
		if truthy(f.options.Base64Encoded) {
			enc = "base64"
		}
		return obj("content", text, "encoding", enc), nil, ""
	}
	return f
}

// InitFile_Symlink makes a symbolic link to target.
func InitFile_Symlink(fileName *string, target *string, options *InitFileOptions) InitFile {
	o := InitFileOptions{}
	if options != nil {
		o = *options
	}
	if m := deref(o.Mode); m != "" && !strings.HasPrefix(m, "120") {
		diag.Panic("", "File mode for symlinks must begin with 120XXX")
	}
	if deref(o.Mode) == "" {
		o.Mode = str("120644")
	}
	return InitFile_FromString(fileName, target, &o)
}

// InitFile_FromObject writes an object as JSON.
func InitFile_FromObject(fileName *string, obj_ *map[string]interface{}, options *InitFileOptions) InitFile {
	var content interface{}
	if obj_ != nil {
		content = *obj_
	}
	return newInitFile(fileName, options, func(*initBindOptions) (*ojson.Object, *ojson.Object, string) {
		return obj("content", content), nil, ""
	})
}

// InitFile_FromFileInline reads a local file now and writes its content.
func InitFile_FromFileInline(targetFileName *string, sourceFileName *string, options *InitFileOptions) InitFile {
	b, err := os.ReadFile(deref(sourceFileName))
	if err != nil {
		diag.Panic("", "InitFile %s: cannot read '%s': %v", deref(targetFileName), deref(sourceFileName), err)
	}
	text := string(b)
	if options != nil && truthy(options.Base64Encoded) {
		text = base64.StdEncoding.EncodeToString(b)
	}
	return InitFile_FromString(targetFileName, &text, options)
}

// InitFile_FromUrl downloads the file from a URL.
func InitFile_FromUrl(fileName *string, url *string, options *InitFileOptions) InitFile {
	return newInitFile(fileName, options, func(*initBindOptions) (*ojson.Object, *ojson.Object, string) {
		return obj("source", url), nil, ""
	})
}

// InitFile_FromS3Object downloads the file from S3, granting the role read access.
func InitFile_FromS3Object(fileName *string, bucket awss3.IBucket, key *string, options *InitFileOptions) InitFile {
	return newInitFile(fileName, options, func(o *initBindOptions) (*ojson.Object, *ojson.Object, string) {
		bucket.GrantRead(o.role, key)
		return obj("source", bucket.UrlForObject(key)), standardS3Auth(o.role, bucket.BucketName()), ""
	})
}

// InitFile_FromAsset uploads a local file as an asset and downloads it on the instance.
func InitFile_FromAsset(targetFileName *string, path *string, options *InitFileAssetOptions) InitFile {
	o := InitFileAssetOptions{}
	if options != nil {
		o = *options
	}
	fo := &InitFileOptions{Base64Encoded: o.Base64Encoded, Group: o.Group, Mode: o.Mode, Owner: o.Owner, ServiceRestartHandles: o.ServiceRestartHandles}
	return newInitFile(targetFileName, fo, func(b *initBindOptions) (*ojson.Object, *ojson.Object, string) {
		asset := awss3assets.NewAsset(b.scope, str(childrenHash(b.scope)+deref(targetFileName)+"Asset"), &awss3assets.AssetProps{
			Path: path, AssetHash: o.AssetHash, AssetHashType: o.AssetHashType, Bundling: o.Bundling, Exclude: o.Exclude,
			FollowSymlinks: o.FollowSymlinks, IgnoreMode: o.IgnoreMode, DeployTime: o.DeployTime, DisplayName: o.DisplayName,
			Readers: o.Readers, SourceKMSKey: o.SourceKMSKey})
		return assetContent(asset, b)
	})
}

// InitFile_FromExistingAsset downloads an asset defined elsewhere.
func InitFile_FromExistingAsset(targetFileName *string, asset awss3assets.Asset, options *InitFileOptions) InitFile {
	return newInitFile(targetFileName, options, func(b *initBindOptions) (*ojson.Object, *ojson.Object, string) {
		return assetContent(asset, b)
	})
}

func assetContent(asset awss3assets.Asset, b *initBindOptions) (*ojson.Object, *ojson.Object, string) {
	asset.GrantRead(b.role)
	return obj("source", asset.HttpUrl()), standardS3Auth(b.role, asset.S3BucketName()), deref(asset.AssetHash())
}

// InitGroup creates a Linux group.
type InitGroup interface {
	InitElement
}

type initGroup struct {
	name string
	id   *float64
}

// NewInitGroup makes a group with an optional id.
func NewInitGroup(groupName *string, groupId *float64) InitGroup {
	return &initGroup{name: deref(groupName), id: groupId}
}

// NewInitGroup_Override initialises a user's type embedding InitGroup.
func NewInitGroup_Override(i InitGroup, groupName *string, groupId *float64) {
	l2.Override(i, NewInitGroup(groupName, groupId))
}

// InitGroup_FromName makes a group with an optional id.
func InitGroup_FromName(groupName *string, groupId *float64) InitGroup {
	return NewInitGroup(groupName, groupId)
}

func (*initGroup) ElementType() *string { return str("GROUP") }

func (g *initGroup) bindInit(o *initBindOptions) initBindResult {
	if o.platform == platformWindows {
		diag.Panic("", "Init groups are not supported on Windows")
	}
	return initBindResult{config: obj(g.name, obj("gid", g.id))}
}

// InitUserOptions configure an InitUser.
type InitUserOptions struct {
	Groups  *[]*string `field:"optional" json:"groups" yaml:"groups"`
	HomeDir *string    `field:"optional" json:"homeDir" yaml:"homeDir"`
	UserId  *float64   `field:"optional" json:"userId" yaml:"userId"`
}

// InitUser creates a Linux user.
type InitUser interface {
	InitElement
}

type initUser struct {
	name    string
	options InitUserOptions
}

// NewInitUser makes a user.
func NewInitUser(userName *string, userOptions *InitUserOptions) InitUser {
	u := &initUser{name: deref(userName)}
	if userOptions != nil {
		u.options = *userOptions
	}
	return u
}

// NewInitUser_Override initialises a user's type embedding InitUser.
func NewInitUser_Override(i InitUser, userName *string, userOptions *InitUserOptions) {
	l2.Override(i, NewInitUser(userName, userOptions))
}

// InitUser_FromName makes a user.
func InitUser_FromName(userName *string, options *InitUserOptions) InitUser {
	return NewInitUser(userName, options)
}

func (*initUser) ElementType() *string { return str("USER") }

func (u *initUser) bindInit(o *initBindOptions) initBindResult {
	if o.platform == platformWindows {
		diag.Panic("", "Init users are not supported on Windows")
	}
	return initBindResult{config: obj(u.name, obj("uid", u.options.UserId, "groups", u.options.Groups, "homeDir", u.options.HomeDir))}
}

// NamedPackageOptions configure a package installed by name.
type NamedPackageOptions struct {
	ServiceRestartHandles *[]InitServiceRestartHandle `field:"optional" json:"serviceRestartHandles" yaml:"serviceRestartHandles"`
	Version               *[]*string                  `field:"optional" json:"version" yaml:"version"`
}

// LocationPackageOptions configure a package installed from a location.
type LocationPackageOptions struct {
	Key                   *string                     `field:"optional" json:"key" yaml:"key"`
	ServiceRestartHandles *[]InitServiceRestartHandle `field:"optional" json:"serviceRestartHandles" yaml:"serviceRestartHandles"`
}

// InitPackage installs a package.
type InitPackage interface {
	InitElement
	// RenderPackageVersions is what the package's entry renders to.
	RenderPackageVersions() interface{}
}

type initPackage struct {
	kind     string
	versions []string
	name     string
	handles  *[]InitServiceRestartHandle
	msi      bool
}

// NewInitPackage makes a package of the given type (yum, apt, rpm, msi, python, rubygems).
func NewInitPackage(type_ *string, versions *[]*string, packageName *string, serviceHandles *[]InitServiceRestartHandle) InitPackage {
	v := strs(versions)
	if v == nil {
		v = []string{}
	}
	return &initPackage{kind: deref(type_), versions: v, name: deref(packageName), handles: serviceHandles}
}

// NewInitPackage_Override initialises a user's type embedding InitPackage.
func NewInitPackage_Override(i InitPackage, type_ *string, versions *[]*string, packageName *string, serviceHandles *[]InitServiceRestartHandle) {
	l2.Override(i, NewInitPackage(type_, versions, packageName, serviceHandles))
}

func namedPackage(kind string, name *string, options *NamedPackageOptions) InitPackage {
	o := NamedPackageOptions{}
	if options != nil {
		o = *options
	}
	return NewInitPackage(str(kind), o.Version, name, o.ServiceRestartHandles)
}

// InitPackage_Rpm installs an RPM from a URL.
func InitPackage_Rpm(location *string, options *LocationPackageOptions) InitPackage {
	o := LocationPackageOptions{}
	if options != nil {
		o = *options
	}
	return NewInitPackage(str("rpm"), &[]*string{location}, o.Key, o.ServiceRestartHandles)
}

// InitPackage_Msi installs an MSI from a URL (Windows).
func InitPackage_Msi(location *string, options *LocationPackageOptions) InitPackage {
	p := InitPackage_Rpm(location, options).(*initPackage)
	p.kind, p.msi = "msi", true
	return p
}

// InitPackage_Yum installs a yum package.
func InitPackage_Yum(packageName *string, options *NamedPackageOptions) InitPackage {
	return namedPackage("yum", packageName, options)
}

// InitPackage_Apt installs an apt package.
func InitPackage_Apt(packageName *string, options *NamedPackageOptions) InitPackage {
	return namedPackage("apt", packageName, options)
}

// InitPackage_Python installs a Python package.
func InitPackage_Python(packageName *string, options *NamedPackageOptions) InitPackage {
	return namedPackage("python", packageName, options)
}

// InitPackage_RubyGem installs a Ruby gem.
func InitPackage_RubyGem(gemName *string, options *NamedPackageOptions) InitPackage {
	return namedPackage("rubygems", gemName, options)
}

func (*initPackage) ElementType() *string { return str("PACKAGE") }

func (p *initPackage) RenderPackageVersions() interface{} {
	if p.msi {
		return p.versions[0]
	}
	return stringList(p.versions)
}

func (p *initPackage) bindInit(o *initBindOptions) initBindResult {
	if (p.kind == "msi") != (o.platform == platformWindows) {
		if p.kind == "msi" {
			diag.Panic("", "MSI installers are only supported on Windows systems.")
		}
		diag.Panic("", "Windows only supports the MSI package type")
	}
	if p.name == "" && p.kind != "rpm" && p.kind != "msi" {
		diag.Panic("", "Package name must be specified for all package types besides RPM and MSI.")
	}
	name := p.name
	if name == "" {
		name = fmt.Sprintf("%03d", o.index)
	}
	for _, h := range handlesOf(p.handles) {
		h.addPackage(p.kind, name)
	}
	return initBindResult{config: obj(p.kind, obj(name, p.RenderPackageVersions()))}
}

// ServiceManager is the init system that runs a service.
type ServiceManager string

const (
	ServiceManager_SYSVINIT ServiceManager = "SYSVINIT"
	ServiceManager_WINDOWS  ServiceManager = "WINDOWS"
	ServiceManager_SYSTEMD  ServiceManager = "SYSTEMD"
)

// InitServiceOptions configure an InitService.
type InitServiceOptions struct {
	Enabled              *bool                    `field:"optional" json:"enabled" yaml:"enabled"`
	EnsureRunning        *bool                    `field:"optional" json:"ensureRunning" yaml:"ensureRunning"`
	ServiceManager       ServiceManager           `field:"optional" json:"serviceManager" yaml:"serviceManager"`
	ServiceRestartHandle InitServiceRestartHandle `field:"optional" json:"serviceRestartHandle" yaml:"serviceRestartHandle"`
}

// SystemdConfigFileOptions describe a systemd unit file.
type SystemdConfigFileOptions struct {
	Command              *string             `field:"required" json:"command" yaml:"command"`
	AfterNetwork         *bool               `field:"optional" json:"afterNetwork" yaml:"afterNetwork"`
	Cwd                  *string             `field:"optional" json:"cwd" yaml:"cwd"`
	Description          *string             `field:"optional" json:"description" yaml:"description"`
	EnvironmentFiles     *[]*string          `field:"optional" json:"environmentFiles" yaml:"environmentFiles"`
	EnvironmentVariables *map[string]*string `field:"optional" json:"environmentVariables" yaml:"environmentVariables"`
	Group                *string             `field:"optional" json:"group" yaml:"group"`
	KeepRunning          *bool               `field:"optional" json:"keepRunning" yaml:"keepRunning"`
	User                 *string             `field:"optional" json:"user" yaml:"user"`
}

// InitService enables, disables or restarts a service.
type InitService interface {
	InitElement
}

type initService struct {
	name                   string
	enabled, ensureRunning bool
	manager                ServiceManager
	handle                 InitServiceRestartHandle
}

// InitService_Enable enables (and by default starts) a service.
func InitService_Enable(serviceName *string, options *InitServiceOptions) InitService {
	o := InitServiceOptions{}
	if options != nil {
		o = *options
	}
	s := &initService{name: deref(serviceName), enabled: o.Enabled == nil || *o.Enabled, manager: o.ServiceManager, handle: o.ServiceRestartHandle}
	switch {
	case o.EnsureRunning != nil:
		s.ensureRunning = *o.EnsureRunning
	case o.Enabled != nil:
		s.ensureRunning = *o.Enabled
	default:
		s.ensureRunning = true
	}
	return s
}

// InitService_Disable disables and stops a service.
func InitService_Disable(serviceName *string) InitService {
	return &initService{name: deref(serviceName)}
}

// InitService_SystemdConfigFile writes a systemd unit for a command, to
// enable with InitService_Enable and ServiceManager_SYSTEMD.
func InitService_SystemdConfigFile(serviceName *string, options *SystemdConfigFileOptions) InitFile {
	if options == nil || options.Command == nil {
		diag.Panic("", "InitService_SystemdConfigFile: 'command' is required")
	}
	if !strings.HasPrefix(*options.Command, "/") {
		diag.Panic("", "SystemD executables must use an absolute path, got '%s'", *options.Command)
	}
	for _, f := range strs(options.EnvironmentFiles) {
		if !strings.HasPrefix(f, "/") {
			diag.Panic("", "SystemD environment files must use absolute paths")
		}
	}
	lines := []string{"[Unit]"}
	if d := deref(options.Description); d != "" {
		lines = append(lines, "Description="+d)
	}
	if options.AfterNetwork == nil || *options.AfterNetwork {
		lines = append(lines, "After=network.target")
	}
	lines = append(lines, "[Service]", "ExecStart="+*options.Command)
	if c := deref(options.Cwd); c != "" {
		lines = append(lines, "WorkingDirectory="+c)
	}
	if u := deref(options.User); u != "" {
		lines = append(lines, "User="+u)
	}
	if deref(options.Group) != "" {
		// aws-cdk-lib writes the user here, not the group.
		lines = append(lines, "Group="+deref(options.User))
	}
	if options.KeepRunning == nil || *options.KeepRunning {
		lines = append(lines, "Restart=always")
	}
	for _, f := range strs(options.EnvironmentFiles) {
		lines = append(lines, "EnvironmentFile="+f)
	}
	if options.EnvironmentVariables != nil {
		for _, k := range sortedKeys(*options.EnvironmentVariables) {
			lines = append(lines, fmt.Sprintf(`Environment="%s=%s"`, k, deref((*options.EnvironmentVariables)[k])))
		}
	}
	lines = append(lines, "[Install]", "WantedBy=multi-user.target")
	return InitFile_FromString(str("/etc/systemd/system/"+deref(serviceName)+".service"), str(strings.Join(lines, "\n")), nil)
}

func (*initService) ElementType() *string { return str("SERVICE") }

func (s *initService) bindInit(o *initBindOptions) initBindResult {
	manager := s.manager
	if manager == "" {
		manager = ServiceManager_SYSVINIT
		if o.platform == platformWindows {
			manager = ServiceManager_WINDOWS
		}
	}
	entry := obj("enabled", s.enabled, "ensureRunning", s.ensureRunning)
	if h := asRestartHandle(s.handle); h != nil {
		h.render(entry)
	}
	return initBindResult{config: obj(strings.ToLower(string(manager)), obj(s.name, entry))}
}

// InitSourceOptions configure an InitSource.
type InitSourceOptions struct {
	ServiceRestartHandles *[]InitServiceRestartHandle `field:"optional" json:"serviceRestartHandles" yaml:"serviceRestartHandles"`
}

// InitSourceAssetOptions configure InitSource_FromAsset.
type InitSourceAssetOptions struct {
	ServiceRestartHandles *[]InitServiceRestartHandle `field:"optional" json:"serviceRestartHandles" yaml:"serviceRestartHandles"`
	AssetHash             *string                     `field:"optional" json:"assetHash" yaml:"assetHash"`
	AssetHashType         awscdk.AssetHashType        `field:"optional" json:"assetHashType" yaml:"assetHashType"`
	Bundling              *awscdk.BundlingOptions     `field:"optional" json:"bundling" yaml:"bundling"`
	Exclude               *[]*string                  `field:"optional" json:"exclude" yaml:"exclude"`
	FollowSymlinks        awscdk.SymlinkFollowMode    `field:"optional" json:"followSymlinks" yaml:"followSymlinks"`
	IgnoreMode            awscdk.IgnoreMode           `field:"optional" json:"ignoreMode" yaml:"ignoreMode"`
	DeployTime            *bool                       `field:"optional" json:"deployTime" yaml:"deployTime"`
	DisplayName           *string                     `field:"optional" json:"displayName" yaml:"displayName"`
	Readers               *[]awsiam.IGrantable        `field:"optional" json:"readers" yaml:"readers"`
	SourceKMSKey          interfacesawskms.IKeyRef    `field:"optional" json:"sourceKMSKey" yaml:"sourceKMSKey"`
}

// InitSource extracts an archive into a directory.
type InitSource interface {
	InitElement
}

type initSource struct {
	dir     string
	handles *[]InitServiceRestartHandle
	url     func(o *initBindOptions) (interface{}, *ojson.Object, string)
}

func (*initSource) ElementType() *string { return str("SOURCE") }

func newInitSource(dir *string, handles *[]InitServiceRestartHandle, url func(o *initBindOptions) (interface{}, *ojson.Object, string)) *initSource {
	return &initSource{dir: deref(dir), handles: handles, url: url}
}

// NewInitSource_Override initialises a user's type embedding InitSource.
func NewInitSource_Override(i InitSource, targetDirectory *string, serviceHandles *[]InitServiceRestartHandle) {
	l2.Override[InitSource](i, newInitSource(targetDirectory, serviceHandles, func(*initBindOptions) (interface{}, *ojson.Object, string) {
		diag.Panic("", "a type embedding InitSource cannot render its location: use the InitSource_* constructors")
		return nil, nil, ""
	}))
}

func (s *initSource) bindInit(o *initBindOptions) initBindResult {
	for _, h := range handlesOf(s.handles) {
		h.sources = append(h.sources, s.dir)
	}
	url, auth, hash := s.url(o)
	return initBindResult{config: obj(s.dir, url), auth: auth, assetHash: hash}
}

func sourceHandles(options *InitSourceOptions) *[]InitServiceRestartHandle {
	if options == nil {
		return nil
	}
	return options.ServiceRestartHandles
}

// InitSource_FromUrl extracts an archive downloaded from a URL.
func InitSource_FromUrl(targetDirectory *string, url *string, options *InitSourceOptions) InitSource {
	return newInitSource(targetDirectory, sourceHandles(options), func(*initBindOptions) (interface{}, *ojson.Object, string) {
		return deref(url), nil, ""
	})
}

// InitSource_FromGitHub extracts a GitHub repository at a ref (default master).
func InitSource_FromGitHub(targetDirectory *string, owner *string, repo *string, refSpec *string, options *InitSourceOptions) InitSource {
	ref := "master"
	if refSpec != nil {
		ref = *refSpec
	}
	return InitSource_FromUrl(targetDirectory, str(fmt.Sprintf("https://github.com/%s/%s/tarball/%s", deref(owner), deref(repo), ref)), options)
}

// InitSource_FromS3Object extracts an archive from S3, granting the role read access.
func InitSource_FromS3Object(targetDirectory *string, bucket awss3.IBucket, key *string, options *InitSourceOptions) InitSource {
	return newInitSource(targetDirectory, sourceHandles(options), func(o *initBindOptions) (interface{}, *ojson.Object, string) {
		bucket.GrantRead(o.role, key)
		return deref(bucket.UrlForObject(key)), standardS3Auth(o.role, bucket.BucketName()), ""
	})
}

// InitSource_FromAsset uploads a local directory or archive as an asset and extracts it.
func InitSource_FromAsset(targetDirectory *string, path *string, options *InitSourceAssetOptions) InitSource {
	o := InitSourceAssetOptions{}
	if options != nil {
		o = *options
	}
	return newInitSource(targetDirectory, o.ServiceRestartHandles, func(b *initBindOptions) (interface{}, *ojson.Object, string) {
		// aws-cdk-lib passes the bind options, not the asset options, to the asset.
		asset := awss3assets.NewAsset(b.scope, str(childrenHash(b.scope)+deref(targetDirectory)+"Asset"), &awss3assets.AssetProps{Path: path})
		vars, auth, hash := assetContent(asset, b)
		url, _ := vars.Get("source")
		return url, auth, hash
	})
}

// InitSource_FromExistingAsset extracts an asset defined elsewhere.
func InitSource_FromExistingAsset(targetDirectory *string, asset awss3assets.Asset, options *InitSourceOptions) InitSource {
	return newInitSource(targetDirectory, sourceHandles(options), func(b *initBindOptions) (interface{}, *ojson.Object, string) {
		vars, auth, hash := assetContent(asset, b)
		url, _ := vars.Get("source")
		return url, auth, hash
	})
}
