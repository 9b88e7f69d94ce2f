package awsec2

import (
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/awscdk"
)

// MultipartBodyOptions describe a raw MIME part.
type MultipartBodyOptions struct {
	ContentType      *string `field:"required" json:"contentType" yaml:"contentType"`
	Body             *string `field:"optional" json:"body" yaml:"body"`
	TransferEncoding *string `field:"optional" json:"transferEncoding" yaml:"transferEncoding"`
}

// MultipartUserDataOptions configure NewMultipartUserData.
type MultipartUserDataOptions struct {
	// Default: "+AWS+CDK+User+Data+Separator==".
	PartsSeparator *string `field:"optional" json:"partsSeparator" yaml:"partsSeparator"`
}

// MultipartBody is one part of multipart user data.
type MultipartBody interface {
	RenderBodyPart() *[]*string
}

// MultipartBody_SHELL_SCRIPT is the content type of a shell script part.
func MultipartBody_SHELL_SCRIPT() *string { return str(`text/x-shellscript; charset="utf-8"`) }

// MultipartBody_CLOUD_BOOTHOOK is the content type of a cloud-boothook part.
func MultipartBody_CLOUD_BOOTHOOK() *string { return str(`text/cloud-boothook; charset="utf-8"`) }

type rawBody struct{ o MultipartBodyOptions }

func (b *rawBody) RenderBodyPart() *[]*string {
	out := []*string{str("Content-Type: " + deref(b.o.ContentType))}
	if b.o.TransferEncoding != nil {
		out = append(out, str("Content-Transfer-Encoding: "+*b.o.TransferEncoding))
	}
	out = append(out, str(""))
	if b.o.Body != nil {
		out = append(out, b.o.Body)
	}
	return &out
}

// MultipartBody_FromRawBody is a part given verbatim.
func MultipartBody_FromRawBody(opts *MultipartBodyOptions) MultipartBody {
	b := &rawBody{}
	if opts != nil {
		b.o = *opts
	}
	return b
}

type userDataBody struct {
	ud          UserData
	contentType string
}

func (b *userDataBody) RenderBodyPart() *[]*string {
	return &[]*string{str("Content-Type: " + b.contentType), str("Content-Transfer-Encoding: base64"), str(""), awscdk.Fn_Base64(b.ud.Render())}
}

// MultipartBody_FromUserData is a part holding user data, base64-encoded.
func MultipartBody_FromUserData(userData UserData, contentType *string) MultipartBody {
	ct := deref(contentType)
	if ct == "" {
		ct = *MultipartBody_SHELL_SCRIPT()
	}
	return &userDataBody{ud: userData, contentType: ct}
}

// MultipartUserData is MIME multipart user data; commands go to its default part.
type MultipartUserData interface {
	UserData
	AddPart(part MultipartBody)
	AddUserDataPart(userData UserData, contentType *string, makeDefault *bool)
}

var boundaryPattern = regexp.MustCompile(`[^a-zA-Z0-9()+,-./:=?]`)

const usePartError = "MultipartUserData only supports this operation if it has a default UserData. Call addUserDataPart with makeDefault=true."

type multipartUserData struct {
	separator string
	parts     []MultipartBody
	def       UserData
}

// NewMultipartUserData creates empty multipart user data.
func NewMultipartUserData(opts *MultipartUserDataOptions) MultipartUserData {
	m := &multipartUserData{separator: "+AWS+CDK+User+Data+Separator=="}
	if opts != nil && opts.PartsSeparator != nil {
		if boundaryPattern.MatchString(*opts.PartsSeparator) {
			throwUnscoped("Invalid characters in separator. Separator has to match pattern " + boundaryPattern.String())
		}
		m.separator = *opts.PartsSeparator
	}
	return m
}

func (m *multipartUserData) AddPart(part MultipartBody) { m.parts = append(m.parts, part) }

func (m *multipartUserData) AddUserDataPart(userData UserData, contentType *string, makeDefault *bool) {
	m.AddPart(MultipartBody_FromUserData(userData, contentType))
	if makeDefault == nil && m.def == nil || truthy(makeDefault) {
		m.def = userData
	}
}

func (m *multipartUserData) Render() *string {
	lines := []string{`Content-Type: multipart/mixed; boundary="` + m.separator + `"`, "MIME-Version: 1.0", ""}
	for _, p := range m.parts {
		lines = append(lines, "--"+m.separator)
		lines = append(lines, derefs(*p.RenderBodyPart())...)
	}
	lines = append(lines, "--"+m.separator+"--", "")
	return str(strings.Join(lines, "\n"))
}

func (m *multipartUserData) defaultPart() UserData {
	if m.def == nil {
		throwUnscoped(usePartError)
	}
	return m.def
}

func (m *multipartUserData) AddCommands(commands ...*string) {
	m.defaultPart().AddCommands(commands...)
}
func (m *multipartUserData) AddOnExitCommands(commands ...*string) {
	m.defaultPart().AddOnExitCommands(commands...)
}
func (m *multipartUserData) AddS3DownloadCommand(params *S3DownloadOptions) *string {
	return m.defaultPart().AddS3DownloadCommand(params)
}
func (m *multipartUserData) AddExecuteFileCommand(params *ExecuteFileOptions) {
	m.defaultPart().AddExecuteFileCommand(params)
}
func (m *multipartUserData) AddSignalOnExitCommand(resource awscdk.Resource) {
	m.defaultPart().AddSignalOnExitCommand(resource)
}

// The UserData statics, reached through MultipartUserData as aws-cdk-go offers them.
func MultipartUserData_ForLinux(options *LinuxUserDataOptions) UserData {
	return UserData_ForLinux(options)
}
func MultipartUserData_ForWindows(options *WindowsUserDataOptions) UserData {
	return UserData_ForWindows(options)
}
func MultipartUserData_Custom(content *string) UserData { return UserData_Custom(content) }
func MultipartUserData_ForOperatingSystem(os OperatingSystemType) UserData {
	return UserData_ForOperatingSystem(os)
}
