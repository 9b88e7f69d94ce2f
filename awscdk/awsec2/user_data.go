package awsec2

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawss3"
	"github.com/strata-cdk/strata/internal/diag"
)

func unscopedError(msg string) error { return &diag.UserError{Err: diag.Errorf("", "%s", msg)} }

// LinuxUserDataOptions configure UserData_ForLinux.
type LinuxUserDataOptions struct {
	// Default: "#!/bin/bash".
	Shebang *string `field:"optional" json:"shebang" yaml:"shebang"`
}

// WindowsUserDataOptions configure UserData_ForWindows.
type WindowsUserDataOptions struct {
	Persist *bool `field:"optional" json:"persist" yaml:"persist"`
}

// S3DownloadOptions describe a file to download from S3 at boot.
type S3DownloadOptions struct {
	Bucket    interfacesawss3.IBucketRef `field:"required" json:"bucket" yaml:"bucket"`
	BucketKey *string                    `field:"required" json:"bucketKey" yaml:"bucketKey"`
	LocalFile *string                    `field:"optional" json:"localFile" yaml:"localFile"`
	Region    *string                    `field:"optional" json:"region" yaml:"region"`
}

// ExecuteFileOptions describe a file to run at boot.
type ExecuteFileOptions struct {
	FilePath  *string `field:"required" json:"filePath" yaml:"filePath"`
	Arguments *string `field:"optional" json:"arguments" yaml:"arguments"`
}

// UserData is the script an instance runs at its first boot.
type UserData interface {
	AddCommands(commands ...*string)
	AddExecuteFileCommand(params *ExecuteFileOptions)
	AddOnExitCommands(commands ...*string)
	AddS3DownloadCommand(params *S3DownloadOptions) *string
	AddSignalOnExitCommand(resource awscdk.Resource)
	Render() *string
}

func derefs(xs []*string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = deref(x)
	}
	return out
}

type linuxUserData struct {
	shebang       string
	lines, onExit []string
}

// UserData_ForLinux is a bash script.
func UserData_ForLinux(options *LinuxUserDataOptions) UserData {
	u := &linuxUserData{shebang: "#!/bin/bash"}
	if options != nil && options.Shebang != nil {
		u.shebang = *options.Shebang
	}
	return u
}

func (u *linuxUserData) AddCommands(commands ...*string) {
	u.lines = append(u.lines, derefs(commands)...)
}
func (u *linuxUserData) AddOnExitCommands(commands ...*string) {
	u.onExit = append(u.onExit, derefs(commands)...)
}
func (u *linuxUserData) Render() *string {
	var all []string
	all = append(all, u.shebang)
	if len(u.onExit) > 0 {
		all = append(all, "function exitTrap(){", "exitCode=$?")
		all = append(all, u.onExit...)
		all = append(all, "}", "trap exitTrap EXIT")
	}
	all = append(all, u.lines...)
	return str(strings.Join(all, "\n"))
}
func (u *linuxUserData) AddS3DownloadCommand(params *S3DownloadOptions) *string {
	key := deref(params.BucketKey)
	local := deref(params.LocalFile)
	if local == "" {
		local = "/tmp/" + key
	}
	cp := "aws s3 cp 's3://" + deref(params.Bucket.BucketRef().BucketName) + "/" + key + "' '" + local + "'"
	if params.Region != nil {
		cp += " --region " + *params.Region
	}
	u.AddCommands(str("mkdir -p $(dirname '"+local+"')"), str(cp))
	return str(local)
}
func (u *linuxUserData) AddExecuteFileCommand(params *ExecuteFileOptions) {
	f := deref(params.FilePath)
	u.AddCommands(str("set -e"), str("chmod +x '"+f+"'"), str(strings.TrimSpace("'"+f+"' "+deref(params.Arguments))))
}
func (u *linuxUserData) AddSignalOnExitCommand(resource awscdk.Resource) {
	stack := awscdk.Stack_Of(resource)
	id := resource.Node().DefaultChild().(awscdk.CfnElement).LogicalId()
	u.AddOnExitCommands(str("/opt/aws/bin/cfn-signal --stack " + deref(stack.StackName()) + " --resource " + deref(id) +
		" --region " + deref(stack.Region()) + " -e $exitCode || echo 'Failed to send Cloudformation Signal'"))
}

type windowsUserData struct {
	persist       bool
	lines, onExit []string
}

// UserData_ForWindows is a PowerShell script.
func UserData_ForWindows(options *WindowsUserDataOptions) UserData {
	return &windowsUserData{persist: options != nil && truthy(options.Persist)}
}

func (u *windowsUserData) AddCommands(commands ...*string) {
	u.lines = append(u.lines, derefs(commands)...)
}
func (u *windowsUserData) AddOnExitCommands(commands ...*string) {
	u.onExit = append(u.onExit, derefs(commands)...)
}
func (u *windowsUserData) Render() *string {
	var all []string
	if len(u.onExit) > 0 {
		all = append(all, "trap {", `$success=($PSItem.Exception.Message -eq "Success")`)
		all = append(all, u.onExit...)
		all = append(all, "break", "}")
	}
	all = append(all, u.lines...)
	if len(u.onExit) > 0 {
		all = append(all, `throw "Success"`)
	}
	out := "<powershell>" + strings.Join(all, "\n") + "</powershell>"
	if u.persist {
		out += "<persist>true</persist>"
	}
	return str(out)
}
func (u *windowsUserData) AddS3DownloadCommand(params *S3DownloadOptions) *string {
	key := deref(params.BucketKey)
	local := deref(params.LocalFile)
	if local == "" {
		local = "C:/temp/" + key
	}
	read := "Read-S3Object -BucketName '" + deref(params.Bucket.BucketRef().BucketName) + "' -key '" + key + "' -file '" + local + "' -ErrorAction Stop"
	if params.Region != nil {
		read += " -Region " + *params.Region
	}
	u.AddCommands(str("mkdir (Split-Path -Path '"+local+"' ) -ea 0"), str(read))
	return str(local)
}
func (u *windowsUserData) AddExecuteFileCommand(params *ExecuteFileOptions) {
	f := deref(params.FilePath)
	u.AddCommands(str(strings.TrimSpace("&'"+f+"' "+deref(params.Arguments))),
		str(`if (!$?) { Write-Error 'Failed to execute the file "`+f+`"' -ErrorAction Stop }`))
}
func (u *windowsUserData) AddSignalOnExitCommand(resource awscdk.Resource) {
	stack := awscdk.Stack_Of(resource)
	id := resource.Node().DefaultChild().(awscdk.CfnElement).LogicalId()
	u.AddOnExitCommands(str("cfn-signal --stack " + deref(stack.StackName()) + " --resource " + deref(id) +
		" --region " + deref(stack.Region()) + " --success ($success.ToString().ToLower())"))
}

type customUserData struct{ lines []string }

// UserData_Custom is user data given verbatim.
func UserData_Custom(content *string) UserData {
	u := &customUserData{}
	u.AddCommands(content)
	return u
}

func (u *customUserData) AddCommands(commands ...*string) {
	u.lines = append(u.lines, derefs(commands)...)
}
func (u *customUserData) Render() *string { return str(strings.Join(u.lines, "\n")) }
func (u *customUserData) AddOnExitCommands(...*string) {
	throwUnscoped("CustomUserData does not support addOnExitCommands, use UserData.forLinux() or UserData.forWindows() instead.")
}
func (u *customUserData) AddS3DownloadCommand(*S3DownloadOptions) *string {
	throwUnscoped("CustomUserData does not support addS3DownloadCommand, use UserData.forLinux() or UserData.forWindows() instead.")
	return nil
}
func (u *customUserData) AddExecuteFileCommand(*ExecuteFileOptions) {
	throwUnscoped("CustomUserData does not support addExecuteFileCommand, use UserData.forLinux() or UserData.forWindows() instead.")
}
func (u *customUserData) AddSignalOnExitCommand(awscdk.Resource) {
	throwUnscoped("CustomUserData does not support addSignalOnExitCommand, use UserData.forLinux() or UserData.forWindows() instead.")
}

// UserData_ForOperatingSystem is empty user data for the OS family.
func UserData_ForOperatingSystem(os OperatingSystemType) UserData {
	switch os {
	case OperatingSystemType_WINDOWS:
		return UserData_ForWindows(nil)
	case OperatingSystemType_UNKNOWN:
		throwUnscoped("Cannot determine UserData for unknown operating system type")
	}
	return UserData_ForLinux(nil)
}
